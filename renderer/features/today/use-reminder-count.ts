import { useEffect, useState } from 'react';
import { fetchReminderCount } from './reminder-count';
import { onRemindersChanged } from './reminder-events';

/** How many reminders are showing, for the header badge: fetched again whenever `refreshKey` changes. */
export function useReminderCount(refreshKey: unknown): number | undefined {
  const [count, setCount] = useState<number | undefined>(undefined);
  useEffect(() => {
    let live = true;
    fetchReminderCount().then(
      (total) => {
        if (live) setCount(total);
      },
      // The badge is a hint; the Today screen itself reports a failure.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [refreshKey]);
  useEffect(() => onRemindersChanged(setCount), []);
  return count;
}
