/** Tells the header's count badge that reminders changed (a snooze or dismissal), without a global store. */
const EVENT = 'refunddesk:reminders-changed';

export function announceRemindersChanged(count: number): void {
  window.dispatchEvent(new CustomEvent<number>(EVENT, { detail: count }));
}

export function onRemindersChanged(listener: (count: number) => void): () => void {
  const handler = (event: Event) => {
    if (event instanceof CustomEvent && typeof event.detail === 'number') listener(event.detail);
  };
  window.addEventListener(EVENT, handler);
  return () => window.removeEventListener(EVENT, handler);
}
