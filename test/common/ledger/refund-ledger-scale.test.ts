import { beforeAll, describe, expect, it } from 'vitest';
import { buildDemoShop } from '../../../electron/common/demo/demo-shop';
import type { RefundListQuery } from '../../../electron/common/ipc/contract';
import type { RefundLedger } from '../../../electron/common/ledger/refund-ledger';
import { FixedClock } from '../../support/fixed-clock';
import { MemoryLedgerStore } from '../../support/memory-ledger-store';
import { nodeHasher } from '../../support/node-hasher';
import { openLedger, wechat } from './ledger-harness';

// Year five of a busy shop. Limits are generous (a loaded CI box), far above the few milliseconds measured.
const COUNT = 50_000;
const DEMO_NOW = '2026-11-22T04:00:00.000Z';
const QUERY_LIMIT_MS = 100;

let ledger: RefundLedger;
let store: MemoryLedgerStore;

function slowest(query: RefundListQuery, runs = 5): number {
  let worst = 0;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    ledger.list(query);
    worst = Math.max(worst, performance.now() - start);
  }
  return worst;
}

beforeAll(async () => {
  const shop = buildDemoShop({ seed: 1, now: new Date(DEMO_NOW), hasher: nodeHasher, refundCount: COUNT });
  ({ ledger, store } = await openLedger(new MemoryLedgerStore(), new FixedClock(DEMO_NOW, 1_000)));
  await ledger.importRecords(shop);
}, 120_000);

describe(`RefundLedger at ${COUNT.toLocaleString('en')} refunds`, () => {
  it('holds them all', () => {
    expect(ledger.count).toBe(COUNT);
  });

  it.each<[string, RefundListQuery]>([
    ['first page', { offset: 0, limit: 100 }],
    ['a deep page', { offset: 40_000, limit: 100 }],
    ['refund number', { text: 'tk-202609-01', offset: 0, limit: 100 }],
    ['customer name', { text: '王芳', offset: 0, limit: 100 }],
    ['amount', { text: '¥29.90', offset: 0, limit: 100 }],
    ['phone tail', { text: '8000', offset: 0, limit: 100 }],
    ['reference number', { text: '4200001', offset: 0, limit: 100 }],
    ['no match', { text: 'zzzz', offset: 0, limit: 100 }],
    ['status + channel + dates', { status: 'done', channel: 'wechat', from: '2026-09-01', to: '2026-10-31', offset: 0, limit: 100 }],
  ])('lists by %s quickly', (_label, query) => {
    expect(slowest(query)).toBeLessThan(QUERY_LIMIT_MS);
  });

  it('searches correctly at scale', () => {
    const page = ledger.list({ text: '王芳', offset: 0, limit: 500 });
    expect(page.total).toBeGreaterThan(100);
    expect(page.items.every((item) => item.customerName === '王芳')).toBe(true);
  });

  it('records a new refund without slowing down', async () => {
    const start = performance.now();
    const created = await ledger.create(wechat('4200008888202611228888888888', 50, 50, { paidAt: '2026-11-22T11:00' }));
    expect(performance.now() - start).toBeLessThan(QUERY_LIMIT_MS);
    expect(ledger.list({ offset: 0, limit: 1 }).items[0]?.id).toBe(created.refund.id);
  });

  it('reopens from the store in reasonable time', async () => {
    const start = performance.now();
    const reopened = await openLedger(store, new FixedClock(DEMO_NOW));
    expect(performance.now() - start).toBeLessThan(10_000);
    expect(reopened.ledger.count).toBe(COUNT + 1);
  });
});
