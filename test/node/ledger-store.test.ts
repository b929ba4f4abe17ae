import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../electron/common/domain/canonical-json';
import { fen } from '../../electron/common/domain/money';
import { encodeEnvelope } from '../../electron/node/storage/envelope';
import { LowdbLedgerStore } from '../../electron/node/ledger-store';
import { diskState, listTempFiles, makeTempDir, removeTempDir } from '../support/storage-temp-dir';
import { partition, payment, refund } from '../support/storage-records';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dir);
});

async function opened(): Promise<LowdbLedgerStore> {
  const store = await LowdbLedgerStore.open({ dataDir: dir });
  await store.loadAll();
  return store;
}

describe('LowdbLedgerStore', () => {
  it('starts empty and writes one file per month', async () => {
    const store = await opened();
    expect(await store.loadAll()).toEqual(new Map());
    await store.commit({ month: '2026-10', payments: [payment('p-1')] });
    await store.commit({ month: '2026-11', payments: [payment('p-2')], refunds: [refund('r-1', 'p-2')] });
    expect((await readdir(join(dir, 'ledger'))).filter((n) => n.endsWith('.json')).sort()).toEqual([
      '2026-10.json',
      '2026-11.json',
    ]);
    expect(await diskState(join(dir, 'ledger', '2026-10.json'))).toEqual(partition([payment('p-1')]));
    expect(await diskState(join(dir, 'ledger', '2026-11.json'))).toEqual(partition([payment('p-2')], [refund('r-1', 'p-2')]));
  });

  it('replaces records by id, keeping insertion order, and a reopen sees everything', async () => {
    const store = await opened();
    await store.commit({ month: '2026-11', payments: [payment('p-1'), payment('p-2'), payment('p-3')] });
    await store.commit({ month: '2026-11', payments: [payment('p-2', { amount: fen(1) }), payment('p-4')] });
    await store.commit({ month: '2026-11', refunds: [refund('r-1', 'p-1')] });
    await store.commit({ month: '2026-11', refunds: [refund('r-1', 'p-1', { status: 'done' })] });
    const expected = partition(
      [payment('p-1'), payment('p-2', { amount: fen(1) }), payment('p-3'), payment('p-4')],
      [refund('r-1', 'p-1', { status: 'done' })],
    );
    expect((await store.loadAll()).get('2026-11')).toEqual(expected);
    expect((await (await opened()).loadAll()).get('2026-11')).toEqual(expected);
  });

  it('keeps every optional field through a reopen (the schema strips nothing)', async () => {
    const store = await opened();
    const created = refund('r-1', 'p-1').events[0];
    const full = refund('r-1', 'p-1', {
      customerPhone: '13800000000',
      note: '退货',
      failureReason: '原卡已注销',
      events: created === undefined ? [] : [{ ...created, note: 'n', from: 'recorded', facts: 'cd'.repeat(32) }],
    });
    const ids = { merchantNo: '1', terminalNo: '2', batchNo: '3', voucherNo: '4', referenceNo: '5', authCode: '6' };
    const paid = payment('p-1', { ids: { ...ids, cardLast4: '1234', transactionNo: '8', merchantOrderNo: '7' } });
    await store.commit({ month: '2026-11', payments: [paid], refunds: [full] });
    expect((await (await opened()).loadAll()).get('2026-11')).toEqual(partition([paid], [full]));
  });

  it('serialises overlapping commits to one month so none is lost', async () => {
    const store = await opened();
    await Promise.all(Array.from({ length: 25 }, (_, i) => store.commit({ month: '2026-12', payments: [payment(`p-${i}`)] })));
    const ids = (await (await opened()).loadAll()).get('2026-12')?.payments.map((p) => p.id);
    expect(ids).toEqual(Array.from({ length: 25 }, (_, i) => `p-${i}`));
  });

  it('keeps memory immune to later changes of the objects a caller committed', async () => {
    const store = await opened();
    const record = { ...payment('p-1') };
    await store.commit({ month: '2026-11', payments: [record] });
    (record as { matchKey: string }).matchKey = 'changed';
    expect((await store.loadAll()).get('2026-11')?.payments[0]?.matchKey).toBe('wechat:p-1');
  });

  it('refuses a month that is not YYYY-MM (it becomes a file name)', async () => {
    const store = await opened();
    for (const month of ['../2026-11', '2026-13', '2026-1', 'settings']) {
      await expect(store.commit({ month, payments: [payment('p-1')] })).rejects.toMatchObject({ code: 'invalid_argument' });
    }
    expect(await readdir(join(dir, 'ledger'))).toEqual([]);
  });

  it('a commit rewrites only its own month', async () => {
    const store = await opened();
    await store.commit({ month: '2026-10', payments: [payment('p-1')] });
    const before = await readFile(join(dir, 'ledger', '2026-10.json'));
    await store.commit({ month: '2026-11', payments: [payment('p-2')] });
    expect(await readFile(join(dir, 'ledger', '2026-10.json'))).toEqual(before);
  });

  it('finds months whose file is gone or whose first save crashed, and cleans up after them', async () => {
    const store = await opened();
    await store.commit({ month: '2026-09', payments: [payment('p-1')] });
    await store.commit({ month: '2026-09', payments: [payment('p-2')] });
    await writeFile(join(dir, 'ledger', '2026-09.json'), '');
    await writeFile(join(dir, 'ledger', '.2026-08.json.77-0123456789ab.tmp'), '{"format":"refunddesk/1","se');

    const reopened = await LowdbLedgerStore.open({ dataDir: dir });
    const all = await reopened.loadAll();
    expect(all.get('2026-09')).toEqual(partition([payment('p-1')]));
    expect(reopened.recoveries()).toMatchObject([{ file: 'ledger/2026-09.json', problem: 'not_json' }]);
    expect(await listTempFiles(dir)).toEqual([]);
  });
});

describe('LowdbLedgerStore saves one record at a time', () => {
  /** The data bytes of a month's file, which must be exactly the canonical JSON of what memory holds. */
  async function writtenData(month: string): Promise<string> {
    const bytes = await readFile(join(dir, 'ledger', `${month}.json`));
    const at = bytes.indexOf('\n"data":');
    return bytes.subarray(at + '\n"data":'.length, bytes.length - 2).toString('utf8');
  }

  it('writes the canonical JSON of the whole month, before and after a reopen cuts it from the file', async () => {
    const store = await opened();
    await store.commit({ month: '2026-11', payments: [payment('p-1'), payment('p-2')], refunds: [refund('r-1', 'p-1')] });
    await store.commit({ month: '2026-11', refunds: [refund('r-1', 'p-1', { status: 'done' }), refund('r-2', 'p-2')] });
    expect(await writtenData('2026-11')).toBe(canonicalJson((await store.loadAll()).get('2026-11')));

    const reopened = await opened();
    await reopened.commit({ month: '2026-11', payments: [payment('p-3')], refunds: [refund('r-2', 'p-2', { status: 'done' })] });
    const month = (await reopened.loadAll()).get('2026-11');
    expect(month).toEqual(partition([payment('p-1'), payment('p-2'), payment('p-3')], [refund('r-1', 'p-1', { status: 'done' }), refund('r-2', 'p-2', { status: 'done' })]));
    expect(await writtenData('2026-11')).toBe(canonicalJson(month));
    expect(await diskState(join(dir, 'ledger', '2026-11.json'))).toEqual(month);
  });

  it('keeps each month\'s records intact while other months are saved, one at a time or at once', async () => {
    const store = await opened();
    const october = Array.from({ length: 40 }, (_, i) => payment(`p-10-${i}`, { amount: fen(1_000 + i) }));
    await store.commit({ month: '2026-10', payments: october });
    // Saves build each new file in a buffer they reuse: a month kept in memory must not be made of that buffer.
    await store.commit({ month: '2026-11', payments: [payment('p-11-0', { amount: fen(7) })] });
    await Promise.all(['2026-07', '2026-08', '2026-09'].map((month, i) => store.commit({ month, payments: [payment(`p-${month}`, { amount: fen(i + 1) })] })));
    expect(store.readPayment('2026-10', 'p-10-39')).toEqual(october[39]);
    const all = await store.loadAll();
    expect(all.get('2026-10')).toEqual(partition(october));
    expect(all.get('2026-11')).toEqual(partition([payment('p-11-0', { amount: fen(7) })]));
    for (const month of ['2026-07', '2026-08', '2026-09', '2026-10', '2026-11']) {
      expect(await diskState(join(dir, 'ledger', `${month}.json`))).toEqual(all.get(month));
    }
  });

  it('saves what memory holds when the file changed behind its back, never the file', async () => {
    await (await opened()).commit({ month: '2026-11', payments: [payment('p-1')] });
    const store = await opened();
    // Someone else's valid file (a second writer is prevented by the data lock; this is the belt to those braces).
    await writeFile(join(dir, 'ledger', '2026-11.json'), encodeEnvelope(partition([payment('p-9')]), 50, new Date()));
    await store.commit({ month: '2026-11', payments: [payment('p-2')] });
    expect(await diskState(join(dir, 'ledger', '2026-11.json'))).toEqual(partition([payment('p-1'), payment('p-2')]));
  });

  it('refuses a record of the wrong shape without touching the month', async () => {
    const store = await opened();
    await store.commit({ month: '2026-11', payments: [payment('p-1')] });
    const broken = { ...payment('p-2'), amount: -1 } as unknown as ReturnType<typeof payment>;
    await expect(store.commit({ month: '2026-11', payments: [broken] })).rejects.toMatchObject({ code: 'save_failed', params: { code: 'SCHEMA' } });
    expect(await diskState(join(dir, 'ledger', '2026-11.json'))).toEqual(partition([payment('p-1')]));
  });
});
