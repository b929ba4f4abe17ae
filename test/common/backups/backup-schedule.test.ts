import { describe, expect, it } from 'vitest';
import { backupFileName, parseBackupFileName } from '../../../electron/common/backups/backup-kinds';
import type { BackupFileRef, BackupKind } from '../../../electron/common/backups/backup-kinds';
import { backupsToPrune, dueBackups, KEEP } from '../../../electron/common/backups/backup-schedule';

const ref = (at: Date, kind: BackupKind): BackupFileRef => {
  const parsed = parseBackupFileName(backupFileName(at, kind));
  if (parsed === undefined) throw new Error('name does not parse');
  return parsed;
};
const local = (y: number, m: number, d: number, h = 9, mi = 0) => new Date(y, m - 1, d, h, mi);

describe('backup names', () => {
  it('round-trips kind and local time, and ignores names the app did not make', () => {
    expect(backupFileName(local(2026, 3, 5, 7, 4), 'before_restore')).toBe('refunddesk-backup-20260305-070400-before_restore.zip');
    expect(parseBackupFileName('refunddesk-backup-20260305-070400-daily.zip')).toMatchObject({ kind: 'daily', takenAt: '2026-03-05T07:04:00' });
    expect(parseBackupFileName('refunddesk-backup-20260305-070400-evil.zip')).toBeUndefined();
    expect(parseBackupFileName('../refunddesk-backup-20260305-070400-daily.zip')).toBeUndefined();
  });
});

describe('dueBackups at several clock times', () => {
  it('an empty folder needs a daily and a monthly backup', () => {
    expect(dueBackups([], local(2026, 12, 1, 0, 0))).toEqual(['daily', 'monthly']);
  });
  it('later the same day: nothing due', () => {
    const existing = [ref(local(2026, 12, 1, 0, 5), 'daily'), ref(local(2026, 12, 1, 0, 5), 'monthly')];
    expect(dueBackups(existing, local(2026, 12, 1, 23, 59))).toEqual([]);
  });
  it('just after midnight: a new daily, same month so no monthly', () => {
    const existing = [ref(local(2026, 12, 1, 23, 59), 'daily'), ref(local(2026, 12, 1, 8), 'monthly')];
    expect(dueBackups(existing, local(2026, 12, 2, 0, 1))).toEqual(['daily']);
  });
  it('first day of a new month (and a new year): both', () => {
    const existing = [ref(local(2026, 12, 31, 22), 'daily'), ref(local(2026, 12, 1, 8), 'monthly')];
    expect(dueBackups(existing, local(2027, 1, 1, 8))).toEqual(['daily', 'monthly']);
  });
  it('a manual backup today does not replace the daily one', () => {
    expect(dueBackups([ref(local(2026, 12, 1, 8), 'manual')], local(2026, 12, 1, 9))).toContain('daily');
  });
});

describe('backupsToPrune', () => {
  it('keeps the newest 14 daily, 12 monthly, 10 manual and 10 before-restore; prunes the oldest', () => {
    const existing: BackupFileRef[] = [];
    for (let day = 1; day <= 20; day += 1) existing.push(ref(local(2026, 11, day), 'daily'));
    for (let month = 1; month <= 15; month += 1) existing.push(ref(local(2025 + Math.floor((month - 1) / 12), ((month - 1) % 12) + 1, 1), 'monthly'));
    for (let n = 0; n < 12; n += 1) existing.push(ref(local(2026, 10, 1, 8, n), 'manual'));
    for (let n = 0; n < 3; n += 1) existing.push(ref(local(2026, 10, 2, 8, n), 'before_restore'));
    const pruned = backupsToPrune(existing);
    const of = (kind: BackupKind) => pruned.filter((r) => r.kind === kind);
    expect(of('daily').map((r) => r.takenAt.slice(0, 10))).toEqual(['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06']);
    expect(of('monthly')).toHaveLength(15 - KEEP.monthly);
    expect(of('monthly')[0]?.takenAt.slice(0, 7)).toBe('2025-01');
    expect(of('manual')).toHaveLength(2);
    expect(of('before_restore')).toHaveLength(0);
  });
});
