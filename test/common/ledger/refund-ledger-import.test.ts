import { describe, expect, it } from 'vitest';
import { buildDemoShop } from '../../../electron/common/demo/demo-shop';
import { monthOfLocal } from '../../../electron/common/domain/local-time';
import { fen } from '../../../electron/common/domain/money';
import { CHANNELS, REFUND_STATUSES } from '../../../electron/common/domain/types';
import type { Refund } from '../../../electron/common/domain/types';
import { FixedClock } from '../../support/fixed-clock';
import { MemoryLedgerStore } from '../../support/memory-ledger-store';
import { nodeHasher } from '../../support/node-hasher';
import { openLedger, wechat } from './ledger-harness';

// Noon on 22 November 2026 in Shanghai; the demo ends here.
const DEMO_NOW = '2026-11-22T04:00:00.000Z';
const demo = () => buildDemoShop({ seed: 20261122, now: new Date(DEMO_NOW), hasher: nodeHasher });
const demoLedger = () => openLedger(new MemoryLedgerStore(), new FixedClock(DEMO_NOW, 1_000));

describe('RefundLedger.importRecords with the demo shop', () => {
  it('imports every refund, one commit per payment month, all chains valid and no negative remainder', async () => {
    const { ledger, store } = await demoLedger();
    const shop = demo();
    await ledger.importRecords(shop);
    expect(ledger.count).toBe(300);
    const months = [...new Set(shop.payments.map((payment) => monthOfLocal(payment.paidAt)))].sort();
    expect(store.commits.map((change) => change.month)).toEqual(months);
    for (const refund of shop.refunds) {
      const detail = ledger.get(refund.id);
      expect(detail.chainValid).toBe(true);
      expect(detail.remainder).toBeGreaterThanOrEqual(0);
      expect(detail.refundedNet + detail.remainder).toBe(detail.payment.amount);
    }
    for (const status of REFUND_STATUSES) expect(ledger.list({ status, offset: 0, limit: 1 }).total).toBeGreaterThan(0);
    for (const channel of CHANNELS) expect(ledger.list({ channel, offset: 0, limit: 1 }).total).toBeGreaterThan(0);
  });

  it('lists newest first and finds demo payments again', async () => {
    const { ledger } = await demoLedger();
    const shop = demo();
    await ledger.importRecords(shop);
    const page = ledger.list({ offset: 0, limit: 500 });
    const times = page.items.map((item) => item.createdAt);
    expect(times).toEqual([...times].sort().reverse());
    const payment = shop.payments.find((candidate) => candidate.channel === 'wechat');
    if (payment === undefined) throw new Error('no wechat payment');
    const found = ledger.lookupPayment({ channel: 'wechat', paidAt: payment.paidAt, ids: payment.ids });
    expect(found).toMatchObject({ found: true, payment: { id: payment.id } });
  });

  it('continues numbering after the imported refunds of the month', async () => {
    const { ledger } = await demoLedger();
    const shop = demo();
    await ledger.importRecords(shop);
    const highest = Math.max(...shop.refunds.filter((refund) => refund.number.startsWith('TK-202611-')).map((refund) => Number(refund.number.slice(10))));
    const created = await ledger.create(wechat('4200009999202611229999999999', 50, 50, { paidAt: '2026-11-22T11:00' }));
    expect(created.refund.number).toBe(`TK-202611-${(highest + 1).toString().padStart(4, '0')}`);
  });

  it('survives a reopen from the store with the same list', async () => {
    const { ledger, store } = await demoLedger();
    await ledger.importRecords(demo());
    const reopened = await openLedger(store, new FixedClock(DEMO_NOW));
    expect(reopened.ledger.count).toBe(300);
    expect(reopened.ledger.list({ offset: 0, limit: 500 })).toEqual(ledger.list({ offset: 0, limit: 500 }));
  });
});

describe('RefundLedger.importRecords refuses bad records before saving anything', () => {
  it('refuses the same records twice', async () => {
    const { ledger, store } = await demoLedger();
    await ledger.importRecords(demo());
    const commits = store.commits.length;
    await expect(ledger.importRecords(demo())).rejects.toMatchObject({ code: 'invalid_argument' });
    expect(store.commits).toHaveLength(commits);
    expect(ledger.count).toBe(300);
  });

  it('refuses a tampered history', async () => {
    const { ledger, store } = await demoLedger();
    const shop = demo();
    const [first, ...rest] = shop.refunds;
    if (first === undefined) throw new Error('empty demo');
    const tampered: Refund = { ...first, events: first.events.map((event, i) => (i === 0 ? { ...event, actor: '某人' } : event)) };
    await expect(ledger.importRecords({ payments: shop.payments, refunds: [tampered, ...rest] })).rejects.toMatchObject({
      code: 'invalid_argument',
      params: { number: first.number },
    });
    expect(store.commits).toHaveLength(0);
    expect(ledger.count).toBe(0);
  });

  it('refuses a refund whose money was changed after it was recorded (the created event vouches for it)', async () => {
    const { ledger, store } = await demoLedger();
    const shop = demo();
    const refunds = shop.refunds.map((refund, i) => (i === 0 ? { ...refund, status: 'done' as const, net: fen(refund.net + 400_000) } : refund));
    await expect(ledger.importRecords({ payments: shop.payments, refunds })).rejects.toMatchObject({
      code: 'invalid_argument',
      message: 'A refund history does not verify.',
    });
    expect(store.commits).toHaveLength(0);
  });

  it('refuses a refund whose payment is missing', async () => {
    const { ledger } = await demoLedger();
    const shop = demo();
    await expect(ledger.importRecords({ payments: shop.payments.slice(1), refunds: shop.refunds })).rejects.toMatchObject({ code: 'invalid_argument' });
  });

  it('when a later month fails to save, earlier months stay and the error propagates', async () => {
    const { ledger, store } = await demoLedger();
    const shop = demo();
    const failure = new Error('EIO');
    store.failNextCommit(failure, 2);
    await expect(ledger.importRecords(shop)).rejects.toBe(failure);
    const saved = store.commits.flatMap((change) => change.refunds ?? []);
    expect(store.commits).toHaveLength(2);
    expect(ledger.count).toBe(saved.length);
    expect(store.refundCount).toBe(saved.length);
  });
});
