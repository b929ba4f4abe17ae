import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../electron/common/domain/errors';
import { fen } from '../../../electron/common/domain/money';
import { validateCreateRefund } from '../../../electron/common/domain/validate-refund';
import type { CreateRefundInput } from '../../../electron/common/ipc/contract';

// 10:00 on 20 November 2026 in Shanghai.
const NOW = new Date('2026-11-20T02:00:00.000Z');

function input(patch: { payment?: Partial<CreateRefundInput['payment']>; refund?: Partial<CreateRefundInput['refund']> } = {}): CreateRefundInput {
  return {
    requestId: 'req-1',
    payment: {
      channel: 'unionpay_debit',
      paidAt: '2026-11-19T15:20',
      amount: fen(12_900),
      ids: { referenceNo: '152000123456', voucherNo: '000321', cardLast4: '1234' },
      ...patch.payment,
    },
    refund: { type: 'card_refund', amount: fen(12_900), deductions: [], operator: '店长', ...patch.refund },
  };
}

function errorOf(value: CreateRefundInput): DomainError {
  try {
    validateCreateRefund(value, NOW);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('validateCreateRefund: full card numbers anywhere', () => {
  it.each([
    ['payment.ids.referenceNo', input({ payment: { ids: { referenceNo: '6222021234567890128' } } })],
    ['payment.ids.cardLast4', input({ payment: { ids: { cardLast4: '4111 1111 1111 1111' } } })],
    ['refund.note', input({ refund: { note: '卡号 4111-1111-1111-1111' } })],
    ['refund.customerName', input({ refund: { customerName: '４１１１１１１１１１１１１１１１' } })],
    ['refund.deductions.0.reason', input({ refund: { deductions: [{ kind: 'fee', amount: fen(100), reason: '5555555555554444' }] } })],
    ['refund.operator', input({ refund: { operator: '5555 5555 5555 4444' } })],
    // Even in a field the channel does not show: the text reached the app and must not be stored.
    ['payment.ids.transactionNo', input({ payment: { ids: { transactionNo: '4111111111111111' } } })],
  ])('%s', (field, value) => {
    const error = errorOf(value);
    expect(error.code).toBe('full_card_number');
    expect(error.field).toBe(field);
  });

  it('does not scan the machine-made requestId (a UUID can hold a Luhn-valid digit run)', () => {
    expect(() => validateCreateRefund({ ...input(), requestId: '41111111-1111-1111-a111-111111111111' }, NOW)).not.toThrow();
  });

  it('leaves a 28-digit WeChat transaction number alone', () => {
    const value = input({ payment: { channel: 'wechat', ids: { transactionNo: '4200001234202611061234567890' } }, refund: { type: 'qr_refund' } });
    expect(validateCreateRefund(value, NOW).payment.ids.transactionNo).toBe('4200001234202611061234567890');
  });
});

describe('validateCreateRefund: dates', () => {
  it('refuses a date that does not exist', () => {
    const error = errorOf(input({ payment: { paidAt: '2024-02-30T10:00' } }));
    expect([error.code, error.field]).toEqual(['date_invalid', 'payment.paidAt']);
  });

  it('allows ten minutes of clock skew, not more', () => {
    expect(() => validateCreateRefund(input({ payment: { paidAt: '2026-11-20T10:10' } }), NOW)).not.toThrow();
    const error = errorOf(input({ payment: { paidAt: '2026-11-20T10:11' } }));
    expect([error.code, error.field, error.params]).toEqual(['date_in_future', 'payment.paidAt', { minutes: 10 }]);
  });
});

describe('validateCreateRefund: fields', () => {
  it.each([
    ['card_last4_invalid', 'payment.ids.cardLast4', input({ payment: { ids: { cardLast4: '123' } } })],
    ['card_last4_invalid', 'payment.ids.cardLast4', input({ payment: { ids: { cardLast4: '12a4' } } })],
    ['amount_not_positive', 'payment.amount', input({ payment: { amount: fen(0) } })],
    ['amount_not_positive', 'refund.amount', input({ refund: { amount: fen(0) } })],
    ['amount_not_positive', 'refund.deductions.0.amount', input({ refund: { deductions: [{ kind: 'fee', amount: fen(0), reason: '手续费' }] } })],
    ['required', 'refund.deductions.0.reason', input({ refund: { deductions: [{ kind: 'fee', amount: fen(10), reason: '　' }] } })],
    ['deductions_exceed_amount', 'refund.deductions', input({ refund: { deductions: [{ kind: 'depreciation', amount: fen(12_900), reason: '折旧' }] } })],
    ['required', 'refund.operator', input({ refund: { operator: '  ' } })],
    ['required', 'requestId', { ...input(), requestId: ' ' }],
    ['invalid_argument', 'refund.customerPhone', input({ refund: { customerPhone: '138 abc' } })],
    ['invalid_argument', 'refund.type', input({ payment: { channel: 'wechat' }, refund: { type: 'void' } })],
  ] as const)('%s on %s', (code, field, value) => {
    const error = errorOf(value);
    expect([error.code, error.field]).toEqual([code, field]);
  });

  it('accepts full-width last four digits', () => {
    expect(validateCreateRefund(input({ payment: { ids: { cardLast4: '１２３４' } } }), NOW).payment.ids.cardLast4).toBe('1234');
  });
});

describe('validateCreateRefund: normalising', () => {
  it('trims text, drops blank optional text and normalises the phone', () => {
    const valid = validateCreateRefund(
      input({
        refund: {
          customerName: '  张伟 ',
          customerPhone: '（１３８）0013 8000',
          note: '   ',
          operator: ' 小王 ',
          deductions: [{ kind: 'fee', amount: fen(77), reason: ' 手续费 ' }],
        },
      }),
      NOW,
    );
    expect(valid.refund.customerName).toBe('张伟');
    expect(valid.refund.customerPhone).toBe('13800138000');
    expect(valid.refund).not.toHaveProperty('note');
    expect(valid.refund.operator).toBe('小王');
    expect(valid.refund.deductions[0]?.reason).toBe('手续费');
  });

  it('keeps + and - in a phone number', () => {
    expect(validateCreateRefund(input({ refund: { customerPhone: '+86 138-0013-8000' } }), NOW).refund.customerPhone).toBe('+86138-0013-8000');
  });

  it('drops identifiers the channel does not show, and blank ones', () => {
    const valid = validateCreateRefund(
      input({ payment: { channel: 'cash', ids: { referenceNo: '152000123456', voucherNo: ' ' } }, refund: { type: 'cash_refund' } }),
      NOW,
    );
    expect(valid.payment.ids).toEqual({});
    const card = validateCreateRefund(input({ payment: { ids: { referenceNo: ' １５２０００１２３４５６ ', transactionNo: 'x', batchNo: '' } } }), NOW);
    expect(card.payment.ids).toEqual({ referenceNo: '152000123456' });
  });
});
