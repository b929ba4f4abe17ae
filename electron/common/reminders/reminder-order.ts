/**
 * The order of the Today screen: most urgent severity first; within one, hard deadlines (the batch settles, a
 * 调单/拒付 notice's date) first, then customers waiting for money that is late or due, then approvals, then the
 * backlog of refunds nobody follows up; oldest first within each kind. `compareReminders` states the rule on
 * whole reminders; `compareOrderKeys` is the same rule on the few fields the first pass of compute-reminders.ts
 * works out, so thousands of reminders are counted and ordered before any of them is built in full.
 */
import type { Reminder } from './reminder';
import type { ReminderKind, ReminderSeverity } from './reminder-kinds';
import { REMINDER_SEVERITIES } from './reminder-kinds';

const KIND_ORDER: readonly ReminderKind[] = [
  'void_cutoff',
  'case_deadline',
  'refund_overdue',
  'refund_due_today',
  'settlement_late',
  'settlement_short',
  'approval_waiting',
  'refund_stuck',
];

const SEVERITY_RANK = new Map(REMINDER_SEVERITIES.map((severity, rank) => [severity, rank]));
const KIND_RANK = new Map(KIND_ORDER.map((kind, rank) => [kind, rank]));

export function compareReminders(a: Reminder, b: Reminder): number {
  const bySeverity = (SEVERITY_RANK.get(a.severity) ?? -1) - (SEVERITY_RANK.get(b.severity) ?? -1);
  if (bySeverity !== 0) return bySeverity;
  const byKind = (KIND_RANK.get(a.kind) ?? -1) - (KIND_RANK.get(b.kind) ?? -1);
  if (byKind !== 0) return byKind;
  if (a.dueAt !== b.dueAt) return a.dueAt < b.dueAt ? -1 : 1;
  const [left, right] = [tieBreaker(a), tieBreaker(b)];
  return left < right ? -1 : left > right ? 1 : 0;
}

/** A stable last resort: the refund number, the settlement day's account and date, or the case number. */
export function tieBreaker(reminder: Reminder): string {
  switch (reminder.subject) {
    case 'refund':
      return reminder.refundNumber;
    case 'settlement':
      return `${reminder.businessDate} ${reminder.accountName} ${reminder.settlementId}`;
    case 'case':
      return reminder.caseNumber;
  }
}

/** What `compareReminders` looks at, worked out without building the reminder. */
export interface OrderKey {
  readonly severity: ReminderSeverity;
  /** Severity, then kind, as one number (`rankOf`). */
  readonly rank: number;
  readonly dueAt: string;
  /** `tieBreaker` of the reminder this will become. */
  readonly tie: string;
}

export function rankOf(severity: ReminderSeverity, kind: ReminderKind): number {
  // Both ranks shifted by one (an unknown one is -1, as in compareReminders), so the kind never outweighs the severity.
  return ((SEVERITY_RANK.get(severity) ?? -1) + 1) * (KIND_ORDER.length + 1) + (KIND_RANK.get(kind) ?? -1) + 1;
}

/** The same sign as `compareReminders` on the reminders the keys stand for. */
export function compareOrderKeys(a: OrderKey, b: OrderKey): number {
  if (a.rank !== b.rank) return a.rank - b.rank;
  if (a.dueAt !== b.dueAt) return a.dueAt < b.dueAt ? -1 : 1;
  return a.tie < b.tie ? -1 : a.tie > b.tie ? 1 : 0;
}
