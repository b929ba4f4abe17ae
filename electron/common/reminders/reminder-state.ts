/**
 * Whether the owner has put a reminder aside. Rebuilt from the record's events, like every other state:
 * a snooze hides the reminder until its time; a dismissal hides it until the record's situation changes
 * (a new situation deserves a new look, and an old "I know" must not hide it). Refunds and settlement days
 * share this rule; each says which of its events mean "the situation changed".
 */
import type { Refund } from '../domain/types';
import type { RefundReminderKind } from './reminder-kinds';

export interface MarkedEvent {
  readonly kind: string;
  readonly reminder?: { readonly kind: string; readonly until?: string };
}

export function isPutAsideIn(events: readonly MarkedEvent[], kind: string, now: Date, changesSituation: ReadonlySet<string>): boolean {
  for (let index = events.length - 1; index >= 0; index -= 1) {
    const event = events[index];
    if (event === undefined) continue;
    if (changesSituation.has(event.kind)) return false;
    if (event.reminder?.kind !== kind) continue;
    if (event.kind === 'reminder_dismissed') return true;
    if (event.kind === 'reminder_snoozed') {
      const until = Date.parse(event.reminder.until ?? '');
      return Number.isFinite(until) && until > now.getTime();
    }
  }
  return false;
}

const REFUND_CHANGES: ReadonlySet<string> = new Set(['status_changed']);

export function isPutAside(refund: Refund, kind: RefundReminderKind, now: Date): boolean {
  return isPutAsideIn(refund.events, kind, now, REFUND_CHANGES);
}

const NO_MARKS: readonly MarkedEvent[] = [];

/**
 * The only events `isPutAside` can stop at: the marks since the refund's last status change, in order. Worked
 * out once per record object (reminders keep them with the refund's facts), so asking again reads no history.
 */
export function putAsideMarksOf(refund: Refund): readonly MarkedEvent[] {
  let marks: MarkedEvent[] | undefined;
  for (let index = refund.events.length - 1; index >= 0; index -= 1) {
    const event = refund.events[index];
    if (event === undefined) continue;
    if (REFUND_CHANGES.has(event.kind)) break;
    if (event.reminder !== undefined) (marks ??= []).unshift(event);
  }
  return marks ?? NO_MARKS;
}

/** `isPutAside(refund, …)` from the refund's `putAsideMarksOf(refund)`: the same answer. */
export function isPutAsideByMarks(marks: readonly MarkedEvent[], kind: RefundReminderKind, now: Date): boolean {
  return marks.length !== 0 && isPutAsideIn(marks, kind, now, REFUND_CHANGES);
}
