import { useCallback, useEffect, useState } from 'react';
import type { WireError } from '../../../electron/common/domain/errors';
import type { DismissReminderInput, ReminderList, SnoozeReminderInput } from '../../../electron/common/ipc/contract';
import type { ReminderSeverity } from '../../../electron/common/reminders/reminder-kinds';
import { REMINDER_PAGE_SIZE } from '../../../electron/common/reminders/reminder-kinds';
import { call, toWireError } from '../../bridge';
import { announceRemindersChanged } from './reminder-events';
import { totalOf } from './reminder-count';

export type RemindersState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: WireError }
  | { readonly kind: 'ready'; readonly list: ReminderList };

/**
 * Cards asked for per severity, and how many more "show more" adds: a shop five years in can have thousands of
 * open reminders, and sending and mounting them all blocked the window for seconds before the first could be read.
 */
export const CARDS_PER_STEP = REMINDER_PAGE_SIZE;

type Limits = Readonly<Record<ReminderSeverity, number>>;
const FIRST_PAGE: Limits = { overdue: CARDS_PER_STEP, due_today: CARDS_PER_STEP, coming_up: CARDS_PER_STEP };

export function useReminders() {
  const [state, setState] = useState<RemindersState>({ kind: 'loading' });
  const [limits, setLimits] = useState<Limits>(FIRST_PAGE);

  const load = useCallback(async (wanted: Limits) => {
    const list = await call('reminder.list', { limits: wanted });
    setState({ kind: 'ready', list });
    announceRemindersChanged(totalOf(list));
  }, []);

  useEffect(() => {
    let live = true;
    call('reminder.list', { limits }).then(
      (list) => {
        if (live) setState({ kind: 'ready', list });
      },
      (error: unknown) => {
        if (live) setState({ kind: 'failed', error: toWireError(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [limits]);

  // After putting one aside, the screen is asked for again with what it shows (it may show more than a page).
  const snooze = useCallback(
    async (input: SnoozeReminderInput) => {
      await call('reminder.snooze', input);
      await load(limits);
    },
    [limits, load],
  );
  const dismiss = useCallback(
    async (input: DismissReminderInput) => {
      await call('reminder.dismiss', input);
      await load(limits);
    },
    [limits, load],
  );
  const showMore = useCallback((severity: ReminderSeverity) => setLimits((current) => ({ ...current, [severity]: current[severity] + CARDS_PER_STEP })), []);
  return { state, snooze, dismiss, showMore };
}
