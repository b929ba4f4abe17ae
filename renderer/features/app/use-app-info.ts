import { useCallback, useEffect, useState } from 'react';
import type { WireError } from '../../../electron/common/domain/errors';
import type { AppInfo } from '../../../electron/common/ipc/contract';
import type { RecoveryNotice } from '../../../electron/common/ports';
import { call, onAppEvent, toWireError } from '../../bridge';

export type AppInfoState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: WireError }
  | { readonly kind: 'ready'; readonly info: AppInfo };

/** Loads app.info once, and keeps recovery notices that arrive later (a file found damaged after start-up). */
export function useAppInfo(): {
  readonly state: AppInfoState;
  readonly setInfo: (info: AppInfo) => void;
  readonly reload: () => void;
} {
  const [state, setState] = useState<AppInfoState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    call('app.info', {}).then(
      (info) => {
        if (live) setState({ kind: 'ready', info });
      },
      (error: unknown) => {
        if (live) setState({ kind: 'failed', error: toWireError(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  useEffect(
    () =>
      onAppEvent('storage.recovered', (notices: readonly RecoveryNotice[]) => {
        setState((current) =>
          current.kind === 'ready'
            ? { kind: 'ready', info: { ...current.info, recoveries: [...current.info.recoveries, ...notices] } }
            : current,
        );
      }),
    [],
  );

  const setInfo = useCallback((info: AppInfo) => {
    setState({ kind: 'ready', info });
  }, []);
  const reload = useCallback(() => {
    setState({ kind: 'loading' });
    setAttempt((value) => value + 1);
  }, []);
  return { state, setInfo, reload };
}
