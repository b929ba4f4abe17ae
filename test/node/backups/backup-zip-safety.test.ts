/**
 * Malicious archives crafted with fflate are refused with the reason before anything is inflated or written:
 * `../evil`, `/abs`, a symlink entry, 10,001 entries, an entry declaring 2 GB, a manifest mismatch after one byte.
 */
import { unzipSync, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createArchive, openArchive } from '../../../electron/node/backups/backup-archive';

const bytes = (text: string) => new TextEncoder().encode(text);

function reasonOf(archive: Uint8Array): unknown {
  try {
    openArchive(archive);
    return 'accepted';
  } catch (error) {
    return (error as { code?: string; params?: { reason?: string } }).params?.reason ?? (error as Error).message;
  }
}

function goodArchive(): Uint8Array {
  return createArchive({ appVersion: 't', createdAt: new Date('2026-11-20T00:00:00Z'), kind: 'manual', files: new Map([['keys/install-ed25519.json', bytes('{}')]]) });
}

describe('opening a backup archive', () => {
  it('accepts a backup the app made', () => {
    expect(reasonOf(goodArchive())).toBe('accepted');
  });

  it.each([
    ['../evil', 'zip_slip'],
    ['ledger/../../evil', 'zip_slip'],
    ['/abs', 'absolute_path'],
  ])('refuses an entry named %s', (name, reason) => {
    expect(reasonOf(zipSync({ 'manifest.json': bytes('{}'), [name]: bytes('x') }))).toBe(reason);
  });

  it('refuses a symlink entry (S_IFLNK in the external attributes)', () => {
    const tree: Zippable = { 'settings.json': [bytes('/etc/passwd'), { os: 3, attrs: (0o120777 << 16) >>> 0 }] };
    expect(reasonOf(zipSync(tree))).toBe('symlink');
  });

  it('refuses 10,001 entries', () => {
    const tree: Zippable = {};
    for (let i = 0; i <= 10_000; i += 1) tree[`attachments/00/${i}`] = new Uint8Array(0);
    expect(reasonOf(zipSync(tree, { level: 0 }))).toBe('too_many_entries');
  });

  it('refuses an entry declaring 2 GB, before inflating it', () => {
    const archive = zipSync({ 'settings.json': bytes('tiny') }, { level: 0 });
    // Patch the central directory's uncompressed size (offset 24 of the record).
    const view = new DataView(archive.buffer);
    for (let at = archive.length - 22; at >= 0; at -= 1) {
      if (view.getUint32(at, true) === 0x06054b50) {
        const central = view.getUint32(at + 16, true);
        view.setUint32(central + 24, 2 * 1024 * 1024 * 1024, true);
        break;
      }
    }
    expect(reasonOf(archive)).toBe('entry_too_large');
  });

  it('refuses a manifest mismatch after one flipped byte in a file', () => {
    const entries = unzipSync(goodArchive());
    const key = entries['keys/install-ed25519.json'];
    if (key === undefined) throw new Error('missing entry');
    key[0] = (key[0] ?? 0) ^ 0x01;
    expect(reasonOf(zipSync(entries))).toBe('manifest_mismatch');
  });

  it('refuses something that is not a backup at all', () => {
    expect(reasonOf(bytes('hello'))).toBe('not_a_backup');
    expect(reasonOf(zipSync({ 'readme.txt': bytes('hi') }))).toBe('not_a_backup');
  });
});
