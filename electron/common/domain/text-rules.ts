/**
 * Rules every free-text field shares: no full card number anywhere (PCI DSS 3.3/3.4, DOMAIN §3.9), required
 * text is trimmed and non-empty, optional text is dropped when blank so "  " never shows up as a value.
 */
import { fieldHoldsFullCardNumber } from './card-number';
import { DomainError } from './errors';

/**
 * Walks every string in `value` and refuses the first that holds a full card number, naming its field by
 * path (`payment.ids.referenceNo`, `refund.deductions.0.reason`). Runs before any other check, so a card
 * number typed into the wrong box is reported as what it is.
 */
export function refuseFullCardNumbers(value: unknown, path = ''): void {
  if (typeof value === 'string') {
    if (fieldHoldsFullCardNumber(path, value)) {
      throw new DomainError('full_card_number', 'Remove the full card number: keep only the last 4 digits.', {
        field: path,
      });
    }
    return;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) refuseFullCardNumbers(item, join(path, String(index)));
    return;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) refuseFullCardNumbers(item, join(path, key));
  }
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/** Trimmed text, or undefined when nothing but white space (full-width spaces included) was typed. */
export function optionalText(value: string | undefined): string | undefined {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? undefined : trimmed;
}

export function requiredText(value: string | undefined, field: string, message: string): string {
  const trimmed = optionalText(value);
  if (trimmed === undefined) throw new DomainError('required', message, { field });
  return trimmed;
}

/**
 * Phone numbers arrive as `138 0013 8000`, `(010)1234-5678`, full-width digits or `+86-…`: keep digits,
 * `+` and `-` so the phone-tail search works, and refuse letters instead of silently dropping them.
 */
export function normalisePhone(value: string | undefined, field: string): string | undefined {
  const compact = optionalText(value?.normalize('NFKC'))?.replace(/[\s().]/gu, '');
  if (compact === undefined || compact === '') return undefined;
  if (!/^[+\d-]+$/u.test(compact) || !/\d/u.test(compact)) {
    throw new DomainError('invalid_argument', 'A phone number has only digits, + and -.', { field });
  }
  return compact;
}

/** The digits of a phone number, for matching its tail. */
export function phoneDigits(phone: string | undefined): string {
  return phone === undefined ? '' : phone.replace(/\D/gu, '');
}
