import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DEDUCTION_KINDS } from '../../../../electron/common/domain/types';
import type { DeductionKind } from '../../../../electron/common/domain/types';
import { Field } from '../../../components/Field';
import { fieldDomId } from '../../../lib/field-ids';
import { errorMessage } from '../../../i18n/error-message';
import type { DeductionDraft } from './form-draft';
import { AmountInput } from './AmountInput';
import { TextInput } from './TextInput';
import type { RefundForm } from './use-refund-form';

function isKind(value: string): value is DeductionKind {
  return (DEDUCTION_KINDS as readonly string[]).includes(value);
}

// Row keys only need to be unique within one page session; a module counter is enough.
let nextKey = 0;

/** Deductions (fee, depreciation…), each with the reason the customer was told (DOMAIN §3.9). */
export function DeductionRows({ form }: { readonly form: RefundForm }) {
  const { t, i18n } = useTranslation();
  const rows = form.draft.deductions;
  // The row to focus exists only after React renders it; a layout effect runs before the next keystroke.
  const focusAfterRender = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    if (focusAfterRender.current === undefined) return;
    document.getElementById(focusAfterRender.current)?.focus();
    focusAfterRender.current = undefined;
  });

  function setRow(index: number, patch: Partial<DeductionDraft>, path: string): void {
    form.update(path, { deductions: rows.map((row, i) => (i === index ? { ...row, ...patch } : row)) });
  }

  function addRow(): void {
    nextKey += 1;
    const index = rows.length;
    form.update('refund.deductions', { deductions: [...rows, { key: `d${nextKey}`, kind: 'fee', amount: '', reason: '' }] });
    focusAfterRender.current = fieldDomId(`refund.deductions.${index}.kind`);
  }

  function removeRow(index: number): void {
    form.update('refund.deductions', { deductions: rows.filter((_, i) => i !== index) });
    focusAfterRender.current = fieldDomId('refund.deductions');
  }

  const groupError = form.errorFor('refund.deductions');
  return (
    <div className="deductions">
      {rows.map((row, index) => {
        const base = `refund.deductions.${index}`;
        const reasonWarning =
          form.cardWarnings.has(`${base}.reason`) && form.errorFor(`${base}.reason`) === undefined
            ? t('form.fullCardWarning')
            : undefined;
        return (
          <fieldset key={row.key} className="deduction">
            <legend className="visually-hidden">{t('form.deductionRow', { index: index + 1 })}</legend>
            <Field path={`${base}.kind`} label={t('form.deductionKind')}>
              <select
                id={fieldDomId(`${base}.kind`)}
                className="input"
                value={row.kind}
                data-nav=""
                onChange={(event) => {
                  const kind = event.target.value;
                  if (isKind(kind)) setRow(index, { kind }, `${base}.kind`);
                }}
              >
                {DEDUCTION_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`deductionKind.${kind}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field path={`${base}.amount`} label={t('form.deductionAmount')} error={form.errorFor(`${base}.amount`)}>
              <AmountInput
                path={`${base}.amount`}
                value={row.amount}
                error={form.errorFor(`${base}.amount`)}
                onChange={(amount) => setRow(index, { amount }, `${base}.amount`)}
                onBlur={() => form.markVisited(`${base}.amount`)}
              />
            </Field>
            <Field
              path={`${base}.reason`}
              label={t('form.deductionReason')}
              error={form.errorFor(`${base}.reason`)}
              warning={reasonWarning}
              className="deduction__reason"
            >
              <TextInput
                path={`${base}.reason`}
                value={row.reason}
                error={form.errorFor(`${base}.reason`)}
                warning={reasonWarning !== undefined}
                placeholder={t('form.deductionReasonPlaceholder')}
                maxLength={500}
                onChange={(reason) => setRow(index, { reason }, `${base}.reason`)}
                onBlur={() => form.markVisited(`${base}.reason`)}
              />
            </Field>
            <button
              type="button"
              className="button button--quiet button--icon deduction__remove"
              aria-label={`${t('form.removeDeduction')}（${t('form.deductionRow', { index: index + 1 })}）`}
              title={t('form.removeDeduction')}
              onClick={() => removeRow(index)}
            >
              ✕
            </button>
          </fieldset>
        );
      })}
      {groupError === undefined ? null : (
        <p className="field__error" role="alert">
          {errorMessage(i18n, groupError)}
        </p>
      )}
      <button
        id={fieldDomId('refund.deductions')}
        type="button"
        className="button button--small"
        disabled={rows.length >= 10}
        onClick={addRow}
      >
        + {t('form.addDeduction')}
      </button>
    </div>
  );
}
