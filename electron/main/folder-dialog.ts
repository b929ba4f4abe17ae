/** The BackupDialogs port over Electron's dialogs: a folder for the second copy, a backup zip to restore from. */
import { dialog } from 'electron';
import type { BrowserWindow, OpenDialogOptions } from 'electron';
import type { BackupDialogs } from '../node/backups/backup-ports';

export function createBackupDialogs(parent: () => BrowserWindow | undefined): BackupDialogs {
  async function pick(options: OpenDialogOptions): Promise<string | undefined> {
    const owner = parent();
    const result = owner === undefined || owner.isDestroyed() ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(owner, options);
    return result.canceled ? undefined : result.filePaths[0];
  }
  return {
    chooseFolder: () => pick({ properties: ['openDirectory', 'createDirectory'] }),
    chooseBackupFile: () => pick({ properties: ['openFile'], filters: [{ name: 'RefundDesk backup', extensions: ['zip'] }] }),
    chooseExistingFolder: () => pick({ properties: ['openDirectory'] }),
  };
}

/** After a staged restore: close the stores (releases the lock), then start again so the restore is applied. */
export function relaunchAfter(close: () => Promise<void> | undefined, relaunch: () => void): () => void {
  return () => {
    void Promise.resolve(close()).finally(relaunch);
  };
}
