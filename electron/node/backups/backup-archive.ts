/**
 * Making and opening the one-file backup: every data file as stored (the envelopes, byte for byte) plus
 * `manifest.json`, zipped with fflate. Opening refuses unsafe archives before inflating (zip-entry-rules.ts) and
 * checks the manifest and each record file's schema before anything may be restored from it.
 */
import { unzipSync, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { archiveProblem } from '../../common/backups/zip-entry-rules';
import type { BackupInvalidReason, BackupKind } from '../../common/backups/backup-kinds';
import { DomainError } from '../../common/domain/errors';
import { buildManifest, MANIFEST_NAME, manifestMatches, parseManifest } from './backup-manifest';
import type { Manifest } from './backup-manifest';
import { isDataPath } from './data-files';
import { recordFileProblem } from './record-check';
import { readZipDirectory } from './zip-directory';

// zip's DOS timestamps start in 1980; a fixed one keeps the archive independent of the files' mtimes.
const FIXED_MTIME = new Date('2000-01-01T00:00:00Z');

export function createArchive(input: { appVersion: string; createdAt: Date; kind: BackupKind; files: ReadonlyMap<string, Uint8Array> }): Uint8Array {
  const manifest = buildManifest(input);
  const tree: Zippable = {};
  for (const [path, bytes] of input.files) {
    // Attachments are JPEG/PNG/PDF, already compressed: storing them saves time and costs nothing.
    tree[path] = [bytes, { level: path.startsWith('attachments/') ? 0 : 6, mtime: FIXED_MTIME }];
  }
  tree[MANIFEST_NAME] = [new TextEncoder().encode(`${JSON.stringify(manifest, null, 1)}\n`), { level: 6, mtime: FIXED_MTIME }];
  return zipSync(tree);
}

export function invalidBackup(reason: BackupInvalidReason, detail: string): DomainError {
  return new DomainError('backup_invalid', `Not a usable backup (${reason}): ${detail}`, { params: { reason } });
}

export interface OpenedBackup {
  readonly manifest: Manifest;
  /** Data files by relative path (`ledger/2026-11.json`), manifest excluded. */
  readonly files: ReadonlyMap<string, Uint8Array>;
}

/**
 * Verifies completely or throws `backup_invalid` with the reason: archive safety, manifest hashes, then every
 * record file through its store's schema (a backup that verifies is one the stores will open).
 */
export function openArchive(bytes: Uint8Array): OpenedBackup {
  const directory = readZipDirectory(bytes);
  if (directory === undefined) throw invalidBackup('not_a_backup', 'not a zip archive');
  const problem = archiveProblem(directory);
  if (problem !== undefined) throw invalidBackup(problem, 'unsafe archive entry');
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (error) {
    throw invalidBackup('not_a_backup', error instanceof Error ? error.message : String(error));
  }
  const all = new Map(Object.entries(entries));
  const manifest = parseManifest(all.get(MANIFEST_NAME));
  if (manifest === undefined) throw invalidBackup('not_a_backup', 'no readable manifest.json');
  if (!manifestMatches(manifest, all)) throw invalidBackup('manifest_mismatch', 'a file or the list differs from the manifest');
  const files = new Map<string, Uint8Array>();
  for (const { path } of manifest.files) {
    if (!isDataPath(path)) throw invalidBackup('not_a_backup', `unexpected file ${path}`);
    const data = all.get(path) ?? new Uint8Array();
    const recordProblem = recordFileProblem(path, data);
    if (recordProblem !== undefined) throw invalidBackup('manifest_mismatch', `${path}: ${recordProblem}`);
    files.set(path, data);
  }
  return { manifest, files };
}
