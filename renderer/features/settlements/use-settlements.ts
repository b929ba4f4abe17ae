import { useCallback, useEffect, useState } from 'react';
import type { WireError } from '../../../electron/common/domain/errors';
import type { SettlementAccount, SettlementMonth } from '../../../electron/common/ipc/contract';
import { formatLocalDate } from '../../../electron/common/domain/local-time';
import { call, toWireError } from '../../bridge';
import { monthOf } from './settlement-dates';

export type SettlementsState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: WireError }
  | { readonly kind: 'ready'; readonly accounts: readonly SettlementAccount[]; readonly data: SettlementMonth };

/**
 * The accounts and one month's days. Without a month asked for, "this month" is main's (its clock decides
 * what today is), so a first answer for the renderer's own month is re-asked for main's when they differ.
 */
export function useSettlements(requested: string | undefined) {
  const [month, setMonth] = useState<string | undefined>(requested);
  const [state, setState] = useState<SettlementsState>({ kind: 'loading' });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    const asked = month ?? monthOf(formatLocalDate(new Date()));
    Promise.all([call('settlement.accounts', {}), call('settlement.month', { month: asked })])
      .then(async ([accounts, data]) => {
        const mainMonth = monthOf(data.today);
        const shown = month === undefined && mainMonth !== asked ? await call('settlement.month', { month: mainMonth }) : data;
        if (!live) return;
        if (month === undefined) setMonth(shown.month);
        setState({ kind: 'ready', accounts, data: shown });
      })
      .catch((error: unknown) => {
        if (live) setState({ kind: 'failed', error: toWireError(error) });
      });
    return () => {
      live = false;
    };
  }, [month, version]);

  const reload = useCallback(() => setVersion((current) => current + 1), []);
  return { month, setMonth, state, reload };
}
