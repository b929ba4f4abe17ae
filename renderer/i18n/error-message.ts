/**
 * Turns a WireError into the owner's language. Money params may arrive as pre-formatted yuan strings
 * (money.ts's convention) or as integer fen; both are shown as yuan. A message whose value did not arrive
 * falls back to its bare wording rather than showing `{{remainder}}` to a customer.
 */
import type { i18n } from 'i18next';
import { assertNever } from '../../electron/common/domain/errors';
import type { ErrorCode, WireError } from '../../electron/common/domain/errors';
import { formatYuan, fen } from '../../electron/common/domain/money';
import './resources';

type BareCode =
  | 'too_long'
  | 'amount_too_large'
  | 'exceeds_remainder'
  | 'exceeds_payment'
  | 'payment_amount_mismatch'
  | 'void_must_be_full'
  | 'refund_window_passed'
  | 'too_many_partial_refunds'
  | 'possible_duplicate';

const NEEDS: { readonly [C in BareCode]: { readonly param: string; readonly money: boolean } } = {
  too_long: { param: 'max', money: false },
  amount_too_large: { param: 'max', money: true },
  exceeds_remainder: { param: 'remainder', money: true },
  exceeds_payment: { param: 'payment', money: true },
  payment_amount_mismatch: { param: 'recorded', money: true },
  void_must_be_full: { param: 'payment', money: true },
  refund_window_passed: { param: 'days', money: false },
  too_many_partial_refunds: { param: 'max', money: false },
  possible_duplicate: { param: 'number', money: false },
};

function isBareCode(code: ErrorCode): code is BareCode {
  return code in NEEDS;
}

function moneyText(value: string | number): string {
  return typeof value === 'number' && Number.isSafeInteger(value) ? formatYuan(fen(value)) : String(value);
}

/** Messages that need two or more values: all of them arrived, or the bare wording. */
const MULTI: { readonly settlement_exists: readonly string[]; readonly value_out_of_range: readonly string[] } = {
  settlement_exists: ['account', 'date'],
  value_out_of_range: ['min', 'max'],
};

function withParams(instance: i18n, code: 'settlement_exists' | 'value_out_of_range', error: WireError): string {
  const values: Record<string, string> = {};
  for (const param of MULTI[code]) {
    const value = error.params?.[param];
    if (value === undefined) return instance.t(`errorsBare.${code}`);
    values[param] = String(value);
  }
  return code === 'settlement_exists'
    ? instance.t('errors.settlement_exists', { account: values['account'] ?? '', date: values['date'] ?? '' })
    : instance.t('errors.value_out_of_range', { min: values['min'] ?? '', max: values['max'] ?? '' });
}

export function errorMessage(instance: i18n, error: WireError): string {
  const code = error.code;
  if (code === 'invalid_argument' && error.field?.endsWith('customerPhone') === true) {
    return instance.t('errorsByField.customerPhone');
  }
  // The wait is always sent with pin_backoff; a few seconds is the honest fallback.
  if (code === 'pin_backoff') return instance.t('errors.pin_backoff', { seconds: String(error.params?.['seconds'] ?? 5) });
  if (code === 'settlement_exists' || code === 'value_out_of_range') return withParams(instance, code, error);
  if (!isBareCode(code)) return instance.t(`errors.${code}`);
  const need = NEEDS[code];
  const value = error.params?.[need.param];
  if (value === undefined) return instance.t(`errorsBare.${code}`);
  const shown = need.money ? moneyText(value) : String(value);
  switch (code) {
    case 'too_long':
      return instance.t('errors.too_long', { max: shown });
    case 'amount_too_large':
      return instance.t('errors.amount_too_large', { max: shown });
    case 'exceeds_remainder':
      return instance.t('errors.exceeds_remainder', { remainder: shown });
    case 'exceeds_payment':
      return instance.t('errors.exceeds_payment', { payment: shown });
    case 'payment_amount_mismatch':
      return instance.t('errors.payment_amount_mismatch', { recorded: shown });
    case 'void_must_be_full':
      return instance.t('errors.void_must_be_full', { payment: shown });
    case 'refund_window_passed':
      return instance.t('errors.refund_window_passed', { days: shown });
    case 'too_many_partial_refunds':
      return instance.t('errors.too_many_partial_refunds', { max: shown });
    case 'possible_duplicate':
      return instance.t('errors.possible_duplicate', { number: shown });
    default:
      return assertNever(code);
  }
}
