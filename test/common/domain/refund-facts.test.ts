import { describe, expect, it } from 'vitest';
import { fen } from '../../../electron/common/domain/money';
import { refundFacts, verifyRefundHistory } from '../../../electron/common/domain/refund-facts';
import type { Payment } from '../../../electron/common/domain/types';
import { newRefund } from '../../../electron/common/ledger/refund-records';
import { nodeHasher } from '../../support/node-hasher';

const payment: Payment = {
  id: 'p1',
  channel: 'unionpay_debit',
  paidAt: '2026-11-20T14:05',
  amount: fen(50_000),
  ids: { referenceNo: '123456789012', voucherNo: '000123', cardLast4: '1234' },
  matchKey: 'card:ref:123456789012',
  createdAt: '2026-11-20T06:10:00.000Z',
};

const refund = newRefund({
  id: 'r1',
  number: 'TK-202611-0001',
  requestId: 'q1',
  payment,
  input: {
    type: 'card_refund',
    amount: fen(20_000),
    deductions: [{ kind: 'depreciation', amount: fen(1_000), reason: '已拆封' }],
    customerName: '张三',
    operator: '店长',
  },
  net: fen(19_000),
  now: new Date('2026-11-21T02:00:00.000Z'),
  hasher: nodeHasher,
});

describe('refund facts in the hash chain', () => {
  it('puts the facts hash on the created event and verifies', () => {
    expect(refund.events[0]?.facts).toBe(refundFacts(refund, payment, nodeHasher));
    expect(verifyRefundHistory(refund, payment, nodeHasher)).toBe(true);
  });

  it.each([
    ['the net', { net: fen(29_000) }],
    ['the amount', { amount: fen(30_000) }],
    ['a deduction', { deductions: [{ kind: 'depreciation' as const, amount: fen(1), reason: '已拆封' }] }],
    ['the number', { number: 'TK-202611-0002' }],
  ])('detects a changed %s', (_label, change) => {
    expect(verifyRefundHistory({ ...refund, ...change }, payment, nodeHasher)).toBe(false);
  });

  it("detects a changed payment amount or reference number", () => {
    expect(verifyRefundHistory(refund, { ...payment, amount: fen(90_000) }, nodeHasher)).toBe(false);
    expect(verifyRefundHistory(refund, { ...payment, ids: { ...payment.ids, referenceNo: '999999999999' } }, nodeHasher)).toBe(false);
  });

  it('survives erasing the customer name and phone (privacy erasure must not break evidence)', () => {
    const { customerName: _name, ...erased } = refund;
    expect(verifyRefundHistory(erased, payment, nodeHasher)).toBe(true);
  });
});
