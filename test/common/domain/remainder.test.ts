import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../electron/common/domain/errors';
import { fen } from '../../../electron/common/domain/money';
import {
  checkRefundAmounts,
  checkRetry,
  computeNet,
  refundedNetOf,
  remainderOf,
} from '../../../electron/common/domain/remainder';
import type { Deduction, Refund, RefundStatus, RefundType } from '../../../electron/common/domain/types';

function refund(id: string, net: number, status: RefundStatus, type: RefundType = 'card_refund'): Refund {
  return {
    id,
    number: `TK-202611-${id}`,
    requestId: `q-${id}`,
    paymentId: 'p',
    type,
    amount: fen(net),
    deductions: [],
    net: fen(net),
    operator: '店长',
    status,
    createdAt: '2026-11-01T02:00:00.000Z',
    updatedAt: '2026-11-01T02:00:00.000Z',
    events: [],
  };
}

const deduction = (amount: number, reason = '折旧'): Deduction => ({ kind: 'depreciation', amount: fen(amount), reason });

function thrown(action: () => unknown): DomainError {
  try {
    action();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('computeNet', () => {
  it('is amount minus the deductions', () => {
    expect(computeNet(fen(10_000), [deduction(1_000), { kind: 'fee', amount: fen(60), reason: '手续费' }])).toBe(8_940);
    expect(computeNet(fen(10_000), [])).toBe(10_000);
  });

  it('refuses deductions that take the whole amount', () => {
    const error = thrown(() => computeNet(fen(1_000), [deduction(600), deduction(400)]));
    expect(error.code).toBe('deductions_exceed_amount');
    expect(error.field).toBe('refund.deductions');
    expect(error.params).toEqual({ amount: '10.00', deductions: '10.00' });
  });

  it('refuses a zero deduction and names it', () => {
    const error = thrown(() => computeNet(fen(1_000), [deduction(100), deduction(0)]));
    expect([error.code, error.field]).toEqual(['amount_not_positive', 'refund.deductions.1.amount']);
  });

  it('needs a reason for every deduction', () => {
    const error = thrown(() => computeNet(fen(1_000), [deduction(100, '  ')]));
    expect([error.code, error.field]).toEqual(['required', 'refund.deductions.0.reason']);
  });

  it('refuses a zero amount', () => {
    expect(thrown(() => computeNet(fen(0), [])).code).toBe('amount_not_positive');
  });
});

describe('remainder', () => {
  it('counts net of refunds that have not failed', () => {
    const refunds = [refund('1', 1_000, 'arrived'), refund('2', 500, 'failed'), refund('3', 300, 'recorded'), refund('4', 200, 'done')];
    expect(refundedNetOf(refunds)).toBe(1_500);
    expect(remainderOf(fen(10_000), refunds)).toBe(8_500);
  });

  const base = { paymentAmount: fen(10_000), type: 'card_refund' as const, deductions: [] };

  it('allows refunds up to the remainder exactly', () => {
    expect(checkRefundAmounts({ ...base, siblings: [refund('1', 7_000, 'done')], amount: fen(3_000) })).toBe(3_000);
  });

  it('refuses one fen over the remainder, with the remainder formatted', () => {
    const error = thrown(() => checkRefundAmounts({ ...base, siblings: [refund('1', 7_000, 'done')], amount: fen(3_001) }));
    expect(error.code).toBe('exceeds_remainder');
    expect(error.field).toBe('refund.amount');
    expect(error.params).toEqual({ remainder: '30.00' });
  });

  it('checks the net, not the gross, against the remainder', () => {
    const siblings = [refund('1', 7_000, 'done')];
    expect(checkRefundAmounts({ ...base, siblings, amount: fen(4_000), deductions: [deduction(1_000)] })).toBe(3_000);
  });

  it('ignores failed refunds', () => {
    expect(checkRefundAmounts({ ...base, siblings: [refund('1', 10_000, 'failed')], amount: fen(10_000) })).toBe(10_000);
  });

  it('refuses an amount above the payment even with deductions', () => {
    const error = thrown(() => checkRefundAmounts({ ...base, siblings: [], amount: fen(10_001), deductions: [deduction(5)] }));
    expect(error.code).toBe('exceeds_payment');
    expect(error.params).toEqual({ payment: '100.00' });
  });
});

describe('void', () => {
  const check = (amount: number, siblings: Refund[] = [], deductions: Deduction[] = []) =>
    checkRefundAmounts({ paymentAmount: fen(10_000), siblings, type: 'void', amount: fen(amount), deductions });

  it('is the full amount with nothing refunded before', () => {
    expect(check(10_000)).toBe(10_000);
  });

  it.each([
    ['a partial amount', () => check(9_999), 'refund.amount'],
    ['deductions', () => check(10_000, [], [deduction(100)]), 'refund.deductions'],
    ['an earlier refund', () => check(10_000, [refund('1', 100, 'arrived')]), 'refund.type'],
  ])('refuses %s', (_label, action, field) => {
    const error = thrown(action);
    expect(error.code).toBe('void_must_be_full');
    expect(error.field).toBe(field);
  });

  it('is still possible after an earlier refund failed', () => {
    expect(check(10_000, [refund('1', 10_000, 'failed')])).toBe(10_000);
  });
});

describe('checkRetry', () => {
  it('passes when the room is still there', () => {
    const failed = refund('1', 6_000, 'failed');
    expect(() => checkRetry(failed, fen(10_000), [failed, refund('2', 4_000, 'arrived')])).not.toThrow();
  });

  it('refuses when another refund used the room meanwhile', () => {
    const failed = refund('1', 6_000, 'failed');
    const error = thrown(() => checkRetry(failed, fen(10_000), [failed, refund('2', 5_000, 'done')]));
    expect(error.code).toBe('exceeds_remainder');
    expect(error.params).toEqual({ remainder: '50.00' });
  });

  it('refuses a void retry once part of the payment was refunded', () => {
    const failed = refund('1', 10_000, 'failed', 'void');
    expect(thrown(() => checkRetry(failed, fen(10_000), [failed, refund('2', 100, 'recorded')])).code).toBe('void_must_be_full');
  });
});
