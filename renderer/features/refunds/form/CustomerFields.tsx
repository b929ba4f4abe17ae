import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../../electron/common/ipc/text-limits';
import { Field } from '../../../components/Field';
import { describedBy, fieldDomId } from '../../../lib/field-ids';
import { TextInput } from './TextInput';
import type { RefundForm } from './use-refund-form';

/** Who got the money and who handled it. Name and phone are optional: collect the minimum (PIPL). */
export function CustomerFields({ form, operators }: { readonly form: RefundForm; readonly operators: readonly string[] }) {
  const { t } = useTranslation();
  const { draft } = form;
  const warning = (path: string): string | undefined =>
    form.cardWarnings.has(path) && form.errorFor(path) === undefined ? t('form.fullCardWarning') : undefined;
  const noteError = form.errorFor('refund.note');
  const noteWarning = warning('refund.note');

  return (
    <section className="form-section" aria-labelledby="section-customer">
      <h2 id="section-customer" className="form-section__title">
        {t('form.customerSection')}
      </h2>
      <div className="form-grid form-grid--three">
        <Field
          path="refund.customerName"
          label={t('form.customerName')}
          optional
          error={form.errorFor('refund.customerName')}
          warning={warning('refund.customerName')}
        >
          <TextInput
            path="refund.customerName"
            value={draft.customerName}
            error={form.errorFor('refund.customerName')}
            warning={warning('refund.customerName') !== undefined}
            maxLength={100}
            onChange={(customerName) => form.update('refund.customerName', { customerName })}
            onBlur={() => form.markVisited('refund.customerName')}
          />
        </Field>
        <Field
          path="refund.customerPhone"
          label={t('form.customerPhone')}
          optional
          error={form.errorFor('refund.customerPhone')}
          warning={warning('refund.customerPhone')}
        >
          <TextInput
            path="refund.customerPhone"
            value={draft.customerPhone}
            error={form.errorFor('refund.customerPhone')}
            warning={warning('refund.customerPhone') !== undefined}
            placeholder={t('form.customerPhonePlaceholder')}
            maxLength={100}
            numeric
            onChange={(customerPhone) => form.update('refund.customerPhone', { customerPhone })}
            onBlur={() => form.markVisited('refund.customerPhone')}
          />
        </Field>
        <Field path="refund.operator" label={t('form.operator')} error={form.errorFor('refund.operator')}>
          <select
            id={fieldDomId('refund.operator')}
            className="input"
            value={draft.operator}
            data-nav=""
            onChange={(event) => form.update('refund.operator', { operator: event.target.value })}
          >
            {operators.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field path="refund.note" label={t('form.note')} optional error={noteError} warning={noteWarning}>
        <textarea
          id={fieldDomId('refund.note')}
          className="input input--note"
          rows={2}
          value={draft.note}
          maxLength={TEXT_LIMITS.note}
          placeholder={t('form.notePlaceholder')}
          data-nav=""
          aria-invalid={noteError !== undefined}
          aria-describedby={describedBy('refund.note', { error: noteError !== undefined, warning: noteWarning !== undefined })}
          onChange={(event) => form.update('refund.note', { note: event.target.value })}
          onBlur={() => form.markVisited('refund.note')}
        />
      </Field>
    </section>
  );
}
