import type { setupRestoreZhCN } from './setup-restore-zh-CN';

type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** "New computer? Restore from a backup" on the first-run screen. */
export const setupRestoreEn: Shape<typeof setupRestoreZhCN> = {
  title: 'New computer? Restore from a backup',
  intro: 'If your old computer died or you moved to a new one, do not set up a new shop: pick the old shop’s backup file (refunddesk-backup-….zip) or a folder made with “Export to a folder”, and every record and file comes back.',
  fromBackup: 'Restore from a backup file…',
  fromFolder: 'Import from an export folder…',
  backupTitle: 'Restore from a backup file?',
  backupBody: 'The file you pick is checked completely first; then RefundDesk restarts and opens the shop and every record in the backup. A file that is not a RefundDesk backup is refused and nothing changes.',
  backupConfirm: 'Restore and restart',
  folderTitle: 'Import from an export folder?',
  folderBody: 'Every file in the folder and every record’s history is checked first; then RefundDesk restarts. An export holds no operators or PINs, so you name the owner again after the restart.',
  folderConfirm: 'Import and restart',
  cancel: 'Cancel',
  restarting: 'The restore is ready; RefundDesk is restarting…',
};
