/** Words for the backup block: sizes, and a refused file's reason (backup_invalid carries it as a param). */
import type { i18n } from 'i18next';
import { BACKUP_INVALID_REASONS } from '../../../electron/common/backups/backup-kinds';
import type { WireError } from '../../../electron/common/domain/errors';
import { errorMessage } from '../../i18n/error-message';

export function backupErrorText(instance: i18n, error: WireError): string {
  const reason = error.params?.['reason'];
  if (error.code === 'backup_invalid') {
    const known = BACKUP_INVALID_REASONS.find((candidate) => candidate === reason);
    return instance.t(`backups.invalid.${known ?? 'not_a_backup'}`);
  }
  return errorMessage(instance, error);
}

export function sizeText(instance: i18n, bytes: number): string {
  if (bytes < 1024 * 1024) return instance.t('backups.sizeKb', { size: Math.max(1, Math.round(bytes / 1024)).toString() });
  return instance.t('backups.sizeMb', { size: (bytes / (1024 * 1024)).toFixed(1) });
}

/** `2026-11-20T10:04:05` (local, from the file name) as the owner reads it. */
export function takenAtText(takenAt: string): string {
  return takenAt.replace('T', ' ').slice(0, 16);
}
