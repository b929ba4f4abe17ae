import { useCallback, useEffect } from 'react';
import type { AppInfo } from '../../../electron/common/ipc/contract';
import { call } from '../../bridge';

/**
 * Ctrl+L locks the app from anywhere (even while typing): the next person picks their name on the lock
 * screen. One key, because switching operators happens many times a day at a shared till.
 */
export function useLockShortcut(
  info: AppInfo,
  onInfo: (info: AppInfo) => void,
): { readonly lock: () => void; readonly refresh: () => Promise<void> } {
  const refresh = useCallback(async () => {
    onInfo(await call('app.info', {}));
  }, [onInfo]);

  const lock = useCallback(() => {
    void call('session.lock', {}).then(
      () => onInfo({ ...info, currentOperator: undefined }),
      // Locking only clears main's memory; if even that fails, reloading shows the truth.
      () => refresh(),
    );
  }, [info, onInfo, refresh]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if (!event.ctrlKey || event.altKey || event.metaKey || event.shiftKey) return;
      if (event.key !== 'l' && event.key !== 'L') return;
      event.preventDefault();
      lock();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [lock]);

  return { lock, refresh };
}
