import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fen } from '../../electron/common/domain/money';
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
