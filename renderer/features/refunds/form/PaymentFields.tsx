import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Field';
import { describedBy, fieldDomId } from '../../../lib/field-ids';
import { defaultRefundTypeOf, identifierFieldsOf, NUMERIC_FIELDS } from '../../../../electron/common/domain/channels';
import { AmountInput } from './AmountInput';
import { ChannelPicker } from './ChannelPicker';
import { LookupNotice } from './LookupNotice';
import { TextInput } from './TextInput';
import type { RefundForm } from './use-refund-form';

/** The original payment: how, when, how much, and the identifiers printed on the slip or in the bill. */
export function PaymentFields({ form }: { readonly form: RefundForm }) {
  const { t } = useTranslation();
  const { draft } = form;
  const cardWarning = (path: string): string | undefined =>
    form.cardWarnings.has(path) && form.errorFor(path) === undefined ? t('form.fullCardWarning') : undefined;

  return (
    <section className="form-section" aria-labelledby="section-payment">
      <h2 id="section-payment" className="form-section__title">
        {t('form.paymentSection')}
      </h2>
      <ChannelPicker
        value={draft.channel}
        onChange={(channel) => form.update('payment.channel', { channel, type: defaultRefundTypeOf(channel) })}
      />
      <div className="form-grid">
        <Field path="payment.paidAt" label={t('form.paidAt')} error={form.errorFor('payment.paidAt')}>
          <input
            id={fieldDomId('payment.paidAt')}
            className="input"
            type="datetime-local"
            value={draft.paidAt}
            data-nav=""
            aria-invalid={form.errorFor('payment.paidAt') !== undefined}
            aria-describedby={describedBy('payment.paidAt', { error: form.errorFor('payment.paidAt') !== undefined })}
            onChange={(event) => form.update('payment.paidAt', { paidAt: event.target.value })}
            onBlur={() => form.markVisited('payment.paidAt')}
          />
        </Field>
        <Field path="payment.amount" label={t('form.paidAmount')} error={form.errorFor('payment.amount')}>
          <AmountInput
            path="payment.amount"
            value={draft.paidAmount}
            error={form.errorFor('payment.amount')}
            onChange={(paidAmount) => form.update('payment.amount', { paidAmount })}
            onBlur={() => form.markVisited('payment.amount')}
          />
        </Field>
      </div>
      {identifierFieldsOf(draft.channel).length === 0 ? null : (
        <div className="form-grid form-grid--ids">
          {identifierFieldsOf(draft.channel).map((field) => {
            const path = `payment.ids.${field}`;
            const warning = cardWarning(path);
            return (
              <Field
                key={field}
                path={path}
                label={t(`ids.${field}`)}
                optional
                hint={t(`idsHint.${field}`)}
                error={form.errorFor(path)}
                warning={warning}
              >
                <TextInput
                  path={path}
                  value={draft.ids[field] ?? ''}
                  error={form.errorFor(path)}
                  warning={warning !== undefined}
                  hint
                  maxLength={field === 'cardLast4' ? 4 : 64}
                  numeric={NUMERIC_FIELDS.has(field)}
                  mono
                  onChange={(value) => form.setIdentifier(field, value)}
                  onBlur={() => form.markVisited(path)}
                />
              </Field>
            );
          })}
        </div>
      )}
      <LookupNotice lookup={form.lookup} />
    </section>
  );
}
