import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../electron/common/domain/errors';
import { errorMessage } from '../../i18n/error-message';
import { describedBy, fieldDomId } from '../../lib/field-ids';
import type { TakingsDraft } from './takings-draft';

type SlipKey = 'salesCount' | 'salesAmount' | 'refundsCount' | 'refundsAmount' | 'fee';

const PATH: { readonly [K in SlipKey]: string } = {
  salesCount: 'takings.salesCount',
  salesAmount: 'takings.salesAmount',
  refundsCount: 'takings.refundsCount',
  refundsAmount: 'takings.refundsAmount',
  fee: 'expectedFee',
};

interface SlipFieldsProps {
  /** Prefix of the DOM ids, so the form and the correction dialog do not share ids. */
  readonly idPrefix: string;
  readonly draft: TakingsDraft;
  readonly error: WireError | undefined;
  readonly feeHint: string;
  readonly onChange: (patch: Partial<TakingsDraft>) => void;
}

/**
 * The body of the POS summary slip (结算单 / 交易汇总) in its own order: 消费 count and amount, 退货 count and
 * amount, then the fee. Each box has its own label and shows the error that names its field.
 */
export function SlipFields({ idPrefix, draft, error, feeHint, onChange }: SlipFieldsProps) {
  const { t, i18n } = useTranslation();
  const errorAt = (key: SlipKey) => (error?.field === PATH[key] ? error : undefined);

  function box(key: SlipKey, label: string, money: boolean) {
    const path = `${idPrefix}.${PATH[key]}`;
    const problem = errorAt(key);
    return (
      <div className={`slip__cell${problem === undefined ? '' : ' slip__cell--error'}`}>
        <div className={money ? 'amount' : undefined}>
          {money ? (
            <span className="amount__sign" aria-hidden="true">
              ¥
            </span>
          ) : null}
          <input
            id={fieldDomId(path)}
            className={`input ${money ? 'input--amount' : 'input--count'}`}
            type="text"
            inputMode={money ? 'decimal' : 'numeric'}
            autoComplete="off"
            spellCheck={false}
            aria-label={label}
            aria-invalid={problem !== undefined}
            aria-describedby={describedBy(path, { error: problem !== undefined })}
            value={draft[key]}
            onChange={(event) => onChange({ [key]: event.target.value })}
          />
        </div>
        {problem === undefined ? null : (
          <p className="field__error" id={`${fieldDomId(path)}-error`} role="alert">
            {errorMessage(i18n, problem)}
          </p>
        )}
      </div>
    );
  }

  const sales = t('settlements.form.sales');
  const refunds = t('settlements.form.refunds');
  const count = t('settlements.form.count');
  const amount = t('settlements.form.amount');
  return (
    <div className="slip" role="group" aria-label={t('settlements.form.title')}>
      <span className="slip__head" aria-hidden="true" />
      <span className="slip__head">{count}</span>
      <span className="slip__head">{amount}</span>
      <span className="slip__label">{sales}</span>
      {box('salesCount', `${sales} ${count}`, false)}
      {box('salesAmount', `${sales} ${amount}`, true)}
      <span className="slip__label">{refunds}</span>
      {box('refundsCount', `${refunds} ${count}`, false)}
      {box('refundsAmount', `${refunds} ${amount}`, true)}
      <span className="slip__label">{t('settlements.form.fee')}</span>
      <span className="slip__hint">{feeHint}</span>
      {box('fee', t('settlements.form.fee'), true)}
    </div>
  );
}
