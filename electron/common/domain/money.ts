import { DomainError } from './errors';

/** Money is always an integer number of fen (分). The brand stops a yuan float from sneaking in. */
export type Fen = number & { readonly __brand: 'Fen' };

/** ¥100,000,000.00 — far above any single shop payment, far below Number.MAX_SAFE_INTEGER. */
export const MAX_FEN = 10_000_000_000 as Fen;

export function fen(value: number): Fen {
  if (!Number.isSafeInteger(value)) throw new Error(`Not an integer number of fen: ${value}`);
  return value as Fen;
}

export function addFen(a: Fen, b: Fen): Fen {
  return fen(a + b);
}

export function subFen(a: Fen, b: Fen): Fen {
  return fen(a - b);
}

export function sumFen(values: Iterable<Fen>): Fen {
  let total = 0;
  for (const value of values) total += value;
  return fen(total);
}

// Digits with optional thousands separators in groups of three, then up to any number of decimals
// (the decimal count is checked separately so "1.234" gets its own message).
const AMOUNT_PATTERN = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?$/;

/**
 * Parses what a person types into an amount field. NFKC first, so full-width `１２３．４５` and `￥` work.
 * Never goes through parseFloat: the digits are split and combined as integers.
 */
export function parseAmount(input: string, field = 'amount'): Fen {
  const text = input.normalize('NFKC').trim().replace(/^[¥￥]\s*/u, '').trim();
  if (text === '') throw new DomainError('amount_empty', 'Enter an amount.', { field });
  if (text.startsWith('-')) throw new DomainError('amount_not_positive', 'The amount must be more than zero.', { field });
  const match = AMOUNT_PATTERN.exec(text);
  if (match === null) throw new DomainError('amount_invalid', `Not an amount: ${input}`, { field });
  const whole = (match[1] ?? '').replaceAll(',', '');
  const decimals = match[2] ?? '';
  if (decimals.length > 2) {
    throw new DomainError('amount_too_many_decimals', 'Use at most two decimal places (fen).', { field });
  }
  // Long runs of digits would lose precision as a number; anything that long is above the cap anyway.
  if (whole.replace(/^0+/, '').length > 11) {
    throw new DomainError('amount_too_large', 'The amount is too large.', { field, params: { max: formatYuan(MAX_FEN) } });
  }
  const value = Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
  if (value === 0) throw new DomainError('amount_not_positive', 'The amount must be more than zero.', { field });
  if (value > MAX_FEN) {
    throw new DomainError('amount_too_large', 'The amount is too large.', { field, params: { max: formatYuan(MAX_FEN) } });
  }
  return fen(value);
}

/** `123456` → `1,234.56` (no currency sign; callers add `¥` where the layout wants it). */
export function formatYuan(amount: Fen): string {
  const negative = amount < 0;
  const abs = Math.abs(amount);
  const whole = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (abs % 100).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${whole}.${cents}`;
}

/** `123456` → `1234.56`, the plain form that goes back into an input field. */
export function formatYuanPlain(amount: Fen): string {
  return `${Math.floor(amount / 100)}.${(amount % 100).toString().padStart(2, '0')}`;
}
