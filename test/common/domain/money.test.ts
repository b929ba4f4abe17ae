import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../electron/common/domain/errors';
import type { ErrorCode } from '../../../electron/common/domain/errors';
import { MAX_FEN, fen, formatYuan, formatYuanPlain, parseAmount } from '../../../electron/common/domain/money';

function codeOf(input: string): ErrorCode | undefined {
  try {
    parseAmount(input);
    return undefined;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe('parseAmount accepts what people type (RELIABILITY §4)', () => {
  it.each([
    ['123', 12_300],
    ['123.4', 12_340],
    ['123.45', 12_345],
    ['¥1,234.50', 123_450],
    ['￥1,234.50', 123_450],
    ['１２３', 12_300],
    ['１２３．４５', 12_345],
    ['  ¥ 9.90 ', 990],
    ['0.01', 1],
    ['1,000,000', 100_000_000],
  ])('%s → %i fen', (input, expected) => {
    expect(parseAmount(input)).toBe(expected);
  });

  it('accepts the largest allowed amount exactly', () => {
    expect(parseAmount('100,000,000.00')).toBe(MAX_FEN);
  });
});

describe('parseAmount refuses with a code the UI can translate', () => {
  it.each<[string, ErrorCode]>([
    ['', 'amount_empty'],
    ['   ', 'amount_empty'],
    ['¥', 'amount_empty'],
    ['-5', 'amount_not_positive'],
    ['-0.01', 'amount_not_positive'],
    ['0', 'amount_not_positive'],
    ['0.00', 'amount_not_positive'],
    ['1.234', 'amount_too_many_decimals'],
    ['1e21', 'amount_invalid'],
    ['0x10', 'amount_invalid'],
    ['NaN', 'amount_invalid'],
    ['Infinity', 'amount_invalid'],
    ['1,23', 'amount_invalid'],
    ['12,34.5', 'amount_invalid'],
    ['.5', 'amount_invalid'],
    ['12 34', 'amount_invalid'],
    ['100000000.01', 'amount_too_large'],
    ['99999999999999999999999', 'amount_too_large'],
  ])('%j → %s', (input, code) => {
    expect(codeOf(input)).toBe(code);
  });

  it('names the field it was given', () => {
    expect(() => parseAmount('abc', 'refund.amount')).toThrow(expect.objectContaining({ field: 'refund.amount' }));
  });

  it('never goes through floating point: 0.07 + 0.1 style values stay exact', () => {
    expect(parseAmount('1234567.89')).toBe(123_456_789);
    expect(parseAmount('0.29')).toBe(29);
  });
});

describe('formatYuan', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [990, '9.90'],
    [123_456, '1,234.56'],
    [399_900, '3,999.00'],
    [100_000_000, '1,000,000.00'],
    [-150, '-1.50'],
  ])('%i → %s', (value, text) => {
    expect(formatYuan(fen(value))).toBe(text);
  });

  it('round-trips through parseAmount', () => {
    for (const value of [1, 99, 100, 12_345, 123_456_789]) expect(parseAmount(formatYuan(fen(value)))).toBe(value);
  });

  it('formatYuanPlain gives the input-field form', () => {
    expect(formatYuanPlain(fen(123_456))).toBe('1234.56');
    expect(formatYuanPlain(fen(7))).toBe('0.07');
  });

  it('fen() refuses a non-integer', () => {
    expect(() => fen(1.5)).toThrow();
  });
});
