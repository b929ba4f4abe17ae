/**
 * Damaged files are moved aside, never deleted or overwritten: they may hold the only copy of the latest
 * records, and support (or a patient owner) can still get them back by hand.
 */
import { dirname, join } from 'node:path';
import { ensureDurableDir, renameWithRetry, syncDir } from './atomic-write';
import { isMissing } from './fs-errors';
import type { FileSystem } from './fs-port';

export const QUARANTINE_DIR = 'quarantine';

/** `2026-11-22T02:52:00.123Z` → `20261122T025200123Z`: sortable, and legal in Windows file names. */
function stamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

async function exists(fs: FileSystem, path: string): Promise<boolean> {
  try {
    await fs.stat(path);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

/**
 * Moves `file` to `<dataDir>/quarantine/<relativePath with / as __>.<timestamp>.bad` and returns that
 * path relative to the data folder. Both folders are fsynced, so the move is not undone by a power cut
 * after the restored file has been written in its place.
 */
export async function quarantineFile(
  fs: FileSystem,
  options: { readonly dataDir: string; readonly relativePath: string; readonly file: string; readonly at: Date },
): Promise<string> {
  const dir = join(options.dataDir, QUARANTINE_DIR);
  await ensureDurableDir(fs, dir);
  const base = `${options.relativePath.replace(/[\\/]/g, '__')}.${stamp(options.at)}`;
  let name = `${base}.bad`;
  // Two damaged loads in the same millisecond (or a clock set backwards) must not overwrite earlier evidence.
  for (let n = 1; await exists(fs, join(dir, name)); n += 1) name = `${base}-${n}.bad`;
  await renameWithRetry(fs, options.file, join(dir, name));
  await syncDir(fs, dir);
  await syncDir(fs, dirname(options.file));
  return `${QUARANTINE_DIR}/${name}`;
}
