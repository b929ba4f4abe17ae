/**
 * Whether the owner has put a reminder aside. Rebuilt from the refund's events, like every other state:
 * a snooze hides the reminder until its time; a dismissal hides it until the refund's status changes
 * (a new situation deserves a new look, and an old "I know" must not hide it).
 */
import type { Refund } from '../domain/types';
import type { ReminderKind } from './reminder-kinds';

export function isPutAside(refund: Refund, kind: ReminderKind, now: Date): boolean {
  for (let index = refund.events.length - 1; index >= 0; index -= 1) {
    const event = refund.events[index];
    if (event === undefined) continue;
    if (event.kind === 'status_changed') return false;
    if (event.reminder?.kind !== kind) continue;
    if (event.kind === 'reminder_dismissed') return true;
    if (event.kind === 'reminder_snoozed') {
      const until = Date.parse(event.reminder.until ?? '');
      return Number.isFinite(until) && until > now.getTime();
    }
  }
  return false;
}
