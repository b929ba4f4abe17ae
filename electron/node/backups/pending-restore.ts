/**
 * Restore is "stage, then restart": the stores hold the data in memory, so the verified backup is copied to
 * `restore-pending.zip` (durably: its rename is the commit point), and the next start applies it before any
 * store opens. Applying extracts into `restore-staging/`, renames each file over its live one, removes data
 * files the backup does not have, and deletes the marker last. A crash anywhere leaves the marker, so the next
 * start applies it again from scratch — the stores only ever open the old data (marker not yet committed) or
 * the complete new data. The before_restore backup taken first is the way back.
 */
import { dirname, join } from 'node:path';
import type { RecoveryNotice } from '../../common/ports';
import { ensureDurableDir, renameWithRetry, syncDir, writeNewFileDurably } from '../storage/atomic-write';
import { isMissing } from '../storage/fs-errors';
import type { FileSystem } from '../storage/fs-port';
import { openArchive } from './backup-archive';
import { writeBackupFile } from './backup-folder';
import { listDataFiles } from './data-files';

export const PENDING_RESTORE = 'restore-pending.zip';
const STAGING = 'restore-staging';
const REJECTED = 'restore-rejected.zip';

export async function stageRestore(fs: FileSystem, dataDir: string, archive: Uint8Array): Promise<void> {
  await writeBackupFile(fs, dataDir, PENDING_RESTORE, archive);
}

async function readPending(fs: FileSystem, dataDir: string): Promise<Buffer | undefined> {
  try {
    return await fs.readFile(join(dataDir, PENDING_RESTORE));
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

/** Applies a staged restore, if any. Called under the data lock, before the stores open. */
export async function applyPendingRestore(fs: FileSystem, dataDir: string): Promise<RecoveryNotice[]> {
  const bytes = await readPending(fs, dataDir);
  if (bytes === undefined) return [];
  let opened;
  try {
    opened = openArchive(bytes);
  } catch {
    // Verified when staged, so this is disk damage: keep the current data, set the file aside, say so.
    await renameWithRetry(fs, join(dataDir, PENDING_RESTORE), join(dataDir, REJECTED));
    await syncDir(fs, dataDir);
    return [{ file: PENDING_RESTORE, problem: 'checksum', dataMayBeMissing: false }];
  }
  const staging = join(dataDir, STAGING);
  await fs.rm(staging, { recursive: true, force: true });
  for (const [path, data] of opened.files) {
    const target = join(staging, path);
    await ensureDurableDir(fs, dirname(target));
    await writeNewFileDurably(fs, target, data);
  }
  for (const path of opened.files.keys()) {
    const live = join(dataDir, path);
    await ensureDurableDir(fs, dirname(live));
    await renameWithRetry(fs, join(staging, path), live);
    await syncDir(fs, dirname(live));
  }
  // Records the backup did not have (a month recorded after it) go; attachments are content-addressed and
  // harmless, so they stay.
  for (const path of await listDataFiles(fs, dataDir)) {
    if (opened.files.has(path) || path.startsWith('attachments/')) continue;
    await fs.unlink(join(dataDir, path));
    await syncDir(fs, dirname(join(dataDir, path)));
  }
  await fs.unlink(join(dataDir, PENDING_RESTORE));
  await syncDir(fs, dataDir);
  await fs.rm(staging, { recursive: true, force: true });
  return [];
}
