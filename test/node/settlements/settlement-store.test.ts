/**
 * FsSettlementStore on real temp folders (RELIABILITY §1–2): accounts in `settlements/accounts.json`, days in one
 * file per business year, memory swapped only after a durable save, damaged year files quarantined and restored,
 * and the years found at start-up by the partition discovery shared with the ledger.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../electron/common/domain/errors';
import { fen } from '../../../electron/common/domain/money';
import type { SettlementAccount, SettlementDay } from '../../../electron/common/settlements/settlement';
import { FsSettlementStore } from '../../../electron/node/settlements/settlement-store';
import { encodeEnvelope } from '../../../electron/node/storage/envelope';
import { nodeFileSystem } from '../../../electron/node/storage/fs-port';
import { discoverPartitions } from '../../../electron/node/storage/ledger-partitions';
import { FaultFileSystem } from '../../support/fault-fs';
import { diskState, listFiles, listTempFiles, makeTempDir, removeTempDir } from '../../support/storage-temp-dir';
import { steppingClock } from '../../support/storage-records';

// The store's own pattern (not exported): a year file is exactly `YYYY.json`.
const YEAR_FILE = /^(\d{4})\.json$/u;

function account(id: string, overrides: Partial<SettlementAccount> = {}): SettlementAccount {
  return {
    id,
    name: `收银台 POS ${id}`,
    source: 'pos',
    acquirer: '银联商务',
    merchantNo: '898310012345678',
    terminalNo: '12345678',
    cycle: { basis: 'T', days: 1 },
    feeRateBp: 60,
    feeReturnedOnRefund: false,
    toleranceFen: fen(100),
    ...overrides,
  };
}

function day(id: string, businessDate: string, overrides: Partial<SettlementDay> = {}): SettlementDay {
  const takings = { salesCount: 12, salesAmount: fen(345_600), refundsCount: 1, refundsAmount: fen(2_000) };
  return {
    id,
    requestId: `req-${id}`,
    accountId: 'acc-1',
    businessDate,
    takings,
    cycle: { basis: 'T', days: 1 },
    feeRateBp: 60,
    feeReturnedOnRefund: false,
    toleranceFen: fen(100),
    expectedFee: fen(2_074),
    expectedNet: fen(341_526),
    createdAt: `${businessDate}T13:00:00.000Z`,
    updatedAt: `${businessDate}T13:00:00.000Z`,
    events: [
      { seq: 1, at: `${businessDate}T13:00:00.000Z`, actor: '店长', kind: 'recorded', takings, expectedFee: fen(2_074), prevHash: '', hash: 'ab'.repeat(32) },
    ],
    ...overrides,
  };
}

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('refunddesk-settlements-');
});
afterEach(async () => {
  await removeTempDir(dir);
});

const pathOf = (name: string) => join(dir, 'settlements', name);

function open(fs?: FaultFileSystem): Promise<FsSettlementStore> {
  return FsSettlementStore.open({ dataDir: dir, now: steppingClock(), ...(fs === undefined ? {} : { fs }) });
}

describe('FsSettlementStore: round trips', () => {
  it('starts empty, writes accounts and one file per business year, and a reopen sees the same, years in order', async () => {
    const store = await open();
    expect(store.accounts()).toEqual([]);
    expect(store.days()).toEqual([]);
    expect(store.recoveries()).toEqual([]);

    const accounts = [account('acc-1'), account('acc-2', { name: '微信收款码', source: 'wechat', cycle: { basis: 'D', days: 0 }, archived: true })];
    await store.saveAccounts(accounts);
    const late = day('d-2026', '2026-09-30');
    const early = day('d-2025', '2025-12-31', { accountId: 'acc-2', batchNo: '000123' });
    await store.saveDay(late);
    await store.saveDay(early);

    // Memory: sorted by year even though 2026 was saved first.
    expect(store.days()).toEqual([early, late]);
    expect(store.accounts()).toEqual(accounts);
    expect((await readdir(join(dir, 'settlements'))).filter((name) => name.endsWith('.json')).sort()).toEqual([
      '2025.json',
      '2026.json',
      'accounts.json',
    ]);
    expect(await diskState(pathOf('2025.json'))).toEqual({ days: [early] });
    expect(await diskState(pathOf('2026.json'))).toEqual({ days: [late] });
    expect(await diskState(pathOf('accounts.json'))).toEqual({ accounts });

    const reopened = await open();
    expect(reopened.days()).toEqual([early, late]);
    expect(reopened.accounts()).toEqual(accounts);
    expect(reopened.recoveries()).toEqual([]);
  });

  it('keeps every optional field of a day through a reopen (the schema strips nothing)', async () => {
    const store = await open();
    const base = day('d-1', '2026-10-08');
    const full = day('d-1', '2026-10-08', {
      batchNo: '000045',
      received: { amount: fen(341_026), date: '2026-10-09' },
      events: [
        ...base.events,
        { seq: 2, at: '2026-10-09T02:00:00.000Z', actor: '店长', kind: 'received', received: { amount: fen(341_026), date: '2026-10-09' }, note: '短 5 元', prevHash: 'ab'.repeat(32), hash: 'cd'.repeat(32) },
        { seq: 3, at: '2026-10-09T03:00:00.000Z', actor: '店长', kind: 'reminder_snoozed', reminder: { kind: 'settlement_short', until: '2026-10-10T01:00:00.000Z', reason: '等银行回电' }, prevHash: 'cd'.repeat(32), hash: 'ef'.repeat(32) },
      ],
    });
    await store.saveDay(full);
    expect((await open()).days()).toEqual([full]);
  });

  it('replaces a day by id in place, keeping the order of the others, also after a reopen', async () => {
    const store = await open();
    const first = day('d-1', '2026-10-08');
    const second = day('d-2', '2026-10-09');
    await store.saveDay(first);
    await store.saveDay(second);
    const received = { ...first, received: { amount: fen(341_526), date: '2026-10-09' }, updatedAt: '2026-10-09T02:00:00.000Z' };
    await store.saveDay(received);

    expect(store.days()).toEqual([received, second]);
    expect(await diskState(pathOf('2026.json'))).toEqual({ days: [received, second] });
    expect((await open()).days()).toEqual([received, second]);
  });

  it('a day rewrites only its own year file', async () => {
    const store = await open();
    await store.saveDay(day('d-1', '2025-06-01'));
    const before = await readFile(pathOf('2025.json'));
    await store.saveDay(day('d-2', '2026-06-01'));
    expect(await readFile(pathOf('2025.json'))).toEqual(before);
  });

  it('keeps memory immune to later changes of the objects a caller saved', async () => {
    const store = await open();
    const saved = { ...day('d-1', '2026-10-08') };
    const accounts = [{ ...account('acc-1') }];
    await store.saveDay(saved);
    await store.saveAccounts(accounts);
    (saved as { batchNo?: string }).batchNo = '999';
    (accounts[0] as { name: string }).name = 'changed';
    expect(store.days()[0]?.batchNo).toBeUndefined();
    expect(store.accounts()[0]?.name).toBe('收银台 POS acc-1');
  });

  it('serialises overlapping saves into one year so none is lost', async () => {
    const store = await open();
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.saveDay(day(`d-${i}`, `2026-03-${String(i + 1).padStart(2, '0')}`))));
    const ids = Array.from({ length: 20 }, (_, i) => `d-${i}`);
    expect(store.days().map((entry) => entry.id)).toEqual(ids);
    expect((await open()).days().map((entry) => entry.id)).toEqual(ids);
  });

  it('refuses a business date whose year is not four digits (it becomes a file name), writing nothing', async () => {
    const store = await open();
    for (const businessDate of ['../2026-10-01', '', 'x2026-10-01', '202-10-01']) {
      await expect(store.saveDay(day('d-1', businessDate))).rejects.toMatchObject({ code: 'invalid_argument' });
    }
    expect(store.days()).toEqual([]);
    expect(await listFiles(dir)).toEqual([]);
  });
});

describe('FsSettlementStore: a failed save changes nothing', () => {
  interface Case {
    readonly name: string;
    readonly code: string;
    readonly errorCode: string;
    readonly fail: (fs: FaultFileSystem, baseName: string) => void;
  }
  // The rename that puts the new file in place (from its temp name), and the fsync of the temp file.
  const CASES: readonly Case[] = [
    {
      name: 'EIO at the rename',
      code: 'EIO',
      errorCode: 'save_failed',
      fail: (fs, baseName) => fs.failWhen((call) => call.op === 'rename' && call.path.includes(`.${baseName}.`), 'EIO'),
    },
    {
      name: 'ENOSPC at the fsync',
      code: 'ENOSPC',
      errorCode: 'disk_full',
      fail: (fs, baseName) => fs.failWhen((call) => call.op === 'sync' && call.path.includes(`.${baseName}.`), 'ENOSPC'),
    },
  ];

  /** A folder with one account and one 2026 day, plus a second save so a generation exists. */
  async function prepared(fs: FaultFileSystem): Promise<FsSettlementStore> {
    const store = await open(fs);
    await store.saveAccounts([account('acc-1')]);
    await store.saveDay(day('d-1', '2026-10-08'));
    await store.saveDay(day('d-2', '2026-10-09'));
    return store;
  }

  for (const failure of CASES) {
    it(`${failure.name}: replacing a day rejects, leaves memory and the file as they were, and a retry works`, async () => {
      const fs = new FaultFileSystem();
      const store = await prepared(fs);
      const daysBefore = structuredClone(store.days());
      const accountsBefore = structuredClone(store.accounts());
      const fileBefore = await readFile(pathOf('2026.json'));
      const gensBefore = (await readdir(pathOf('.generations'))).sort();

      failure.fail(fs, '2026.json');
      const changed = day('d-1', '2026-10-08', { received: { amount: fen(1), date: '2026-10-09' } });
      const error: unknown = await store.saveDay(changed).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: failure.errorCode, params: { file: 'settlements/2026.json', code: failure.code } });
      expect(fs.calls.some((call) => call.path.includes('.2026.json.'))).toBe(true);

      expect(store.days()).toEqual(daysBefore);
      expect(store.accounts()).toEqual(accountsBefore);
      expect(await readFile(pathOf('2026.json'))).toEqual(fileBefore);
      expect((await readdir(pathOf('.generations'))).sort()).toEqual(gensBefore);
      expect(await listTempFiles(dir)).toEqual([]);
      expect((await open()).days()).toEqual(daysBefore);

      fs.clear();
      await store.saveDay(changed);
      expect(store.days()).toEqual([changed, day('d-2', '2026-10-09')]);
      expect(await diskState(pathOf('2026.json'))).toEqual({ days: [changed, day('d-2', '2026-10-09')] });
    });

    it(`${failure.name}: saving accounts rejects and leaves them as they were`, async () => {
      const fs = new FaultFileSystem();
      const store = await prepared(fs);
      const daysBefore = structuredClone(store.days());
      const fileBefore = await readFile(pathOf('accounts.json'));

      failure.fail(fs, 'accounts.json');
      await expect(store.saveAccounts([account('acc-1'), account('acc-2')])).rejects.toMatchObject({
        code: failure.errorCode,
        params: { file: 'settlements/accounts.json', code: failure.code },
      });
      expect(store.accounts()).toEqual([account('acc-1')]);
      expect(store.days()).toEqual(daysBefore);
      expect(await readFile(pathOf('accounts.json'))).toEqual(fileBefore);
      expect(await listTempFiles(dir)).toEqual([]);
    });

    it(`${failure.name}: the first day of a new year rejects, adds nothing and leaves no year file`, async () => {
      const fs = new FaultFileSystem();
      const store = await prepared(fs);
      const daysBefore = structuredClone(store.days());

      failure.fail(fs, '2027.json');
      await expect(store.saveDay(day('d-3', '2027-01-04'))).rejects.toMatchObject({ code: failure.errorCode });
      expect(store.days()).toEqual(daysBefore);
      expect(await diskState(pathOf('2027.json'))).toBe('absent');
      expect(await listTempFiles(dir)).toEqual([]);
      expect((await open()).days()).toEqual(daysBefore);
    });
  }

  it('refuses a day that fails the stored schema before writing anything', async () => {
    const fs = new FaultFileSystem();
    const store = await open(fs);
    await store.saveDay(day('d-1', '2026-10-08'));
    const fileBefore = await readFile(pathOf('2026.json'));
    const filesBefore = await listFiles(dir);
    fs.resetCount();

    const bad = { ...day('d-2', '2026-10-09'), feeRateBp: -60 } as SettlementDay;
    await expect(store.saveDay(bad)).rejects.toThrow(/feeRateBp/);
    const fractional = day('d-3', '2026-10-09', { takings: { salesCount: 1.5, salesAmount: fen(100), refundsCount: 0, refundsAmount: fen(0) } });
    await expect(store.saveDay(fractional)).rejects.toThrow(/salesCount/);

    // Not a single open, write, sync, rename or link: refused before the disk was touched.
    expect(fs.calls).toEqual([]);
    expect(store.days().map((entry) => entry.id)).toEqual(['d-1']);
    expect(await readFile(pathOf('2026.json'))).toEqual(fileBefore);
    expect(await listFiles(dir)).toEqual(filesBefore);
  });

  it('refuses accounts that fail the stored schema before writing anything', async () => {
    const fs = new FaultFileSystem();
    const store = await open(fs);
    fs.resetCount();
    const bad = { ...account('acc-1'), source: 'cash' } as unknown as SettlementAccount;
    await expect(store.saveAccounts([bad])).rejects.toThrow(/source/);
    expect(fs.calls).toEqual([]);
    expect(store.accounts()).toEqual([]);
    expect(await diskState(pathOf('accounts.json'))).toBe('absent');
  });
});

describe('FsSettlementStore: a damaged year file', () => {
  const OLDER = day('d-1', '2026-10-08');
  const NEWER = day('d-2', '2026-10-09');
  const OTHER_YEAR = day('d-0', '2025-12-31');

  interface Variant {
    readonly name: string;
    readonly problem: string;
    readonly damage: (good: Buffer) => Buffer;
  }
  const VARIANTS: readonly Variant[] = [
    { name: 'bad JSON', problem: 'not_json', damage: (good) => Buffer.from(good.toString('utf8').replace('"data":', '"data"')) },
    { name: 'truncated', problem: 'not_json', damage: (good) => good.subarray(0, good.length >> 1) },
    {
      // Still valid JSON, but the data no longer matches its checksum: d-2 became d-3.
      name: 'bad checksum',
      problem: 'checksum',
      damage: (good) => Buffer.from(good.toString('utf8').replace('"id":"d-2"', '"id":"d-3"')),
    },
    {
      name: 'wrong shape (valid checksum)',
      problem: 'schema',
      damage: () => encodeEnvelope({ days: [{ ...NEWER, feeRateBp: -1 }] }, 99, new Date('2026-10-10T00:00:00.000Z')),
    },
  ];

  for (const variant of VARIANTS) {
    it(`${variant.name}: quarantined, the previous generation restored, and the owner told`, async () => {
      const store = await open();
      await store.saveDay(OTHER_YEAR);
      await store.saveDay(OLDER);
      await store.saveDay(NEWER);
      const otherBefore = await readFile(pathOf('2025.json'));
      const good = await readFile(pathOf('2026.json'));
      const damaged = variant.damage(good);
      expect(damaged.equals(good)).toBe(false);
      await writeFile(pathOf('2026.json'), damaged);
      const [generation] = (await readdir(pathOf('.generations'))).filter((name) => name.startsWith('2026.json.'));
      const generationSavedAt = JSON.parse(await readFile(pathOf(`.generations/${generation ?? ''}`), 'utf8')) as { savedAt: string };

      const reopened = await open();
      expect(reopened.days()).toEqual([OTHER_YEAR, OLDER]);
      const notices = reopened.recoveries();
      expect(notices).toHaveLength(1);
      expect(notices[0]).toEqual({
        file: 'settlements/2026.json',
        problem: variant.problem,
        quarantinedAs: expect.stringMatching(/^quarantine\/settlements__2026\.json\.\d{8}T\d{9}Z\.bad$/u) as unknown,
        restoredSavedAt: generationSavedAt.savedAt,
        dataMayBeMissing: false,
      });
      // The damaged bytes kept as they were; the restored data durably back in place; the other year untouched.
      expect(await readFile(join(dir, ...(notices[0]?.quarantinedAs ?? '').split('/')))).toEqual(damaged);
      expect(await diskState(pathOf('2026.json'))).toEqual({ days: [OLDER] });
      expect(await readFile(pathOf('2025.json'))).toEqual(otherBefore);

      // The next start is clean, and saving goes on from the restored state.
      const again = await open();
      expect(again.recoveries()).toEqual([]);
      await again.saveDay(NEWER);
      expect((await open()).days()).toEqual([OTHER_YEAR, OLDER, NEWER]);
    });
  }

  it('a damaged accounts file is recovered the same way', async () => {
    const store = await open();
    await store.saveAccounts([account('acc-1')]);
    await store.saveAccounts([account('acc-1'), account('acc-2')]);
    await writeFile(pathOf('accounts.json'), '{"format":"refunddesk/1",');

    const reopened = await open();
    expect(reopened.accounts()).toEqual([account('acc-1')]);
    expect(reopened.recoveries()).toMatchObject([{ file: 'settlements/accounts.json', problem: 'not_json', dataMayBeMissing: false }]);
  });

  it('a year whose file is gone but whose generations remain is found and restored', async () => {
    const store = await open();
    await store.saveDay(OLDER);
    await store.saveDay(NEWER);
    await nodeFileSystem.unlink(pathOf('2026.json'));

    const reopened = await open();
    expect(reopened.days()).toEqual([OLDER]);
    expect(reopened.recoveries()).toMatchObject([{ file: 'settlements/2026.json', problem: 'missing', dataMayBeMissing: false }]);
    expect(reopened.recoveries()[0]?.quarantinedAs).toBeUndefined();
    expect(await diskState(pathOf('2026.json'))).toEqual({ days: [OLDER] });
  });
});

describe('FsSettlementStore: finding years at start-up', () => {
  it('discoverPartitions finds years with a file, only a generation or only a stray temp file, and nothing else', async () => {
    const settlements = join(dir, 'settlements');
    expect(await discoverPartitions(nodeFileSystem, settlements, YEAR_FILE)).toEqual([]);

    const store = await open();
    await store.saveAccounts([account('acc-1')]);
    await store.saveAccounts([account('acc-2')]);
    await store.saveDay(day('d-1', '2025-03-01'));
    await store.saveDay(day('d-2', '2023-03-01'));
    await store.saveDay(day('d-3', '2023-03-02'));
    await nodeFileSystem.unlink(pathOf('2023.json'));
    await writeFile(pathOf('.2024.json.4242-0123456789ab.tmp'), '{"format":"refunddesk/1","se');
    await writeFile(pathOf('2022.json.bak'), 'x');
    await writeFile(pathOf('20210.json'), 'x');

    expect(await discoverPartitions(nodeFileSystem, settlements, YEAR_FILE)).toEqual(['2023', '2024', '2025']);
  });

  it('sweeps the stray temp file of a killed first save for a year with no other file, and loads nothing from it', async () => {
    const store = await open();
    await store.saveDay(day('d-1', '2026-10-08'));
    const temp = '.2024.json.4242-0123456789ab.tmp';
    await writeFile(pathOf(temp), '{"format":"refunddesk/1","seq":1,"savedAt":"2026-10-08T00:00:00.000Z","sha256":"');
    expect(await discoverPartitions(nodeFileSystem, join(dir, 'settlements'), YEAR_FILE)).toEqual(['2024', '2026']);

    const reopened = await open();
    expect(await listTempFiles(dir)).toEqual([]);
    expect(reopened.days()).toEqual([day('d-1', '2026-10-08')]);
    expect(reopened.recoveries()).toEqual([]);
    expect(await diskState(pathOf('2024.json'))).toBe('absent');
    expect(await discoverPartitions(nodeFileSystem, join(dir, 'settlements'), YEAR_FILE)).toEqual(['2026']);
  });
});
