import { beforeAll, describe, expect, it } from 'vitest';
import { fen } from '../../../electron/common/domain/money';
import type { RefundListQuery } from '../../../electron/common/ipc/contract';
import type { RefundLedger } from '../../../electron/common/ledger/refund-ledger';
import { FixedClock } from '../../support/fixed-clock';
import { MemoryLedgerStore } from '../../support/memory-ledger-store';
import { openLedger, refundInput, wechat } from './ledger-harness';

let ledger: RefundLedger;
const numbers: Record<string, string> = {};

// Created on three different local days, oldest first.
beforeAll(async () => {
  const clock = new FixedClock('2026-11-18T03:00:00.000Z', 60_000);
  ({ ledger } = await openLedger(new MemoryLedgerStore(), clock));
  const card = await ledger.create(
    refundInput({ paidAt: '2026-11-17T15:20', paid: 129, refund: 12.5, customerName: '张伟', customerPhone: '138-0013-8000', ids: { referenceNo: '152000987654', voucherNo: '000777' } }),
  );
  numbers.card = card.refund.number;
  clock.set('2026-11-19T03:00:00.000Z');
  const qr = await ledger.create(wechat('4200001234202611191234567890', 300, 100, { paidAt: '2026-11-18T20:00', customerName: '王芳', customerPhone: '13912345678' }));
  numbers.qr = qr.refund.number;
  await ledger.advance({ id: qr.refund.id, to: 'done', actor: '店长' });
  clock.set('2026-11-20T03:00:00.000Z');
  const alipay = await ledger.create(
    refundInput({ channel: 'alipay', type: 'qr_refund', ids: { merchantOrderNo: 'AP261120001' }, paid: 59, refund: 59, deductions: [{ kind: 'fee', amount: fen(50), reason: '手续费' }] }),
  );
  numbers.alipay = alipay.refund.number;
});

const list = (query: Partial<RefundListQuery>) => ledger.list({ offset: 0, limit: 50, ...query });
const numbersOf = (query: Partial<RefundListQuery>) => list(query).items.map((item) => item.number);

describe('RefundLedger.list', () => {
  it('lists newest first with summaries', () => {
    const page = list({});
    expect(page.total).toBe(3);
    expect(page.items.map((item) => item.number)).toEqual([numbers.alipay, numbers.qr, numbers.card]);
    expect(page.items[2]).toMatchObject({ channel: 'unionpay_debit', mainIdentifier: '152000987654', amount: 1_250, net: 1_250, paidAt: '2026-11-17T15:20' });
  });

  it('pages by offset and limit', () => {
    expect(list({ offset: 1, limit: 1 })).toMatchObject({ total: 3, offset: 1, items: [{ number: numbers.qr }] });
    expect(list({ offset: 5, limit: 10 }).items).toEqual([]);
    expect(list({ text: '20261', offset: 2, limit: 1 }).items.map((item) => item.number)).toEqual([numbers.card]);
  });

  it('filters by status and channel', () => {
    expect(numbersOf({ status: 'done' })).toEqual([numbers.qr]);
    expect(numbersOf({ channel: 'alipay' })).toEqual([numbers.alipay]);
    expect(numbersOf({ channel: 'cash' })).toEqual([]);
  });

  it('filters by the local creation date, inclusive', () => {
    expect(numbersOf({ from: '2026-11-19' })).toEqual([numbers.alipay, numbers.qr]);
    expect(numbersOf({ to: '2026-11-19' })).toEqual([numbers.qr, numbers.card]);
    expect(numbersOf({ from: '2026-11-19', to: '2026-11-19' })).toEqual([numbers.qr]);
  });

  it.each([
    ['refund number, any case, partial', 'tk-202611-0002', ['qr']],
    ['reference number, partial', '98765', ['card']],
    ['voucher number', '000777', ['card']],
    ['transaction number, partial', '1234202611', ['qr']],
    ['merchant order number, lower case', 'ap2611', ['alipay']],
    ['amount 12.5', '12.5', ['card']],
    ['amount ¥12.50', '¥12.50', ['card']],
    ['amount with full-width yuan sign', '￥100', ['qr']],
    ['net after deductions', '58.50', ['alipay']],
    ['customer name, partial', '张', ['card']],
    ['phone tail', '8000', ['card']],
    ['phone tail typed with a dash', '1234-5678', ['qr']],
    ['nothing', '不存在', []],
  ])('finds by %s', (_label, text, expected) => {
    expect(numbersOf({ text })).toEqual(expected.map((key) => numbers[key]));
  });

  it('does not match the middle of a phone number', () => {
    expect(numbersOf({ text: '0013' })).toEqual([]);
  });

  it('combines filters', () => {
    expect(numbersOf({ text: '张伟', status: 'done' })).toEqual([]);
    expect(numbersOf({ text: '4200001234', status: 'done', channel: 'wechat' })).toEqual([numbers.qr]);
  });

  it('treats blank text as no filter', () => {
    expect(list({ text: '   ' }).total).toBe(3);
  });
});

describe('RefundLedger.lookupPayment', () => {
  it('finds a payment by its identifiers and reports what is left', () => {
    const result = ledger.lookupPayment({ channel: 'wechat', paidAt: '2026-11-19T08:00', ids: { transactionNo: '4200001234202611191234567890' } });
    expect(result).toMatchObject({ found: true, refundedNet: 10_000, remainder: 20_000, payment: { amount: 30_000 } });
    if (result.found) expect(result.refunds.map((refund) => refund.number)).toEqual([numbers.qr]);
  });

  it('finds a card payment only on the same paid date', () => {
    const ids = { referenceNo: '152000987654' };
    expect(ledger.lookupPayment({ channel: 'unionpay_credit', paidAt: '2026-11-17T00:00', ids }).found).toBe(true);
    expect(ledger.lookupPayment({ channel: 'unionpay_debit', paidAt: '2026-11-18T15:20', ids }).found).toBe(false);
  });

  it('finds nothing without identifiers', () => {
    expect(ledger.lookupPayment({ channel: 'cash', paidAt: '2026-11-19T15:20', ids: {} })).toEqual({ found: false });
  });
});
