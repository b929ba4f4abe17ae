/**
 * The backup dialogs of the Chromium harness (no native dialog can be clicked in a browser test): the folder
 * dialog answers a fresh folder under test-results/artifacts/, the open-file dialog answers the path a spec set
 * with `nextFile`. One shared instance, because the spec and the harness run in the same Node process.
 */
import { mkdir, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupDialogs } from '../../../electron/node/backups/backup-ports';
import { artifactDir } from './paths';

export interface TestBackupDialogs extends BackupDialogs {
  /** The next "restore from a file" picks this path (undefined: cancelled). */
  nextFile(path: string | undefined): void;
  /** The next "pick an existing folder" (import) answers this path (undefined: cancelled). */
  nextExistingFolder(path: string | undefined): void;
  /** Folders the folder dialog answered with, oldest first. */
  readonly folders: string[];
}

function createTestBackupDialogs(): TestBackupDialogs {
  let file: string | undefined;
  let existing: string | undefined;
  const folders: string[] = [];
  return {
    folders,
    nextFile(path) {
      file = path;
    },
    nextExistingFolder(path) {
      existing = path;
    },
    chooseBackupFile: () => Promise.resolve(file),
    chooseExistingFolder: () => Promise.resolve(existing),
    async chooseFolder() {
      await mkdir(artifactDir, { recursive: true });
      const folder = await mkdtemp(join(artifactDir, 'backup-second-'));
      folders.push(folder);
      return folder;
    },
  };
}

export const testBackupDialogs = createTestBackupDialogs();
