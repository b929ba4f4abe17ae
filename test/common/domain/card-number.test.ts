import { describe, expect, it } from 'vitest';
import {
  containsFullCardNumber,
  fieldHoldsFullCardNumber,
  passesLuhn,
} from '../../../electron/common/domain/card-number';

describe('passesLuhn', () => {
  it.each([
    ['4111111111111111', true],
    ['5555555555554444', true],
    ['6222021234567890128', true],
    ['1234567890123450', false],
    ['6222021234567890', false],
  ])('%s → %s', (digits, expected) => {
    expect(passesLuhn(digits)).toBe(expected);
  });
});

describe('containsFullCardNumber flags a full card number in any form', () => {
  it.each([
    ['Visa test PAN', '4111111111111111'],
    ['spaced in fours', '4111 1111 1111 1111'],
    ['19-digit UnionPay with dashes', '6222-0212-3456-7890-128'],
    ['19-digit UnionPay plain', '6222021234567890128'],
    ['full-width digits', '４１１１１１１１１１１１１１１１'],
    ['full-width with ideographic spaces', '４１１１\u3000１１１１\u3000１１１１\u3000１１１１'],
    ['inside a note', '顾客说卡号是6222021234567890128，要求退到这张卡'],
    ['Mastercard test PAN after text', 'card 5555-5555-5555-4444 please'],
  ])('%s', (_label, text) => {
    expect(containsFullCardNumber(text)).toBe(true);
  });
});

describe('containsFullCardNumber leaves other identifiers alone', () => {
  it.each([
    ['28-digit WeChat transaction number', '4200001234202611061234567890'],
    ['28-digit Alipay trade number', '2026110622001412341234567890'],
    ['mobile phone', '13800138000'],
    ['mobile phone with dashes', '138-0013-8000'],
    ['12-digit reference number', '123456789012'],
    ['16-digit number failing Luhn', '1234567890123450'],
    ['last four only', '**** 1234'],
    ['amount', '¥1,234.50'],
    ['a date and time', '2026-11-06 14:30'],
    ['empty', ''],
  ])('%s', (_label, text) => {
    expect(containsFullCardNumber(text)).toBe(false);
  });
});

describe('fieldHoldsFullCardNumber', () => {
  // 898440358120031 is a plausible merchant number that happens to pass the Luhn check.
  it('accepts a 15-digit merchant number in the merchant-number field', () => {
    expect(passesLuhn('898440358120031')).toBe(true);
    expect(fieldHoldsFullCardNumber('payment.ids.merchantNo', '898440358120031')).toBe(false);
  });

  it('still refuses the same digits anywhere else, and card-length values in the merchant field', () => {
    expect(fieldHoldsFullCardNumber('payment.ids.referenceNo', '898440358120031')).toBe(true);
    expect(fieldHoldsFullCardNumber('refund.note', '898440358120031')).toBe(true);
    expect(fieldHoldsFullCardNumber('payment.ids.merchantNo', '4111111111111111')).toBe(true);
  });
});
