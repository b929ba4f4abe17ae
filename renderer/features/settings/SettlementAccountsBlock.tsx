import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../electron/common/domain/errors';
import { SETTLEMENT_SOURCES } from '../../../electron/common/settlements/settlement';
import { call, toWireError } from '../../bridge';
import { ErrorBanner } from '../../components/ErrorBanner';
import { errorMessage } from '../../i18n/error-message';
import { useApp } from '../app/app-context';
import { SettlementAccountRow } from './SettlementAccountRow';
import { accountsOf, newRow, rowOf } from './settlement-accounts-draft';
import type { AccountRow, RowProblem } from './settlement-accounts-draft';
import '../../styles/settlements.css';

type Problem = { readonly field: string; readonly local: RowProblem } | { readonly field: string | undefined; readonly wire: WireError };

/** 结算账户: the accounts the shop is paid into, with the cycle and rate every expectation is computed from. */
export function SettlementAccountsBlock() {
  const { t, i18n } = useTranslation();
  const { info } = useApp();
  const isOwner = info.currentOperator?.role === 'owner';
  const [rows, setRows] = useState<readonly AccountRow[] | undefined>(undefined);
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    call('settlement.accounts', {}).then(
      (accounts) => setRows(accounts.map(rowOf)),
      (error: unknown) => setProblem({ field: undefined, wire: toWireError(error) }),
    );
  }, []);

  function change(index: number, patch: Partial<AccountRow>): void {
    setSaved(false);
    setProblem(undefined);
    setRows((current) => current?.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  }

  async function save(): Promise<void> {
    if (rows === undefined) return;
    const check = accountsOf(rows);
    if (!check.ok) {
      setProblem({ field: check.field, local: check.problem });
      return;
    }
    setProblem(undefined);
    try {
      setRows((await call('settlement.saveAccounts', { accounts: check.value })).map(rowOf));
      setSaved(true);
    } catch (error) {
      const wire = toWireError(error);
      setProblem({ field: wire.field, wire });
    }
  }

  const messageAt = (field: string): string | undefined => {
    if (problem === undefined || problem.field !== field) return undefined;
    return 'local' in problem ? t(`settlements.accounts.${problem.local}`) : errorMessage(i18n, problem.wire);
  };
  const stray = problem !== undefined && 'wire' in problem && !(problem.field ?? '').startsWith('accounts.') ? problem.wire : undefined;
  return (
    <section className="settings__block settlement-accounts" aria-labelledby="settlement-accounts-title">
      <h2 id="settlement-accounts-title" className="field__label">
        {t('settlements.accounts.title')}
      </h2>
      <p className="field__hint">{t('settlements.accounts.intro')}</p>
      {isOwner ? null : <p className="field__hint">{t('settlements.accounts.ownerOnly')}</p>}
      {stray === undefined ? null : <ErrorBanner error={stray} />}
      {rows !== undefined && rows.length === 0 ? <p className="field__hint">{t('settlements.accounts.none')}</p> : null}
      {rows?.map((row, index) => (
        <SettlementAccountRow
          key={row.key}
          index={index}
          row={row}
          sources={SETTLEMENT_SOURCES}
          disabled={!isOwner}
          messageAt={messageAt}
          onChange={(patch) => change(index, patch)}
        />
      ))}
      <p className="field__hint">{t('settlements.accounts.cycleHint')}</p>
      {isOwner && rows !== undefined ? (
        <div className="settlement-accounts__buttons">
          <button
            type="button"
            className="button"
            onClick={() => {
              setSaved(false);
              setRows([...rows, newRow()]);
            }}
          >
            + {t('settlements.accounts.add')}
          </button>
          <button type="button" className="button button--primary" onClick={() => void save()}>
            {t('settlements.accounts.save')}
          </button>
          {saved ? (
            <span className="text--ok" role="status">
              {t('settlements.accounts.saved')} ✓
            </span>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
