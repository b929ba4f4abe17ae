/**
 * Every way a data file turns up damaged (RELIABILITY §2 "corrupted file"): each must be detected, the
 * damaged bytes kept in quarantine, the newest good generation restored durably, and the owner told.
 */
import { mkdir, readFile, readdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fen } from '../../../electron/common/domain/money';
import type { LedgerPartition, RecoveryNotice } from '../../../electron/common/ports';
import { parseLedgerPartition } from '../../../electron/node/ledger-schema';
import { DurableJsonFile } from '../../../electron/node/storage/durable-json-file';
import { encodeEnvelope } from '../../../electron/node/storage/envelope';
import { FaultFileSystem } from '../../support/fault-fs';
import { diskState, makeTempDir, removeTempDir } from '../../support/storage-temp-dir';
import { partition, payment, refund, steppingClock } from '../../support/storage-records';

const OLDER = partition([payment('p-1')]);
const LATEST = partition([payment('p-1'), payment('p-2', { amount: fen(99) })], [refund('r-1', 'p-1')]);
const FILE = 'ledger/2026-11.json';

interface Variant {
  readonly name: string;
  readonly problem: RecoveryNotice['problem'];
  /** Turns the good file's bytes into the damaged file (or removes it). */
  readonly damage: (path: string, good: Buffer) => Promise<void>;
  /** What a recovery can get back: the older generation, or (BOM) the file's own verified data. */
  readonly restores: LedgerPartition;
}

function flipBitIn(good: Buffer, marker: string): Buffer {
  const bytes = Buffer.from(good);
  const at = bytes.indexOf(marker, bytes.indexOf('"data"'));
  bytes[at] = (bytes[at] ?? 0) ^ 0x01; // 'p' → 'q': still valid JSON, different data
  return bytes;
}

const VARIANTS: readonly Variant[] = [
  { name: 'truncated', problem: 'not_json', restores: OLDER, damage: (p, g) => writeFile(p, g.subarray(0, g.length >> 1)) },
  { name: '0 bytes', problem: 'not_json', restores: OLDER, damage: (p) => writeFile(p, '') },
  {
    name: 'BOM',
    problem: 'not_json',
    restores: LATEST,
    damage: (p, g) => writeFile(p, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), g])),
  },
  { name: 'literal null', problem: 'schema', restores: OLDER, damage: (p) => writeFile(p, 'null') },
  { name: 'one flipped bit', problem: 'checksum', restores: OLDER, damage: (p, g) => writeFile(p, flipBitIn(g, 'p-2')) },
  {
    name: 'wrong shape (valid checksum)',
    problem: 'schema',
    restores: OLDER,
    damage: (p) => writeFile(p, encodeEnvelope({ payments: 'all of them', refunds: [] }, 9, new Date())),
  },
  {
    // JSON.parse keeps the last of two equal keys, so this file parses fine and silently drops every refund.
    name: 'duplicate keys',
    problem: 'checksum',
    restores: OLDER,
    damage: (p, g) => writeFile(p, g.toString('utf8').replace(/\]\}\}\n$/, '],"refunds":[]}}\n')),
  },
  { name: 'deleted (generations present)', problem: 'missing', restores: OLDER, damage: (p) => unlink(p) },
  {
    name: 'unreadable (a folder in its place)',
    problem: 'unreadable',
    restores: OLDER,
    damage: async (p) => {
      await unlink(p);
      await mkdir(p);
    },
  },
];

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await removeTempDir(dir);
});

function open(dataDir: string): DurableJsonFile<LedgerPartition> {
  return new DurableJsonFile({ dataDir, relativePath: FILE, parse: parseLedgerPartition, now: steppingClock() });
}

/** A folder whose file holds LATEST and whose newest generation holds OLDER. */
async function prepared(): Promise<{ dataDir: string; path: string; good: Buffer }> {
  const dataDir = await makeTempDir();
  dirs.push(dataDir);
  const file = open(dataDir);
  await file.write(OLDER);
  await file.write(LATEST);
  const path = join(dataDir, ...FILE.split('/'));
  return { dataDir, path, good: await readFile(path) };
}

describe('DurableJsonFile with a damaged file', () => {
  it('detects, quarantines and recovers every variant', async () => {
    const tally = { detected: 0, recovered: 0, quarantined: 0 };
    for (const variant of VARIANTS) {
      const { dataDir, path, good } = await prepared();
      await variant.damage(path, good);
      const damaged = await readFile(path).catch(() => undefined);

      const file = open(dataDir);
      const loaded = await file.read();
      const [notice, ...more] = file.recoveries();
      expect(more, variant.name).toEqual([]);
      if (notice?.problem === variant.problem) tally.detected += 1;
      expect(notice, variant.name).toMatchObject({ file: FILE, problem: variant.problem, dataMayBeMissing: false });

      // Recovered: the right data in memory, and durably back on disk so the next start is clean.
      expect(loaded, variant.name).toEqual(variant.restores);
      expect(await diskState(path), variant.name).toEqual(variant.restores);
      const reopened = open(dataDir);
      expect(await reopened.read()).toEqual(variant.restores);
      if (reopened.recoveries().length === 0) tally.recovered += 1;

      // Quarantined: the damaged bytes kept as they were, never overwritten.
      if (notice?.quarantinedAs !== undefined) {
        expect(notice.quarantinedAs).toMatch(/^quarantine\/ledger__2026-11\.json\.\d{8}T\d{9}Z\.bad$/);
        const kept = join(dataDir, ...notice.quarantinedAs.split('/'));
        if (damaged !== undefined) expect(await readFile(kept)).toEqual(damaged);
        tally.quarantined += 1;
      }
    }
    const total = VARIANTS.length;
    const nothingToKeep = VARIANTS.filter((v) => v.problem === 'missing').length;
    console.log(
      `corrupt-file variants: ${tally.detected} detected, ${tally.recovered} recovered, ` +
        `${tally.quarantined} quarantined (of ${total}; ${nothingToKeep} deleted file had nothing to quarantine)`,
    );
    expect(tally).toEqual({ detected: total, recovered: total, quarantined: total - nothingToKeep });
  });

  it('with no good generation: says data may be missing, keeps every bad file, writes nothing', async () => {
    const { dataDir, path, good } = await prepared();
    const gensDir = join(dataDir, 'ledger', '.generations');
    for (const name of await readdir(gensDir)) await writeFile(join(gensDir, name), '{"format":"refunddesk/1"');
    const damaged = flipBitIn(good, 'p-2');
    await writeFile(path, damaged);

    const file = open(dataDir);
    expect(await file.read()).toBeNull();
    const [notice] = file.recoveries();
    expect(notice).toMatchObject({ file: FILE, problem: 'checksum', dataMayBeMissing: true });
    expect(notice?.restoredSavedAt).toBeUndefined();
    expect(await readFile(join(dataDir, ...(notice?.quarantinedAs ?? '').split('/')))).toEqual(damaged);
    expect(await diskState(path)).toBe('absent');
    expect(await readdir(gensDir)).toHaveLength(1);
  });

  it('restores the newest generation that verifies, skipping damaged newer ones', async () => {
    const dataDir = await makeTempDir();
    dirs.push(dataDir);
    const file = open(dataDir);
    for (let i = 1; i <= 4; i += 1) await file.write(partition([payment(`p-${i}`)]));
    const gensDir = join(dataDir, 'ledger', '.generations');
    const newestFirst = (await readdir(gensDir)).sort().reverse();
    await writeFile(join(gensDir, newestFirst[0] ?? ''), '');
    await writeFile(join(dataDir, 'ledger', '2026-11.json'), 'null');

    const again = open(dataDir);
    expect(await again.read()).toEqual(partition([payment('p-2')]));
    expect(again.recoveries()[0]).toMatchObject({ problem: 'schema', dataMayBeMissing: false });
  });
});

describe('DurableJsonFile when another program holds the file', () => {
  it('retries a briefly busy file and loads it without any recovery', async () => {
    const { dataDir } = await prepared();
    const fs = new FaultFileSystem();
    fs.failWhen((call) => call.op === 'read' && fs.calls.filter((c) => c.op === 'read').length <= 2, 'EBUSY');
    const file = new DurableJsonFile({ dataDir, relativePath: FILE, parse: parseLedgerPartition, fs });
    expect(await file.read()).toEqual(LATEST);
    expect(file.recoveries()).toEqual([]);
  });

  it('stops with storage_locked, and moves nothing, when the file stays busy', async () => {
    const { dataDir, path, good } = await prepared();
    const fs = new FaultFileSystem();
    fs.failWhen((call) => call.op === 'read' && call.path === path, 'EBUSY');
    const file = new DurableJsonFile({ dataDir, relativePath: FILE, parse: parseLedgerPartition, fs });
    await expect(file.read()).rejects.toMatchObject({ code: 'storage_locked' });
    expect(await readFile(path)).toEqual(good);
    expect(file.recoveries()).toEqual([]);
  });
});
