/**
 * What a backup is, as the schedule, the contract and the screens see it. Pure: no node, no DOM.
 * The kind is part of the file name so the folder listing alone tells the schedule what exists (no index file
 * that could disagree with the folder after a crash).
 */
export const BACKUP_KINDS = ['daily', 'monthly', 'manual', 'before_restore', 'before_migration', 'before_import'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** Why a file is not accepted as a backup; each has its own sentence in the owner's language. */
export const BACKUP_INVALID_REASONS = [
  'zip_slip',
  'absolute_path',
  'symlink',
  'too_many_entries',
  'entry_too_large',
  'manifest_mismatch',
  'not_a_backup',
  // Made by a newer RefundDesk (its data-version.json is above this app's): restoring it would stop the app opening.
  'too_new',
] as const;
export type BackupInvalidReason = (typeof BACKUP_INVALID_REASONS)[number];

export interface BackupFileRef {
  readonly fileName: string;
  readonly kind: BackupKind;
  /** Local time the backup was taken, from its name: `YYYY-MM-DDTHH:mm:ss`. */
  readonly takenAt: string;
}

const NAME = /^refunddesk-backup-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-([a-z_]+)\.zip$/u;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `refunddesk-backup-YYYYMMDD-HHmmss-<kind>.zip`, in local time (what the owner reads on the clock). */
export function backupFileName(at: Date, kind: BackupKind): string {
  const date = `${pad(at.getFullYear(), 4)}${pad(at.getMonth() + 1)}${pad(at.getDate())}`;
  const time = `${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  return `refunddesk-backup-${date}-${time}-${kind}.zip`;
}

/** The name's parts, or undefined for anything the app did not name (never listed, never pruned). */
export function parseBackupFileName(fileName: string): BackupFileRef | undefined {
  const match = NAME.exec(fileName);
  if (match === null) return undefined;
  const [, y, mo, d, h, mi, s, kind] = match;
  if (!(BACKUP_KINDS as readonly string[]).includes(kind ?? '')) return undefined;
  return { fileName, kind: kind as BackupKind, takenAt: `${y}-${mo}-${d}T${h}:${mi}:${s}` };
}
