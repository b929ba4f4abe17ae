/**
 * `manifest.json` inside every backup: what was taken, when, and each file's size and SHA-256, plus a SHA-256 of
 * the list itself, so one flipped byte anywhere (a file or the list) is found by verification.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from '../../common/domain/canonical-json';
import { BACKUP_KINDS } from '../../common/backups/backup-kinds';
import type { BackupKind } from '../../common/backups/backup-kinds';

export const MANIFEST_NAME = 'manifest.json';
export const MANIFEST_FORMAT = 'refunddesk-backup/1';

export interface ManifestFile {
  readonly path: string;
  readonly size: number;
  readonly sha256: string;
}

export interface Manifest {
  readonly format: typeof MANIFEST_FORMAT;
  readonly appVersion: string;
  readonly createdAt: string;
  readonly kind: BackupKind;
  readonly files: readonly ManifestFile[];
  /** SHA-256 of the canonical JSON of `files`. */
  readonly filesSha256: string;
}

const manifestSchema = z.strictObject({
  format: z.literal(MANIFEST_FORMAT),
  appVersion: z.string().max(100),
  createdAt: z.string().max(40),
  kind: z.enum(BACKUP_KINDS),
  files: z.array(z.strictObject({ path: z.string().max(300), size: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/u) })),
  filesSha256: z.string().regex(/^[0-9a-f]{64}$/u),
});

export const sha256Of = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

export function buildManifest(input: { appVersion: string; createdAt: Date; kind: BackupKind; files: ReadonlyMap<string, Uint8Array> }): Manifest {
  const files = [...input.files.entries()].map(([path, bytes]) => ({ path, size: bytes.length, sha256: sha256Of(bytes) }));
  return {
    format: MANIFEST_FORMAT,
    appVersion: input.appVersion,
    createdAt: input.createdAt.toISOString(),
    kind: input.kind,
    files,
    filesSha256: sha256Of(canonicalJson(files)),
  };
}

/** The manifest, or undefined when it is missing, not JSON, or the wrong shape. */
export function parseManifest(bytes: Uint8Array | undefined): Manifest | undefined {
  if (bytes === undefined) return undefined;
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** True when the list's own hash, every listed file's size and hash, and the set of entries all agree. */
export function manifestMatches(manifest: Manifest, entries: ReadonlyMap<string, Uint8Array>): boolean {
  if (sha256Of(canonicalJson(manifest.files)) !== manifest.filesSha256) return false;
  if (entries.size !== manifest.files.length + 1) return false;
  return manifest.files.every((file) => {
    const bytes = entries.get(file.path);
    return bytes !== undefined && bytes.length === file.size && sha256Of(bytes) === file.sha256;
  });
}
