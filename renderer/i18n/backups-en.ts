import type { backupsZhCN } from './backups-zh-CN';

type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** English strings of Settings → Backup and restore. */
export const backupsEn: Shape<typeof backupsZhCN> = {
  title: 'Backup and restore',
  intro:
    'A backup is made in the data folder every day and every month (14 daily and 12 monthly kept), and before every restore. Each backup is one file with every record, the attachments and a checksum list.',
  last: 'Last backup: {{time}}, {{size}}',
  none: 'No backup yet.',
  verified: 'Verified ✓',
  notVerified: 'Verification failed ✗',
  unchecked: 'Not checked',
  createNow: 'Back up now',
  created: 'Backed up ✓',
  list: 'Backups',
  restore: 'Restore',
  restoreFromFile: 'Restore from a file…',
  confirmTitle: 'Restore this backup?',
  confirmBody:
    'The current data is backed up first (you can restore it again), then every record and attachment is replaced by this backup and RefundDesk restarts.',
  confirm: 'Restore and restart',
  cancel: 'Cancel',
  restarting: 'The restore is ready; RefundDesk is restarting… (the current data was backed up as {{file}})',
  lastError: 'The last automatic backup failed: {{error}}',
  secondTitle: 'Second backup location',
  secondHint: 'Optional: also copy each backup to a USB drive or a synced folder. Off by default.',
  secondEnable: 'Also copy every backup to another folder',
  secondFolder: 'Folder: {{path}}',
  secondProblem: 'The last copy to the second location failed ({{problem}}); the backups on this computer are fine. Is the USB drive plugged in?',
  sizeKb: '{{size}} KB',
  sizeMb: '{{size}} MB',
  kind: {
    daily: 'Daily',
    monthly: 'Monthly',
    manual: 'Manual',
    before_restore: 'Before restore',
    before_migration: 'Before upgrade',
    before_import: 'Before import',
  },
  invalid: {
    zip_slip: 'This file has a path pointing outside the data folder ("../"); it was refused and nothing was restored.',
    absolute_path: 'This file has an absolute path; it was refused and nothing was restored.',
    symlink: 'This file has a symbolic link; it was refused and nothing was restored.',
    too_many_entries: 'This file has far too many entries to be a RefundDesk backup; it was refused.',
    entry_too_large: 'This file has an entry that is too large; it was refused and nothing was restored.',
    manifest_mismatch: 'This backup does not match its checksum list (damaged or changed); it was refused.',
    not_a_backup: 'This file is not a RefundDesk backup; it was refused.',
    too_new: 'This backup was made by a newer RefundDesk, which this copy cannot open. Install the newer RefundDesk first, then restore. Nothing was restored.',
  },
};
