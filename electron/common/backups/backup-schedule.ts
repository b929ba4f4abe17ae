/**
 * The backup schedule as pure functions of the folder listing and the clock, so it is tested at any time of day
 * without waiting for one: which automatic backups are due now, and which files to delete to keep the limits.
 */
import type { BackupFileRef, BackupKind } from './backup-kinds';

/** Newest N kept per kind. Before-restore/import/migration are the way back from a mistake: kept like manual ones. */
export const KEEP: { readonly [K in BackupKind]: number } = {
  daily: 14,
  monthly: 12,
  manual: 10,
  before_restore: 10,
  before_migration: 10,
  before_import: 10,
};

const pad = (value: number) => String(value).padStart(2, '0');
const localDay = (now: Date) => `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

/** Automatic backups to take now: a daily one if none today, a monthly one if none this month (daily first). */
export function dueBackups(existing: readonly BackupFileRef[], now: Date): BackupKind[] {
  const today = localDay(now);
  const month = today.slice(0, 7);
  const due: BackupKind[] = [];
  if (!existing.some((ref) => ref.kind === 'daily' && ref.takenAt.slice(0, 10) === today)) due.push('daily');
  if (!existing.some((ref) => ref.kind === 'monthly' && ref.takenAt.slice(0, 7) === month)) due.push('monthly');
  return due;
}

/** Files beyond each kind's limit, oldest first. Names sort by time, so the newest are the last in name order. */
export function backupsToPrune(existing: readonly BackupFileRef[]): BackupFileRef[] {
  const prune: BackupFileRef[] = [];
  for (const kind of Object.keys(KEEP) as BackupKind[]) {
    const ofKind = existing.filter((ref) => ref.kind === kind).sort((a, b) => a.fileName.localeCompare(b.fileName));
    prune.push(...ofKind.slice(0, Math.max(0, ofKind.length - KEEP[kind])));
  }
  return prune;
}

/** Newest first, for the settings list. */
export function newestFirst(existing: readonly BackupFileRef[]): BackupFileRef[] {
  return [...existing].sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.fileName.localeCompare(a.fileName));
}
