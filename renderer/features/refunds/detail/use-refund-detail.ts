import { useCallback, useEffect, useState } from 'react';
import type { WireError } from '../../../../electron/common/domain/errors';
import type { RefundDetail } from '../../../../electron/common/ipc/contract';
import { call, toWireError } from '../../../bridge';

export type DetailState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: WireError }
  | { readonly kind: 'ready'; readonly detail: RefundDetail };

export interface RefundDetailApi {
  readonly state: DetailState;
  /** Runs a change (advance, note) and shows its result; resolves to the error, if any, for the caller to place. */
  readonly change: (run: () => Promise<RefundDetail>) => Promise<WireError | undefined>;
  readonly busy: boolean;
}

export function useRefundDetail(id: string): RefundDetailApi {
  const [state, setState] = useState<DetailState>({ kind: 'loading' });
  const [busy, setBusy] = useState(false);

  // The screen is keyed by id, so each refund starts in 'loading' and this effect runs once per instance.
  useEffect(() => {
    let live = true;
    call('refund.get', { id }).then(
      (detail) => {
        if (live) setState({ kind: 'ready', detail });
      },
      (error: unknown) => {
        if (live) setState({ kind: 'failed', error: toWireError(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [id]);

  const change = useCallback(async (run: () => Promise<RefundDetail>): Promise<WireError | undefined> => {
    setBusy(true);
    try {
      setState({ kind: 'ready', detail: await run() });
      return undefined;
    } catch (error) {
      return toWireError(error);
    } finally {
      setBusy(false);
    }
  }, []);

  return { state, change, busy };
}
