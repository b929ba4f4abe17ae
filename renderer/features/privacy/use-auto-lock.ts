import { useEffect } from 'react';
import { IdleTracker } from '../../../electron/common/privacy/idle-tracker';

const INPUT_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;
/** How often idleness is checked: a lock at most this late is fine for a shop counter. */
const CHECK_MS = 10_000;

/**
 * Locks the app (the same path as Ctrl+L, main's 'session.lock') after the owner's chosen idle minutes, so a
 * till left open does not leave customers' names on screen. Runs only while someone is signed in.
 */
export function useAutoLock(minutes: number | null, signedIn: boolean, lock: () => void): void {
  useEffect(() => {
    if (minutes === null || !signedIn) return undefined;
    const tracker = new IdleTracker(minutes, Date.now());
    const touch = () => tracker.touch(Date.now());
    for (const name of INPUT_EVENTS) window.addEventListener(name, touch, { passive: true });
    const timer = window.setInterval(() => {
      if (tracker.isIdle(Date.now())) lock();
    }, CHECK_MS);
    return () => {
      window.clearInterval(timer);
      for (const name of INPUT_EVENTS) window.removeEventListener(name, touch);
    };
  }, [minutes, signedIn, lock]);
}
