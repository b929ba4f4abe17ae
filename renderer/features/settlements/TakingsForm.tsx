import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../../electron/common/domain/money';
import type { SettlementAccount, SettlementView } from '../../../electron/common/ipc/contract';
import { call } from '../../bridge';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { fieldDomId } from '../../lib/field-ids';
import { useWireAction } from '../../lib/use-wire-action';
import { newRequestId } from '../../lib/request-id';
import { rememberAccount, rememberedAccount } from './last-account';
import { yesterdayOf } from './settlement-dates';
import { formatRatePercent } from './fee-rate';
import { SlipFields } from './SlipFields';
import { emptyTakings, expectationOf, parseTakings } from './takings-draft';
import type { TakingsDraft } from './takings-draft';

const FORM_FIELDS = new Set(['accountId', 'businessDate', 'batchNo', 'takings.salesCount', 'takings.salesAmount', 'takings.refundsCount', 'takings.refundsAmount', 'expectedFee']);

interface TakingsFormProps {
  /** Accounts that take new days (not archived); at least one. */
  readonly accounts: readonly SettlementAccount[];
  /** Main's today. */
  readonly today: string;
  readonly actor: string;
  readonly onRecorded: (view: SettlementView) => void;
}

function startAccount(accounts: readonly SettlementAccount[]): string {
  const remembered = rememberedAccount();
  return accounts.find((account) => account.id === remembered)?.id ?? accounts[0]?.id ?? '';
}

/** "记一天的收款": copied from the POS summary slip in its own order, keyboard-first (Enter saves). */
export function TakingsForm({ accounts, today, actor, onRecorded }: TakingsFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<TakingsDraft>(() => emptyTakings(startAccount(accounts), yesterdayOf(today)));
  // One id per filled-in form: a double Enter returns the first record instead of a second one.
  const [requestId, setRequestId] = useState(newRequestId);
  const { busy, error, setError, run } = useWireAction();
  const [saved, setSaved] = useState<SettlementView | undefined>(undefined);
  const account = accounts.find((entry) => entry.id === draft.accountId) ?? accounts[0];
  const parsed = useMemo(() => parseTakings(draft), [draft]);
  const expectation = account !== undefined && parsed.ok ? expectationOf(parsed.value, account) : undefined;
  const rate = account === undefined ? '' : formatRatePercent(account.feeRateBp);

  function edit(patch: Partial<TakingsDraft>): void {
    setDraft((current) => ({ ...current, ...patch }));
    setError(undefined);
    setSaved(undefined);
  }

  async function submit(): Promise<void> {
    if (busy || account === undefined) return;
    if (!parsed.ok) {
      setError(parsed.error);
      document.getElementById(fieldDomId(`record.${parsed.error.field ?? ''}`))?.focus();
      return;
    }
    const { takings, expectedFee } = parsed.value;
    const view = await run(() =>
      call('settlement.record', {
        requestId,
        accountId: account.id,
        businessDate: draft.businessDate,
        ...(account.source === 'pos' && draft.batchNo.trim() !== '' ? { batchNo: draft.batchNo.trim() } : {}),
        takings,
        ...(expectedFee === undefined ? {} : { expectedFee }),
        actor,
      }),
    );
    if (view === undefined) return;
    rememberAccount(account.id);
    setSaved(view);
    setRequestId(newRequestId());
    setDraft(emptyTakings(account.id, draft.businessDate));
    onRecorded(view);
    document.getElementById(fieldDomId('record.businessDate'))?.focus();
  }

  const errorAt = (field: string) => (error?.field === field ? error : undefined);
  const stray = error !== undefined && !FORM_FIELDS.has(error.field ?? '') ? error : undefined;
  return (
    <form
      className="card takings-form"
      aria-labelledby="takings-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div className="takings-form__top">
        <h2 id="takings-title" className="card__title">
          {t('settlements.form.title')}
        </h2>
        <p className="field__hint">{t('settlements.form.hint')}</p>
      </div>
      {stray === undefined ? null : <ErrorBanner error={stray} />}
      <div className="takings-form__body">
        <div className="takings-form__head">
          <Field path="record.accountId" label={t('settlements.form.account')} error={errorAt('accountId')}>
            <select id={fieldDomId('record.accountId')} className="input" value={account?.id ?? ''} onChange={(event) => edit({ accountId: event.target.value })}>
              {accounts.map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {entry.name}
                </option>
              ))}
            </select>
          </Field>
          <Field path="record.businessDate" label={t('settlements.form.businessDate')} error={errorAt('businessDate')}>
            <input
              id={fieldDomId('record.businessDate')}
              className="input input--date"
              type="date"
              max={today}
              value={draft.businessDate}
              aria-invalid={errorAt('businessDate') !== undefined}
              onChange={(event) => edit({ businessDate: event.target.value })}
            />
          </Field>
          {account?.source === 'pos' ? (
            <Field path="record.batchNo" label={t('settlements.form.batchNo')} optional error={errorAt('batchNo')}>
              <input
                id={fieldDomId('record.batchNo')}
                className="input input--mono input--batch"
                inputMode="numeric"
                maxLength={12}
                value={draft.batchNo}
                aria-invalid={errorAt('batchNo') !== undefined}
                onChange={(event) => edit({ batchNo: event.target.value })}
              />
            </Field>
          ) : null}
        </div>
        <SlipFields idPrefix="record" draft={draft} error={error} feeHint={t('settlements.form.feeHint', { rate })} onChange={edit} />
        <div className="takings-form__foot">
          <p className="takings-form__estimate" role="status" aria-live="polite">
            {expectation === undefined
              ? null
              : expectation.fromSlip
                ? t('settlements.form.fromSlip', { fee: formatYuan(expectation.fee), net: formatYuan(expectation.net) })
                : t('settlements.form.estimate', { fee: formatYuan(expectation.fee), rate, net: formatYuan(expectation.net) })}
          </p>
          <button type="submit" className="button button--primary button--large" disabled={busy}>
            {busy ? t('settlements.form.saving') : t('settlements.form.submit')} <kbd className="kbd">Enter</kbd>
          </button>
          {saved === undefined ? null : (
            <p className="text--ok takings-form__saved" role="status">
              ✓{' '}
              {t('settlements.form.saved', {
                account: saved.accountName,
                date: saved.day.businessDate,
                net: formatYuan(saved.day.expectedNet),
                expectedBy: saved.expectedBy,
              })}
            </p>
          )}
        </div>
      </div>
    </form>
  );
}
