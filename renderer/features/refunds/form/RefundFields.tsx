import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../../../electron/common/domain/money';
import { Field } from '../../../components/Field';
import { AmountInput } from './AmountInput';
import { DeductionRows } from './DeductionRows';
import { RefundTypePicker } from './RefundTypePicker';
import type { RefundForm } from './use-refund-form';

/** How the money goes back, how much, and what is kept back and why. */
export function RefundFields({ form }: { readonly form: RefundForm }) {
  const { t } = useTranslation();
  const { draft, lookup, net } = form;
  const remainder = lookup?.found === true ? lookup.remainder : undefined;
  const overRemainder =
    remainder !== undefined && net !== undefined && net > remainder && form.errorFor('refund.amount') === undefined
      ? t('form.exceedsRemainderLive', { remainder: formatYuan(remainder) })
      : undefined;

  return (
    <section className="form-section" aria-labelledby="section-refund">
      <h2 id="section-refund" className="form-section__title">
        {t('form.refundSection')}
      </h2>
      <RefundTypePicker channel={draft.channel} value={draft.type} onChange={(type) => form.update('refund.type', { type })} />
      <div className="form-grid">
        <Field
          path="refund.amount"
          label={t('form.refundAmount')}
          hint={t('form.refundAmountHint')}
          error={form.errorFor('refund.amount')}
          warning={overRemainder}
        >
          <AmountInput
            path="refund.amount"
            value={draft.refundAmount}
            error={form.errorFor('refund.amount')}
            hasHint
            hasWarning={overRemainder !== undefined}
            onChange={(refundAmount) => form.update('refund.amount', { refundAmount, refundAmountTouched: true })}
            onBlur={() => form.markVisited('refund.amount')}
          />
        </Field>
      </div>
      <fieldset className="form-subsection">
        <legend className="field__label">
          {t('form.deductions')} <span className="field__optional">（{t('common.optional')}）</span>
        </legend>
        <DeductionRows form={form} />
      </fieldset>
    </section>
  );
}
