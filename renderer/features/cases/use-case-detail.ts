import { useCallback, useEffect, useState } from 'react';
import type { WireError } from '../../../electron/common/domain/errors';
import type { CaseView } from '../../../electron/common/ipc/contract-cases';
import { call, toWireError } from '../../bridge';
// A case's deadline and missing evidence make its reminder: the header's count follows every change.
import { refreshReminderCount } from '../today/reminder-count';

export type CaseState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: WireError }
  | { readonly kind: 'ready'; readonly view: CaseView };

export interface CaseDetailApi {
  readonly state: CaseState;
  /** Runs a change and shows the case it returns; resolves to the error, if any, for the caller to place. */
  readonly change: (run: () => Promise<CaseView>) => Promise<WireError | undefined>;
  /** Fetches the case again (after an export, which answers with the file names, not the case). */
  readonly reload: () => Promise<void>;
  readonly busy: boolean;
}


export function useCaseDetail(id: string): CaseDetailApi {
  const [state, setState] = useState<CaseState>({ kind: 'loading' });
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    call('case.get', { id }).then(
      (view) => {
        if (live) setState({ kind: 'ready', view });
      },
      (error: unknown) => {
        if (live) setState({ kind: 'failed', error: toWireError(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [id]);

  const change = useCallback(async (run: () => Promise<CaseView>): Promise<WireError | undefined> => {
    setBusy(true);
    try {
      setState({ kind: 'ready', view: await run() });
      refreshReminderCount();
      return undefined;
    } catch (error) {
      return toWireError(error);
    } finally {
      setBusy(false);
    }
  }, []);

  const reload = useCallback(async (): Promise<void> => {
    try {
      setState({ kind: 'ready', view: await call('case.get', { id }) });
    } catch (error) {
      setState({ kind: 'failed', error: toWireError(error) });
    }
  }, [id]);

  return { state, change, reload, busy };
}
