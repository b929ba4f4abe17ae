/**
 * A folder of backups (the one in the data folder, or the owner's second location): durable writes, the
 * listing the schedule reads, and pruning. A failed write leaves no partial backup: the temp file is removed.
 */
import { join } from 'node:path';
import { parseBackupFileName } from '../../common/backups/backup-kinds';
import type { BackupFileRef } from '../../common/backups/backup-kinds';
import { replaceFileDurably, syncDir } from '../storage/atomic-write';
import { isMissing } from '../storage/fs-errors';
import type { FileSystem } from '../storage/fs-port';

export function writeBackupFile(fs: FileSystem, dir: string, fileName: string, bytes: Uint8Array): Promise<void> {
  return replaceFileDurably(fs, dir, fileName, bytes);
}

export async function listBackups(fs: FileSystem, dir: string): Promise<BackupFileRef[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
  return names.map(parseBackupFileName).filter((ref): ref is BackupFileRef => ref !== undefined);
}

export async function deleteBackups(fs: FileSystem, dir: string, refs: readonly BackupFileRef[]): Promise<void> {
  if (refs.length === 0) return;
  for (const ref of refs) {
    try {
      await fs.unlink(join(dir, ref.fileName));
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }
  await syncDir(fs, dir);
}
