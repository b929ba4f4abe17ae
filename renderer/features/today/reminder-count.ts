/**
 * The header's reminder count, asked of main without the reminders themselves: `limits` of 0 send only the
 * totals. Five years in, the full list is thousands of items (megabytes over IPC) for one number.
 */
import type { ReminderList, ReminderListQuery } from '../../../electron/common/ipc/contract';
import { call } from '../../bridge';
import { announceRemindersChanged } from './reminder-events';

export const COUNT_ONLY: ReminderListQuery = { limits: { overdue: 0, due_today: 0, coming_up: 0 } };

export function totalOf(list: ReminderList): number {
  return list.totals.overdue + list.totals.due_today + list.totals.coming_up;
}

export function fetchReminderCount(): Promise<number> {
  return call('reminder.list', COUNT_ONLY).then(totalOf);
}

/** After a change that can make or end a reminder (a settlement recorded, a case deadline): the badge follows. */
export function refreshReminderCount(): void {
  // The badge is a hint; the Today screen itself reports a failure.
  fetchReminderCount().then(announceRemindersChanged, () => undefined);
}
