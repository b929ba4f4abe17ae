/**
 * The catalog cache (storage/catalog-cache.ts) only ever makes a start faster: a month is taken from it when its
 * file holds exactly the bytes the cache describes, and read the full way otherwise — with the same result.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fen } from '../../electron/common/domain/money';
import { LowdbLedgerStore } from '../../electron/node/ledger-store';
import { createHash } from 'node:crypto';
import { makeTempDir, removeTempDir } from '../support/storage-temp-dir';
import { payment, refund } from '../support/storage-records';

const CACHE = ['cache', 'ledger-catalog.jsonl'];
/** 1 → 2024-01, 13 → 2025-01. */
const monthName = (i: number): string => `${2024 + Math.floor((i - 1) / 12)}-${String(((i - 1) % 12) + 1).padStart(2, '0')}`;

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dir);
});

async function open(): Promise<LowdbLedgerStore> {
  return LowdbLedgerStore.open({ dataDir: dir });
}

/** Three months, with what the cache must carry faithfully: optional fields present and absent, CJK, emoji, quotes. */
async function seed(): Promise<void> {
  const store = await open();
  await store.catalog();
  await store.commit({ month: '2026-09', payments: [payment('p-1', { paidAt: '2026-09-03T10:00' })], refunds: [refund('r-1', 'p-1', { customerName: undefined })] });
  await store.commit({
    month: '2026-10',
    payments: [payment('p-2', { paidAt: '2026-10-03T10:00', ids: { referenceNo: '123456789012' } }), payment('p-3', { paidAt: '2026-10-04T10:00', matchKey: '' })],
    refunds: [refund('r-2', 'p-2', { customerName: '王小二 👩‍🍳 "老王"', customerPhone: '138-0000-0000' }), refund('r-3', 'p-3', { status: 'done' })],
  });
  await store.commit({ month: '2026-11', payments: [payment('p-4')], refunds: [refund('r-4', 'p-4', { amount: fen(1), net: fen(1), deductions: [] })] });
  await store.close();
}

async function contentsOf(store: LowdbLedgerStore) {
  const catalog = await store.catalog();
  const records = catalog.map(({ month, payments, refunds }) => ({
    payments: payments.map((facts) => store.readPayment(month, facts.id)),
    refunds: refunds.map((facts) => store.readRefund(month, facts.entry.id)),
  }));
  return { catalog, records, loaded: [...(await store.loadAll())] };
}

describe('the ledger catalog cache', () => {
  it('opens every month from the cache after a close, with exactly what reading every month gives', async () => {
    await seed();
    const cached = await open();
    const fromCache = await contentsOf(cached);
    expect(cached.openStats()).toEqual({ fromCache: 3, readFull: 0 });

    await rm(join(dir, ...CACHE));
    const full = await open();
    const readFull = await contentsOf(full);
    expect(full.openStats()).toEqual({ fromCache: 0, readFull: 3 });
    expect(fromCache).toEqual(readFull);
    expect(fromCache.records[1]?.refunds[0]?.customerName).toBe('王小二 👩‍🍳 "老王"');
  });

  it('reads a month saved after the cache was written (a crash before close) the full way, the rest from the cache', async () => {
    await seed();
    const crashed = await open();
    await crashed.catalog();
    await crashed.commit({ month: '2026-10', refunds: [refund('r-2', 'p-2', { status: 'done', customerName: '改过' })] });
    // No close: the cache still describes October as it was.
    const reopened = await open();
    const { catalog } = await contentsOf(reopened);
    expect(reopened.openStats()).toEqual({ fromCache: 2, readFull: 1 });
    const october = catalog.find(({ month }) => month === '2026-10');
    expect(october?.refunds.map(({ entry }) => [entry.summary.status, entry.summary.customerName])).toEqual([
      ['done', '改过'],
      ['done', '张三'],
    ]);
    expect(reopened.readRefund('2026-10', 'r-2')?.customerName).toBe('改过');
  });

  it('writes the cache again at close after such a start, so the next start is from the cache', async () => {
    await seed();
    const crashed = await open();
    await crashed.catalog();
    await crashed.commit({ month: '2026-11', payments: [payment('p-5')] });
    const second = await open();
    await second.catalog();
    await second.close();
    const third = await open();
    await third.catalog();
    expect(third.openStats()).toEqual({ fromCache: 3, readFull: 0 });
    expect(third.readPayment('2026-11', 'p-5')?.id).toBe('p-5');
  });

  /** A cache whose body is `body` under a header with its true checksum (`header` changes the header's fields). */
  const sealed = (body: string, header: Record<string, unknown> = {}): Buffer => {
    const sha256 = createHash('sha256').update(body, 'latin1').digest('hex');
    const months = body.split('\n').filter((line) => line !== '').length;
    return Buffer.from(`${JSON.stringify({ format: 'refunddesk/catalog', version: 3, months, sha256, ...header })}\n${body}`, 'latin1');
  };
  const bodyOf = (bytes: Buffer): string => bytes.toString('latin1').slice(bytes.indexOf(0x0a) + 1);
  const damages: readonly [string, (bytes: Buffer) => Buffer][] = [
    ['truncated', (bytes) => bytes.subarray(0, bytes.length >> 1)],
    ['a flipped byte', (bytes) => Buffer.from(bytes.toString('latin1').replace('p-4', 'p-9'), 'latin1')],
    ['another version', (bytes) => sealed(bodyOf(bytes), { version: 2 })],
    ['a month missing (checksum recomputed)', (bytes) => sealed(bodyOf(bytes).split('\n').slice(1).join('\n'), { months: 3 })],
    ['the last line without its newline', (bytes) => sealed(bodyOf(bytes).slice(0, -1))],
    ['valid checksum, wrong shape', () => sealed('{"month":"2026-11"}\n')],
    ['lengths that do not cut the month (checksum recomputed)', (bytes) => sealed(bodyOf(bytes).replace(/"paymentLengths":\[(\d+)/u, (_all, n: string) => `"paymentLengths":[${Number(n) + 1}`))],
  ];
  for (const [name, damage] of damages) {
    it(`ignores a damaged cache (${name}): every month read the full way, nothing reported, the cache rewritten`, async () => {
      await seed();
      const good = await contentsOf(await open());
      const path = join(dir, ...CACHE);
      await writeFile(path, damage(await readFile(path)));
      const store = await open();
      expect(await contentsOf(store)).toEqual(good);
      expect(store.openStats().fromCache).toBeLessThan(3);
      expect(store.recoveries()).toEqual([]);
      await store.saveCatalogCache();
      const next = await open();
      await next.catalog();
      expect(next.openStats()).toEqual({ fromCache: 3, readFull: 0 });
    });
  }

  it('removes the cache of the version before (one JSON file) when it writes its own', async () => {
    await seed();
    const old = join(dir, 'cache', 'ledger-catalog.json');
    await writeFile(old, '{"format":"refunddesk/1"}');
    await rm(join(dir, ...CACHE));
    const store = await open();
    await store.catalog();
    await store.saveCatalogCache();
    await expect(readFile(old)).rejects.toThrow(/ENOENT/u);
    expect((await readFile(join(dir, ...CACHE), 'latin1')).startsWith('{"format":"refunddesk/catalog","version":3,"months":3,')).toBe(true);
  });

  it('never takes a damaged month from the cache: it is quarantined and recovered as without one', async () => {
    await seed();
    const before = await open();
    await before.catalog();
    await before.commit({ month: '2026-10', refunds: [refund('r-3', 'p-3', { status: 'processing' })] });
    await before.close();
    const path = join(dir, 'ledger', '2026-10.json');
    const bytes = await readFile(path);
    // Same head (seq, checksum) as the cache expects, one character changed in the records.
    await writeFile(path, Buffer.from(bytes.toString('utf8').replace('138-0000-0000', '138-0000-0001'), 'utf8'));
    const store = await open();
    const catalog = await store.catalog();
    expect(store.openStats()).toEqual({ fromCache: 2, readFull: 1 });
    expect(store.recoveries().map(({ file, problem }) => [file, problem])).toEqual([['ledger/2026-10.json', 'checksum']]);
    // The newest good generation: October as seeded, before r-3 went on to processing.
    const october = catalog.find(({ month }) => month === '2026-10');
    expect(october?.refunds.map(({ entry }) => [entry.id, entry.summary.status, entry.summary.customerPhone])).toEqual([
      ['r-2', 'recorded', '138-0000-0000'],
      ['r-3', 'done', undefined],
    ]);
    expect(store.readRefund('2026-10', 'r-3')?.status).toBe('done');
  });

  it('reads a record of a month whose bytes were let go from its file, and refuses a file changed behind its back', async () => {
    const store = await open();
    await store.catalog();
    // More months than the store keeps bytes for: the first months' bytes are let go.
    for (let month = 1; month <= 14; month += 1) {
      const name = monthName(month);
      await store.commit({ month: name, payments: [payment(`p-${month}`, { paidAt: `${name}-10T10:00` })], refunds: [refund(`r-${month}`, `p-${month}`)] });
    }
    expect(store.readRefund('2024-01', 'r-1')).toEqual(refund('r-1', 'p-1'));
    expect(store.readPayment('2024-02', 'p-2')?.paidAt).toBe('2024-02-10T10:00');
    await store.commit({ month: '2024-03', refunds: [refund('r-3', 'p-3', { status: 'done' })] });
    expect(store.readRefund('2024-03', 'r-3')?.status).toBe('done');

    const path = join(dir, 'ledger', '2024-04.json');
    await writeFile(path, (await readFile(path)).toString('utf8').replace('张三', '张四'));
    for (let month = 5; month <= 14; month += 1) store.readRefund(monthName(month), `r-${month}`);
    expect(() => store.readRefund('2024-04', 'r-4')).toThrow(/changed on disk/u);
    await expect(store.commit({ month: '2024-04', refunds: [refund('r-4', 'p-4', { status: 'done' })] })).rejects.toThrow(/changed on disk/u);
  });

  it('a pass with prefetch reads each month through one buffer, and never serves a month from it after a save', async () => {
    await seed();
    const store = await open();
    await store.catalog();
    await store.prefetch('2026-10');
    expect(store.readRefund('2026-10', 'r-2')?.customerPhone).toBe('138-0000-0000');
    await store.commit({ month: '2026-10', refunds: [refund('r-2', 'p-2', { customerPhone: '139-0000-0000' })] });
    expect(store.readRefund('2026-10', 'r-2')?.customerPhone).toBe('139-0000-0000');
    await store.prefetch('2026-09');
    await store.prefetch('2026-11');
    // The buffer now holds November; September and October are read their usual way.
    expect(store.readRefund('2026-09', 'r-1')?.id).toBe('r-1');
    expect(store.readRefund('2026-10', 'r-3')?.status).toBe('done');
    expect(store.readPayment('2026-11', 'p-4')?.id).toBe('p-4');
  });
});
