/**
 * RELIABILITY §2 "I/O error at every step" and "disk full": whichever call of a save fails, the file on
 * disk is the state before or after the save (never between), the error reaches the caller, memory is
 * rolled back, nothing partial is left, and a retry succeeds once the disk behaves.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual as same } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../../electron/common/domain/errors';
import type { LedgerPartition } from '../../../electron/common/ports';
import { LowdbLedgerStore } from '../../../electron/node/ledger-store';
import { parseLedgerPartition } from '../../../electron/node/ledger-schema';
import { DurableJsonFile } from '../../../electron/node/storage/durable-json-file';
import { FaultFileSystem } from '../../support/fault-fs';
import { diskState, listTempFiles, makeTempDir, removeTempDir } from '../../support/storage-temp-dir';
import { partition, payment, steppingClock } from '../../support/storage-records';

const FILE = 'ledger/2026-11.json';
const BEFORE = partition([payment('p-1')]);
const AFTER = partition([payment('p-1'), payment('p-2')]);

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await removeTempDir(dir);
});
async function tempDir(): Promise<string> {
  const dir = await makeTempDir();
  dirs.push(dir);
  return dir;
}

function open(dataDir: string, fs: FaultFileSystem): DurableJsonFile<LedgerPartition> {
  return new DurableJsonFile({ dataDir, relativePath: FILE, parse: parseLedgerPartition, fs, now: steppingClock() });
}

async function errorOf(promise: Promise<unknown>): Promise<DomainError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return error;
}

/** A folder holding BEFORE (or nothing), opened through a fault layer that has counted nothing yet. */
async function setUp(replacing: boolean): Promise<{ dataDir: string; fs: FaultFileSystem; file: DurableJsonFile<LedgerPartition> }> {
  const dataDir = await tempDir();
  const fs = new FaultFileSystem();
  if (replacing) await open(dataDir, fs).write(BEFORE);
  const file = open(dataDir, fs);
  await file.read();
  fs.resetCount();
  return { dataDir, fs, file };
}

const gens = async (dataDir: string) => (await readdir(join(dataDir, 'ledger', '.generations')).catch(() => [])).sort();

describe('DurableJsonFile under I/O errors', () => {
  it('fails cleanly at every step of a save, and a retry succeeds', async () => {
    const tally = { steps: 0, surfaced: 0, torn: 0, before: 0, after: 0, retried: 0 };
    const plans: string[] = [];
    for (const replacing of [true, false]) {
      const dry = await setUp(replacing);
      await dry.file.write(AFTER);
      const steps = dry.fs.calls.map((call) => call.op);
      plans.push(`${replacing ? 'replacing' : 'first'} save: ${steps.join(' → ')}`);

      for (let k = 1; k <= steps.length; k += 1) {
        const { dataDir, fs, file } = await setUp(replacing);
        const gensBefore = await gens(dataDir);
        fs.failNth(k, 'EIO');
        const error = await errorOf(file.write(AFTER));
        tally.steps += 1;
        if (error.code === 'save_failed' && error.message.includes('EIO')) tally.surfaced += 1;

        const state = await diskState(join(dataDir, FILE));
        const expectedBefore = replacing ? BEFORE : 'absent';
        if (same(state, expectedBefore)) {
          tally.before += 1;
          expect(await gens(dataDir), `k=${k}: no orphan generation`).toEqual(gensBefore);
        } else if (same(state, AFTER)) tally.after += 1;
        else tally.torn += 1;
        expect(await listTempFiles(dataDir), `k=${k} (${steps[k - 1] ?? ''})`).toEqual([]);

        fs.clear();
        await file.write(AFTER);
        if (same(await diskState(join(dataDir, FILE)), AFTER)) tally.retried += 1;
      }
    }
    console.log(plans.join('\n'));
    console.log(
      `I/O error at every step (adapter): ${tally.steps} faults injected, ${tally.surfaced} errors surfaced, ` +
        `${tally.torn} torn files (${tally.before} before, ${tally.after} after), ${tally.retried} retries succeeded`,
    );
    expect(tally.steps).toBeGreaterThanOrEqual(17);
    expect(tally).toMatchObject({ surfaced: tally.steps, torn: 0, retried: tally.steps });
  });

  it('rolls LowdbLedgerStore memory back at every failing step', async () => {
    const month = '2026-11';
    const tally = { steps: 0, surfaced: 0, rolledBack: 0, torn: 0, retried: 0 };
    const openStore = async () => {
      const dataDir = await tempDir();
      const fs = new FaultFileSystem();
      const store = await LowdbLedgerStore.open({ dataDir, fs, now: steppingClock() });
      await store.loadAll();
      await store.commit({ month, payments: [payment('p-1')] });
      fs.resetCount();
      return { dataDir, fs, store };
    };
    const dry = await openStore();
    await dry.store.commit({ month, payments: [payment('p-2')] });
    const stepCount = dry.fs.calls.length;

    for (let k = 1; k <= stepCount; k += 1) {
      const { dataDir, fs, store } = await openStore();
      const memoryBefore = await store.loadAll();
      fs.failNth(k, 'EIO');
      const error = await errorOf(store.commit({ month, payments: [payment('p-2')] }));
      tally.steps += 1;
      if (error.code === 'save_failed') tally.surfaced += 1;
      if (same(await store.loadAll(), memoryBefore)) tally.rolledBack += 1;
      expect((await store.loadAll()).get(month)).toEqual(BEFORE);
      const state = await diskState(join(dataDir, FILE));
      if (!same(state, BEFORE) && !same(state, AFTER)) tally.torn += 1;

      fs.clear();
      await store.commit({ month, payments: [payment('p-2')] });
      const reopened = await LowdbLedgerStore.open({ dataDir });
      if (same((await reopened.loadAll()).get(month), AFTER)) tally.retried += 1;
    }
    console.log(
      `I/O error at every step (ledger store): ${tally.steps} faults injected, ${tally.surfaced} errors surfaced, ` +
        `${tally.rolledBack} memory rolled back, ${tally.torn} torn files, ${tally.retried} retries succeeded`,
    );
    expect(tally).toEqual({ steps: stepCount, surfaced: stepCount, rolledBack: stepCount, torn: 0, retried: stepCount });
  });
});

describe('DurableJsonFile on a full disk', () => {
  const cases = [
    { name: 'space runs out part-way through the write', inject: (fs: FaultFileSystem) => fs.limitSpace(64) },
    { name: 'ENOSPC reported at fsync (delayed allocation)', inject: (fs: FaultFileSystem) => fs.failWhen((c) => c.op === 'sync', 'ENOSPC') },
    { name: 'quota exceeded (EDQUOT)', inject: (fs: FaultFileSystem) => fs.failWhen((c) => c.op === 'write', 'EDQUOT') },
  ];
  for (const { name, inject } of cases) {
    it(`says disk_full, leaves nothing partial, rolls memory back, retries: ${name}`, async () => {
      const dataDir = await tempDir();
      const fs = new FaultFileSystem();
      const store = await LowdbLedgerStore.open({ dataDir, fs });
      await store.loadAll();
      await store.commit({ month: '2026-11', payments: [payment('p-1')] });

      inject(fs);
      const error = await errorOf(store.commit({ month: '2026-11', payments: [payment('p-2')] }));
      expect(error.code).toBe('disk_full');
      expect(await listTempFiles(dataDir)).toEqual([]);
      expect(await diskState(join(dataDir, FILE))).toEqual(BEFORE);
      expect((await store.loadAll()).get('2026-11')).toEqual(BEFORE);

      fs.clear();
      await store.commit({ month: '2026-11', payments: [payment('p-2')] });
      expect(await diskState(join(dataDir, FILE))).toEqual(AFTER);
    });
  }
});
