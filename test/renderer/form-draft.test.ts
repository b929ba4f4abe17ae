import { describe, expect, it } from 'vitest';
import type { Channel } from '../../electron/common/domain/types';
import {
  checkAmount,
  defaultRefundAmount,
  emptyDraft,
  fieldOrder,
  hasTypedSomething,
  liveNet,
  placeError,
  toCreateInput,
  validateDraft,
} from '../../renderer/features/refunds/form/form-draft';
import type { RefundDraft } from '../../renderer/features/refunds/form/form-draft';
import { fen } from '../../electron/common/domain/money';

function draft(patch: Partial<RefundDraft> = {}, channel: Channel = 'unionpay_debit'): RefundDraft {
  return {
    ...emptyDraft({ channel, paidAt: '2026-11-20T10:30', operator: '店长' }),
    paidAmount: '100',
    refundAmount: '100',
    ...patch,
  };
}

describe('checkAmount', () => {
  it.each([
    ['123', 12300],
    ['123.4', 12340],
    ['¥1,234.50', 123450],
    ['￥1,234.50', 123450],
    ['１２３．４５', 12345],
    [' 0.01 ', 1],
  ])('reads %s as %i fen', (text, value) => {
    expect(checkAmount(text, 'payment.amount')).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'amount_empty'],
    ['abc', 'amount_invalid'],
    ['0', 'amount_not_positive'],
    ['-5', 'amount_not_positive'],
    ['12.345', 'amount_too_many_decimals'],
    ['1e21', 'amount_invalid'],
    ['0x10', 'amount_invalid'],
    ['NaN', 'amount_invalid'],
    ['999999999999', 'amount_too_large'],
  ])('refuses %j with %s at the field it was given', (text, code) => {
    const check = checkAmount(text, 'refund.deductions.0.amount');
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.error.code).toBe(code);
      expect(check.error.field).toBe('refund.deductions.0.amount');
    }
  });
});

describe('emptyDraft', () => {
  it.each([
    ['unionpay_debit', 'card_refund'],
    ['wechat', 'qr_refund'],
    ['cash', 'cash_refund'],
    ['other', 'other'],
  ] as const)('starts a %s payment with the refund type %s', (channel, type) => {
    expect(emptyDraft({ channel, paidAt: '2026-11-20T10:30', operator: '店长' }).type).toBe(type);
  });

  it('counts only what the person typed as worth a "discard?" question', () => {
    const fresh = emptyDraft({ channel: 'wechat', paidAt: '2026-11-20T10:30', operator: '店长' });
    expect(hasTypedSomething(fresh)).toBe(false);
    expect(hasTypedSomething({ ...fresh, note: '  ' })).toBe(false);
    expect(hasTypedSomething({ ...fresh, ids: { transactionNo: '42' } })).toBe(true);
    expect(hasTypedSomething({ ...fresh, paidAmount: '1' })).toBe(true);
  });
});

describe('liveNet', () => {
  it('subtracts deductions as they are typed and waits while one is not a number', () => {
    const rows = [
      { key: 'a', kind: 'fee' as const, amount: '1.50', reason: '手续费' },
      { key: 'b', kind: 'depreciation' as const, amount: '', reason: '' },
    ];
    expect(liveNet(draft({ refundAmount: '¥1,234.50', deductions: rows }))).toBe(123300);
    expect(liveNet(draft({ deductions: [{ key: 'c', kind: 'other', amount: '1.2.3', reason: '' }] }))).toBeUndefined();
    expect(liveNet(draft({ refundAmount: '' }))).toBeUndefined();
  });
});

describe('validateDraft', () => {
  it('accepts a complete card refund', () => {
    expect(validateDraft(draft({ ids: { referenceNo: '412345678901', cardLast4: '1234' } }))).toEqual({});
  });

  it('finds a full card number in any free-text field, with separators or full-width digits', () => {
    const errors = validateDraft(
      draft({
        note: '卡号 4111 1111 1111 1111',
        customerName: '４１１１１１１１１１１１１１１１',
        ids: { referenceNo: '4111-1111-1111-1111' },
        deductions: [{ key: 'a', kind: 'fee', amount: '1', reason: '4111111111111111' }],
      }),
    );
    expect(Object.keys(errors).sort()).toEqual([
      'payment.ids.referenceNo',
      'refund.customerName',
      'refund.deductions.0.reason',
      'refund.note',
    ]);
    expect(Object.values(errors).every((error) => error.code === 'full_card_number')).toBe(true);
  });

  it('does not mistake a 28-digit WeChat transaction number for a card', () => {
    expect(validateDraft(draft({ ids: { transactionNo: '4200001234202611201234567890' } }, 'wechat'))).toEqual({});
  });

  it('ignores identifiers the channel does not show', () => {
    // A card number left in a hidden field after switching channel is neither checked nor sent.
    const wechat = draft({ ids: { referenceNo: '4111111111111111', cardLast4: 'abcd' } }, 'wechat');
    expect(validateDraft(wechat)).toEqual({});
    expect(toCreateInput(wechat, 'r1').payment.ids).toEqual({});
  });

  it('wants exactly four digits for the card tail', () => {
    expect(validateDraft(draft({ ids: { cardLast4: '12a4' } }))['payment.ids.cardLast4']?.code).toBe('card_last4_invalid');
    expect(validateDraft(draft({ ids: { cardLast4: '１２３４' } }))).toEqual({});
  });

  it('asks for a reason for every deduction and keeps the net above zero', () => {
    const errors = validateDraft(
      draft({ refundAmount: '10', deductions: [{ key: 'a', kind: 'depreciation', amount: '10', reason: ' ' }] }),
    );
    expect(errors['refund.deductions.0.reason']?.code).toBe('required');
    expect(errors['refund.deductions']?.code).toBe('deductions_exceed_amount');
  });

  it('refuses a refund larger than the payment, naming the payment amount', () => {
    const error = validateDraft(draft({ paidAmount: '50', refundAmount: '60' }))['refund.amount'];
    expect(error?.code).toBe('exceeds_payment');
    expect(error?.params).toEqual({ payment: 5000 });
  });

  it('applies the app rule for phone numbers', () => {
    expect(validateDraft(draft({ customerPhone: '138 0013 8000' }))).toEqual({});
    expect(validateDraft(draft({ customerPhone: '138abc' }))['refund.customerPhone']?.code).toBe('invalid_argument');
  });
});

describe('toCreateInput', () => {
  it('sends integer fen, trimmed text, and leaves blank optional fields out', () => {
    const input = toCreateInput(
      draft({
        paidAmount: '¥1,234.50',
        refundAmount: '1234.5',
        ids: { referenceNo: ' 412345678901 ', voucherNo: '' },
        deductions: [{ key: 'a', kind: 'depreciation', amount: '100', reason: ' 用过两周 ' }],
        customerName: '  ',
        customerPhone: '13800138000',
      }),
      'request-1',
    );
    expect(input).toEqual({
      requestId: 'request-1',
      payment: { channel: 'unionpay_debit', paidAt: '2026-11-20T10:30', amount: 123450, ids: { referenceNo: '412345678901' } },
      refund: {
        type: 'card_refund',
        amount: 123450,
        deductions: [{ kind: 'depreciation', amount: 10000, reason: '用过两周' }],
        operator: '店长',
        customerPhone: '13800138000',
      },
    });
    expect('customerName' in input.refund).toBe(false);
    expect('note' in input.refund).toBe(false);
  });
});

describe('defaultRefundAmount', () => {
  it('follows the amount paid, or what remains of a known payment', () => {
    expect(defaultRefundAmount('¥1,234.5', undefined)).toBe('1234.50');
    expect(defaultRefundAmount('100', fen(4000))).toBe('40.00');
    expect(defaultRefundAmount('', fen(4000))).toBe('40.00');
    expect(defaultRefundAmount('30', fen(4000))).toBe('30.00');
    expect(defaultRefundAmount('abc', undefined)).toBe('');
  });
});

describe('placeError', () => {
  const order = fieldOrder(draft({ deductions: [{ key: 'a', kind: 'fee', amount: '1', reason: 'x' }] }));

  it('puts an app error on its own field, else on the nearest one the form shows', () => {
    expect(placeError('payment.ids.referenceNo', order)).toBe('payment.ids.referenceNo');
    expect(placeError('refund.deductions.0.reason', order)).toBe('refund.deductions.0.reason');
    expect(placeError('refund.deductions.3', order)).toBe('refund.deductions');
    expect(placeError('payment', order)).toBeUndefined();
    expect(placeError(undefined, order)).toBeUndefined();
  });

  it('lists only the identifier fields of the chosen channel', () => {
    expect(fieldOrder(draft({}, 'cash')).some((path) => path.startsWith('payment.ids.'))).toBe(false);
    expect(fieldOrder(draft({}, 'alipay')).filter((path) => path.startsWith('payment.ids.'))).toEqual([
      'payment.ids.transactionNo',
      'payment.ids.merchantOrderNo',
    ]);
  });
});
