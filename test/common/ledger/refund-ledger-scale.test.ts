import { beforeAll, describe, expect, it } from 'vitest';
import { buildDemoShop } from '../../../electron/common/demo/demo-shop';
import type { RefundListQuery } from '../../../electron/common/ipc/contract';
import type { RefundLedger } from '../../../electron/common/ledger/refund-ledger';
import { FixedClock } from '../../support/fixed-clock';
import { MemoryLedgerStore } from '../../support/memory-ledger-store';
import { nodeHasher } from '../../support/node-hasher';
import { openLedger, wechat } from './ledger-harness';

// Year five of a busy shop: the ledger must stay CORRECT at this size. How fast it is belongs to the benchmark
// (Step 7, `npm run bench`), never to a timed unit test that a loaded machine can fail.
const COUNT = 50_000;
const DEMO_NOW = '2026-11-22T04:00:00.000Z';

let ledger: RefundLedger;
let store: MemoryLedgerStore;

beforeAll(async () => {
  const shop = buildDemoShop({ seed: 1, now: new Date(DEMO_NOW), hasher: nodeHasher, refundCount: COUNT });
  ({ ledger, store } = await openLedger(new MemoryLedgerStore(), new FixedClock(DEMO_NOW, 1_000)));
  await ledger.importRecords(shop);
}, 120_000);

describe(`RefundLedger at ${COUNT.toLocaleString('en')} refunds`, () => {
  it('holds them all', () => {
    expect(ledger.count).toBe(COUNT);
  });

  it.each<[string, RefundListQuery, boolean]>([
    ['first page', { offset: 0, limit: 100 }, true],
    ['a deep page', { offset: 40_000, limit: 100 }, true],
    ['refund number', { text: 'tk-202609-01', offset: 0, limit: 100 }, true],
    ['customer name', { text: '王芳', offset: 0, limit: 100 }, true],
    ['amount', { text: '¥29.90', offset: 0, limit: 100 }, true],
    ['phone tail', { text: '8000', offset: 0, limit: 100 }, true],
    ['reference number', { text: '4200001', offset: 0, limit: 100 }, true],
    ['no match', { text: 'zzzz', offset: 0, limit: 100 }, false],
    ['status + channel + dates', { status: 'arrived', channel: 'wechat', from: '2026-09-01', to: '2026-10-31', offset: 0, limit: 100 }, true],
  ])('pages by %s consistently, newest first', (_label, query, expectsHits) => {
    const page = ledger.list(query);
    expect(page.total > 0).toBe(expectsHits);
    expect(page.items).toHaveLength(Math.max(0, Math.min(query.limit, page.total - query.offset)));
    const times = page.items.map((item) => item.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('searches correctly at scale', () => {
    const page = ledger.list({ text: '王芳', offset: 0, limit: 500 });
    expect(page.total).toBeGreaterThan(100);
    expect(page.items.every((item) => item.customerName === '王芳')).toBe(true);
  });

  it('puts a new refund at the top of 50,000', async () => {
    const created = await ledger.create(wechat('4200008888202611228888888888', 50, 50, { paidAt: '2026-11-22T11:00' }));
    expect(ledger.list({ offset: 0, limit: 1 }).items[0]?.id).toBe(created.refund.id);
  });

  it('reopens from the store with every record', async () => {
    const reopened = await openLedger(store, new FixedClock(DEMO_NOW));
    expect(reopened.ledger.count).toBe(COUNT + 1);
  });
});
