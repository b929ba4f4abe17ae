import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../electron/common/domain/errors';
import type { LedgerPartition } from '../../../electron/common/ports';
import { parseLedgerPartition, parseSettings } from '../../../electron/node/ledger-schema';
import { DurableJsonFile } from '../../../electron/node/storage/durable-json-file';
import { sha256Hex } from '../../../electron/node/storage/envelope';
import { canonicalJson } from '../../../electron/common/domain/canonical-json';
import { listTempFiles, makeTempDir, removeTempDir } from '../../support/storage-temp-dir';
import { partition, payment, steppingClock } from '../../support/storage-records';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dir);
});

function ledgerFile(options: { generations?: number } = {}): DurableJsonFile<LedgerPartition> {
  return new DurableJsonFile({
    dataDir: dir,
    relativePath: 'ledger/2026-11.json',
    parse: parseLedgerPartition,
    now: steppingClock(),
    ...options,
  });
}

const gensDir = () => join(dir, 'ledger', '.generations');

describe('DurableJsonFile', () => {
  it('reads null for a fresh folder and round-trips data through lowdb', async () => {
    const db = new Low(ledgerFile(), partition([]));
    await db.read();
    expect(db.data).toEqual(partition([]));
    const data = partition([payment('p-1'), payment('p-2', { channel: 'cash', ids: {}, matchKey: '' })]);
    await db.adapter.write(data);

    const again = ledgerFile();
    expect(await again.read()).toEqual(data);
    expect(again.recoveries()).toEqual([]);
  });

  it('writes the checksummed envelope, owner-only', async () => {
    const file = ledgerFile();
    const data = partition([payment('p-1')]);
    await file.write(data);
    const path = join(dir, 'ledger', '2026-11.json');
    const onDisk = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
    expect(onDisk).toMatchObject({ format: 'refunddesk/1', seq: 1, savedAt: '2026-11-22T02:00:00.000Z' });
    expect(onDisk['sha256']).toBe(sha256Hex(canonicalJson(data)));
    expect(onDisk['data']).toEqual(data);
    if (process.platform !== 'win32') {
      expect((await stat(path)).mode & 0o777).toBe(0o600);
      expect((await stat(join(dir, 'ledger'))).mode & 0o777).toBe(0o700);
    }
  });

  it('keeps previous versions as generations, pruned to the newest N', async () => {
    const file = ledgerFile({ generations: 3 });
    for (let i = 1; i <= 7; i += 1) await file.write(partition([payment(`p-${i}`)]));
    const gens = (await readdir(gensDir())).sort();
    expect(gens).toEqual(['2026-11.json.000000000005.gen', '2026-11.json.000000000006.gen', '2026-11.json.000000000007.gen']);
    // Generation n holds the version that save n replaced.
    const newest = JSON.parse(await readFile(join(gensDir(), gens[2] ?? ''), 'utf8')) as { seq: number; data: unknown };
    expect(newest.seq).toBe(6);
    expect(newest.data).toEqual(partition([payment('p-6')]));
  });

  it('continues numbering after a restart instead of reusing generation names', async () => {
    await ledgerFile().write(partition([payment('p-1')]));
    await ledgerFile().write(partition([payment('p-2')]));
    const third = ledgerFile();
    await third.read();
    await third.write(partition([payment('p-3')]));
    expect((await readdir(gensDir())).sort()).toEqual(['2026-11.json.000000000002.gen', '2026-11.json.000000000003.gen']);
  });

  it('deletes temp files a crashed save left behind, at the next start only', async () => {
    await ledgerFile().write(partition([payment('p-1')]));
    const stray = join(dir, 'ledger', '.2026-11.json.4242-0a1b2c3d4e5f.tmp');
    const other = join(dir, 'ledger', '.2026-10.json.4242-0a1b2c3d4e5f.tmp');
    await writeFile(stray, '{"format":"refunddesk/1","seq":2,"da');
    await writeFile(other, 'not ours');
    const file = ledgerFile();
    expect(await file.read()).toEqual(partition([payment('p-1')]));
    expect(await listTempFiles(dir)).toEqual(['ledger/.2026-10.json.4242-0a1b2c3d4e5f.tmp']);
  });

  it('serialises overlapping saves: the last one queued wins and none is torn', async () => {
    const file = ledgerFile();
    await Promise.all(Array.from({ length: 20 }, (_, i) => file.write(partition([payment(`p-${i}`)]))));
    expect(await ledgerFile().read()).toEqual(partition([payment('p-19')]));
    expect(await listTempFiles(dir)).toEqual([]);
  });

  it('refuses to save data it could not load back, leaving the file as it was', async () => {
    const file = ledgerFile();
    await file.write(partition([payment('p-1')]));
    const bad = { payments: [{ ...payment('p-2'), amount: 12.5 }], refunds: [] } as unknown as LedgerPartition;
    const error: unknown = await file.write(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('save_failed');
    expect(await ledgerFile().read()).toEqual(partition([payment('p-1')]));
  });

  it('reads the format written by version 1 (golden file)', async () => {
    // Pins the on-disk format: if canonical JSON or the envelope ever changes, old shops' files must still load.
    const golden = await readFile(new URL('../../fixtures/storage/settings-v1.json', import.meta.url));
    await writeFile(join(dir, 'settings.json'), golden);
    const file = new DurableJsonFile({ dataDir: dir, relativePath: 'settings.json', parse: parseSettings });
    expect(await file.read()).toEqual({
      setupDone: true,
      shopName: '张记小卖部',
      language: 'zh-CN',
      // Step 1 stored names; they load as operators (the first is the owner), see settings-migration.test.ts.
      operators: [
        { id: 'op-1', name: '张三', role: 'owner' },
        { id: 'op-2', name: 'Li Si', role: 'clerk' },
      ],
      lastChannel: 'wechat',
    });
    expect(file.recoveries()).toEqual([]);
  });

  it('saves into a folder that does not exist yet', async () => {
    await mkdir(join(dir, 'unrelated'));
    const file = new DurableJsonFile({ dataDir: join(dir, 'a', 'b'), relativePath: 'c/d.json', parse: parseSettings });
    await file.write({ setupDone: false, shopName: '', language: 'en', operators: [] });
    expect(await stat(join(dir, 'a', 'b', 'c', 'd.json'))).toBeTruthy();
  });
});
