import { useCallback, useEffect, useState } from 'react';
import type { WireError } from '../../../electron/common/domain/errors';
import type { DismissReminderInput, ReminderList, SnoozeReminderInput } from '../../../electron/common/ipc/contract';
import { call, toWireError } from '../../bridge';
import { announceRemindersChanged } from './reminder-events';

export type RemindersState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: WireError }
  | { readonly kind: 'ready'; readonly list: ReminderList };

export function useReminders() {
  const [state, setState] = useState<RemindersState>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    call('reminder.list', {}).then(
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
  }, []);

  const apply = useCallback((list: ReminderList) => {
    setState({ kind: 'ready', list });
    announceRemindersChanged(list.items.length);
  }, []);

  const snooze = useCallback(async (input: SnoozeReminderInput) => apply(await call('reminder.snooze', input)), [apply]);
  const dismiss = useCallback(async (input: DismissReminderInput) => apply(await call('reminder.dismiss', input)), [apply]);
  return { state, snooze, dismiss };
}
