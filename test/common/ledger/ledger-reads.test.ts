/**
 * The ledger reads a full record from the store only when someone needs it (ledger-index.ts): opening, listing,
 * searching and counting work from the catalog alone, and a pass over every refund does not evict the records
 * the counter is working with.
 */
import { describe, expect, it } from 'vitest';
import type { Payment, Refund } from '../../../electron/common/domain/types';
import { RefundLedger } from '../../../electron/common/ledger/refund-ledger';
import { FixedClock } from '../../support/fixed-clock';
import { MemoryLedgerStore } from '../../support/memory-ledger-store';
import { nodeHasher } from '../../support/node-hasher';
import { SequentialIds } from '../../support/sequential-ids';
import { NOW, openLedger, wechat } from './ledger-harness';
import { RecentRecords } from '../../../electron/common/ledger/recent-records';

/** The in-memory store, counting every whole record it hands out. */
class CountingStore extends MemoryLedgerStore {
  reads = 0;
  readonly prefetched: string[] = [];

  prefetch(month: string): Promise<void> {
    this.prefetched.push(month);
    return Promise.resolve();
  }

  override readRefund(month: string, id: string): Refund | undefined {
    this.reads += 1;
    return super.readRefund(month, id);
  }

  override readPayment(month: string, id: string): Payment | undefined {
    this.reads += 1;
    return super.readPayment(month, id);
  }
}

async function shopWith(count: number): Promise<{ store: CountingStore; ids: string[] }> {
  const { ledger, store } = await openLedger(new CountingStore());
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const detail = await ledger.create(wechat(`4200000000${String(i).padStart(18, '0')}`, 129, 129, { requestId: `q-${i}` }));
    ids.push(detail.refund.id);
  }
  return { store: store as CountingStore, ids };
}

const reopen = (store: CountingStore) => RefundLedger.open({ store, clock: new FixedClock(NOW, 1_000), hasher: nodeHasher, ids: new SequentialIds('later') });

describe('reading whole records only when needed', () => {
  it('opens, lists, searches and counts without reading a record', async () => {
    const { store } = await shopWith(120);
    store.reads = 0;
    const ledger = await reopen(store);
    expect(ledger.count).toBe(120);
    expect(ledger.list({ offset: 0, limit: 50 }).total).toBe(120);
    expect(ledger.list({ offset: 0, limit: 50, text: `4200000000${'7'.padStart(18, '0')}` }).total).toBe(1);
    expect(store.reads).toBe(0);
  });

  it('reads one refund and its payment to show it, and keeps them for the next time', async () => {
    const { store, ids } = await shopWith(10);
    const ledger = await reopen(store);
    store.reads = 0;
    const first = ledger.get(ids[3] ?? '');
    const afterFirst = store.reads;
    expect(afterFirst).toBeGreaterThanOrEqual(2);
    expect(ledger.get(ids[3] ?? '')).toEqual(first);
    expect(store.reads).toBe(afterFirst);
  });

  it('a pass over every refund leaves the kept records in place', async () => {
    const { store, ids } = await shopWith(30);
    const ledger = await reopen(store);
    ledger.get(ids[0] ?? '');
    store.reads = 0;
    expect([...ledger.eachRecord()]).toHaveLength(30);
    const pass = store.reads;
    expect(pass).toBeGreaterThanOrEqual(29 * 2);
    ledger.get(ids[0] ?? '');
    expect(store.reads).toBe(pass);
  });

});

describe('the records reminders read', () => {
  it('are read month by month after a prefetch of each month, once, and kept', async () => {
    const { store } = await shopWith(12);
    const ledger = await reopen(store);
    store.reads = 0;
    const statuses = new Set(['recorded' as const]);
    const first = await ledger.recordsWithStatusRead(statuses);
    expect(first).toHaveLength(12);
    expect(store.prefetched).toEqual(['2026-11']);
    const reads = store.reads;
    expect(await ledger.recordsWithStatusRead(statuses)).toEqual(first);
    expect(store.prefetched).toEqual(['2026-11']);
    expect(store.reads).toBe(reads);
  });
});

describe('RecentRecords', () => {
  it('drops the oldest entry not used since it came round; a peek is not a use', () => {
    const recent = new RecentRecords<string>(3);
    recent.set('a', 'A');
    recent.set('b', 'B');
    recent.set('c', 'C');
    expect(recent.get('a')).toBe('A'); // a gets a second chance
    expect(recent.peek('b')).toBe('B'); // b does not
    recent.set('d', 'D');
    expect([recent.peek('a'), recent.peek('b'), recent.peek('c'), recent.peek('d')]).toEqual(['A', undefined, 'C', 'D']);
    recent.set('e', 'E'); // a's chance was spent moving it back; c is now the oldest unused
    expect([recent.peek('a'), recent.peek('c'), recent.peek('d'), recent.peek('e')]).toEqual(['A', undefined, 'D', 'E']);
  });
});
