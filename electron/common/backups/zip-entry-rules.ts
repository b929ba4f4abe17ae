/**
 * What a backup archive may contain, checked on the central directory before a single byte is inflated
 * (RELIABILITY §4: zip-slip, absolute paths, symlinks and zip bombs are refused, not cleaned up after).
 */
import type { BackupInvalidReason } from './backup-kinds';

export const MAX_ENTRIES = 10_000;
/** Attachments are capped at 20 MB and a data file at a month or year of records; 256 MiB is far beyond either. */
export const MAX_ENTRY_BYTES = 256 * 1024 * 1024;
/** The sum of declared sizes: the whole archive is inflated in memory, so this bounds memory as well. */
export const MAX_TOTAL_BYTES = 2 * 1024 * 1024 * 1024;

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

export interface ZipEntryInfo {
  readonly name: string;
  readonly uncompressedSize: number;
  /** The high 16 bits of the external attributes carry the Unix mode when the archive was made on Unix. */
  readonly externalAttributes: number;
  readonly madeByUnix: boolean;
}

export function entryNameProblem(name: string): BackupInvalidReason | undefined {
  if (name.startsWith('/') || name.startsWith('\\') || /^[a-zA-Z]:/u.test(name)) return 'absolute_path';
  const parts = name.split(/[/\\]/u);
  if (parts.some((part) => part === '..')) return 'zip_slip';
  if (name.includes('\0') || parts.some((part) => part === '.')) return 'zip_slip';
  return undefined;
}

export function isSymlink(entry: ZipEntryInfo): boolean {
  // Unix mode lives in the top half of the attributes; a symlink's type bits are 0o120000.
  return entry.madeByUnix && ((entry.externalAttributes >>> 16) & S_IFMT) === S_IFLNK;
}

/** The first reason to refuse the archive, or undefined when every entry may be read. */
export function archiveProblem(entries: readonly ZipEntryInfo[]): BackupInvalidReason | undefined {
  if (entries.length > MAX_ENTRIES) return 'too_many_entries';
  let total = 0;
  for (const entry of entries) {
    const name = entryNameProblem(entry.name);
    if (name !== undefined) return name;
    if (isSymlink(entry)) return 'symlink';
    if (entry.uncompressedSize > MAX_ENTRY_BYTES) return 'entry_too_large';
    total += entry.uncompressedSize;
    if (total > MAX_TOTAL_BYTES) return 'entry_too_large';
  }
  return undefined;
}
