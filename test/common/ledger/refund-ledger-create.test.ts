import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../electron/common/domain/errors';
import { verifyChain } from '../../../electron/common/domain/hash-chain';
import { fen } from '../../../electron/common/domain/money';
import { nodeHasher } from '../../support/node-hasher';
import { MemoryLedgerStore } from '../../support/memory-ledger-store';
import { openLedger, refundInput, wechat } from './ledger-harness';

describe('RefundLedger.create', () => {
  it('records a refund with its payment in the payment month partition', async () => {
    const { ledger, store } = await openLedger();
    const detail = await ledger.create(refundInput({ paid: 129, refund: 29.9, note: '手机壳尺寸不对', customerName: '张伟' }));
    expect(detail.refund).toMatchObject({ number: 'TK-202611-0001', status: 'recorded', amount: 2_990, net: 2_990, note: '手机壳尺寸不对' });
    expect(detail.payment).toMatchObject({ channel: 'unionpay_debit', amount: 12_900, matchKey: 'card|ref:152000123456|2026-11-19' });
    expect(detail).toMatchObject({ refundedNet: 2_990, remainder: 9_910, chainValid: true, allowedTransitions: ['done', 'failed'] });
    expect(detail.refund.events).toHaveLength(1);
    expect(detail.refund.events[0]).toMatchObject({ seq: 1, kind: 'created', to: 'recorded', actor: '店长', note: '手机壳尺寸不对' });
    expect(store.commits).toHaveLength(1);
    expect(store.commits[0]).toMatchObject({ month: '2026-11' });
    expect(store.commits[0]?.payments).toHaveLength(1);
    expect(ledger.count).toBe(1);
  });

  it('files a refund of an October payment under October', async () => {
    const { ledger, store } = await openLedger();
    const detail = await ledger.create(refundInput({ paidAt: '2026-10-31T23:50' }));
    expect(store.commits[0]?.month).toBe('2026-10');
    // The number follows the month the refund was recorded, not the payment's.
    expect(detail.refund.number).toBe('TK-202611-0001');
  });

  it('is idempotent per requestId: the same request returns the first refund', async () => {
    const { ledger, store } = await openLedger();
    const input = refundInput({ requestId: 'form-42', refund: 10 });
    const [first, second] = await Promise.all([ledger.create(input), ledger.create(input)]);
    const third = await ledger.create({ ...input, requestId: ' form-42 ' });
    expect(second.refund.id).toBe(first.refund.id);
    expect(third.refund.id).toBe(first.refund.id);
    expect(ledger.count).toBe(1);
    expect(store.commits).toHaveLength(1);
  });

  it('numbers refunds in sequence within the month', async () => {
    const { ledger } = await openLedger();
    const a = await ledger.create(wechat('4200001111202611191111111111', 50));
    const b = await ledger.create(wechat('4200001111202611191111111112', 50));
    expect([a.refund.number, b.refund.number]).toEqual(['TK-202611-0001', 'TK-202611-0002']);
  });

  it('links a second refund to the same payment and counts the remainder across both', async () => {
    const { ledger, store } = await openLedger();
    await ledger.create(wechat('4200001111202611191111111111', 300, 100));
    const second = await ledger.create(wechat(' 4200001111202611191111111111 ', 300, 150));
    expect(second.paymentRefunds.map((refund) => refund.amount)).toEqual([10_000, 15_000]);
    expect([second.refundedNet, second.remainder]).toEqual([25_000, 5_000]);
    expect(store.commits[1]?.payments).toBeUndefined();
    await expect(ledger.create(wechat('4200001111202611191111111111', 300, 50.01))).rejects.toMatchObject({
      code: 'exceeds_remainder',
      params: { remainder: '50.00' },
    });
  });

  it('refuses a known payment entered with a different amount', async () => {
    const { ledger } = await openLedger();
    await ledger.create(wechat('4200001111202611191111111111', 300, 100));
    await expect(ledger.create(wechat('4200001111202611191111111111', 299, 100))).rejects.toMatchObject({
      code: 'payment_amount_mismatch',
      field: 'payment.amount',
      params: { recorded: '300.00', entered: '299.00' },
    });
  });

  it('never links cash payments', async () => {
    const { ledger } = await openLedger();
    const cash = { channel: 'cash' as const, type: 'cash_refund' as const, ids: {}, paid: 20 };
    const a = await ledger.create(refundInput(cash));
    const b = await ledger.create(refundInput(cash));
    expect(a.payment.id).not.toBe(b.payment.id);
  });

  it('applies the void rules across refunds of the payment', async () => {
    const { ledger } = await openLedger();
    await ledger.create(refundInput({ refund: 10 }));
    await expect(ledger.create(refundInput({ type: 'void' }))).rejects.toMatchObject({ code: 'void_must_be_full', field: 'refund.type' });
  });

  it('lets only one of two concurrent creates take the same remainder', async () => {
    const { ledger, store } = await openLedger();
    store.setCommitDelay(5);
    const results = await Promise.allSettled([
      ledger.create(wechat('4200002222202611192222222222', 100, 80)),
      ledger.create(wechat('4200002222202611192222222222', 100, 80)),
      ledger.create(wechat('4200002222202611192222222222', 100, 80)),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const refused = results.filter((result) => result.status === 'rejected');
    expect(refused).toHaveLength(2);
    for (const result of refused) expect(result.reason).toMatchObject({ code: 'exceeds_remainder' });
    expect(ledger.count).toBe(1);
  });

  it('leaves memory unchanged when the commit fails, and the error propagates as is', async () => {
    const { ledger, store } = await openLedger();
    await ledger.create(wechat('4200003333202611193333333333', 100, 40));
    const failure = new DomainError('disk_full', 'The disk is full.');
    store.failNextCommit(failure);
    const attempt = ledger.create(wechat('4200003333202611193333333333', 100, 60, { requestId: 'retry-me' }));
    await expect(attempt).rejects.toBe(failure);
    expect(ledger.count).toBe(1);
    expect(ledger.list({ offset: 0, limit: 10 }).total).toBe(1);
    const lookup = ledger.lookupPayment({ channel: 'wechat', paidAt: '2026-11-19T15:20', ids: { transactionNo: '4200003333202611193333333333' } });
    expect(lookup).toMatchObject({ found: true, remainder: 6_000 });
    // The same request can be sent again and now succeeds with the number the failed attempt would have had.
    const retried = await ledger.create(wechat('4200003333202611193333333333', 100, 60, { requestId: 'retry-me' }));
    expect(retried.refund.number).toBe('TK-202611-0002');
    expect(retried.remainder).toBe(0);
  });

  it('a failed commit of a new payment does not leave the payment behind', async () => {
    const { ledger, store } = await openLedger();
    store.failNextCommit();
    await expect(ledger.create(wechat('4200004444202611194444444444', 100))).rejects.toMatchObject({ code: 'disk_full' });
    expect(ledger.lookupPayment({ channel: 'wechat', paidAt: '2026-11-19T15:20', ids: { transactionNo: '4200004444202611194444444444' } })).toEqual({ found: false });
    expect(store.refundCount).toBe(0);
  });

  it('validation errors reach the caller with their field, before anything is saved', async () => {
    const { ledger, store } = await openLedger();
    await expect(ledger.create(refundInput({ note: '卡号 6222021234567890128' }))).rejects.toMatchObject({ code: 'full_card_number', field: 'refund.note' });
    await expect(ledger.create(refundInput({ paidAt: '2024-02-30T10:00' }))).rejects.toMatchObject({ code: 'date_invalid' });
    await expect(ledger.create(refundInput({ paid: 100, refund: 100.01 }))).rejects.toMatchObject({ code: 'exceeds_payment' });
    expect(store.commits).toHaveLength(0);
  });

  it('stores deductions and counts the net against the remainder', async () => {
    const { ledger } = await openLedger();
    const detail = await ledger.create(
      refundInput({ paid: 100, refund: 100, deductions: [{ kind: 'depreciation', amount: fen(1_000), reason: '已拆封，折旧 10%' }] }),
    );
    expect([detail.refund.net, detail.remainder]).toEqual([9_000, 1_000]);
    expect(verifyChain(detail.refund.events, nodeHasher)).toBe(true);
  });

  it('reopens from the store with the same records and numbering', async () => {
    const store = new MemoryLedgerStore();
    const first = await openLedger(store);
    await first.ledger.create(wechat('4200005555202611195555555555', 100, 30, { requestId: 'a' }));
    const again = await openLedger(store);
    expect(again.ledger.count).toBe(1);
    const repeat = await again.ledger.create(wechat('4200005555202611195555555555', 100, 30, { requestId: 'a' }));
    expect(again.ledger.count).toBe(1);
    const next = await again.ledger.create(wechat('4200005555202611195555555555', 100, 30, { requestId: 'b' }));
    expect(repeat.refund.number).toBe('TK-202611-0001');
    expect([next.refund.number, next.remainder]).toEqual(['TK-202611-0002', 4_000]);
  });
});
