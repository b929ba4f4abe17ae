/**
 * Writes a file the owner chose a place for (a receipt PDF) durably: a temp file beside it, fsync, rename over the
 * target (the save dialog already asked about replacing), fsync the folder. Not 0600 like app data: the owner saves
 * it to hand on (WeChat, e-mail, a USB stick), so it gets the OS default permissions.
 */
import { basename, dirname, join } from 'node:path';
import { renameWithRetry, SHARED_FILE_MODE, syncDir, tempNameFor, writeNewFileDurably } from '../storage/atomic-write';
import { bestEffort, toSaveError } from '../storage/fs-errors';
import type { FileSystem } from '../storage/fs-port';

export async function writeExportFile(fs: FileSystem, path: string, bytes: Uint8Array): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, tempNameFor(basename(path)));
  try {
    await writeNewFileDurably(fs, temp, bytes, SHARED_FILE_MODE);
    await renameWithRetry(fs, temp, path);
    await syncDir(fs, dir);
  } catch (error) {
    await bestEffort(() => fs.unlink(temp));
    throw toSaveError(error, basename(path));
  }
}
