/**
 * RELIABILITY §2 "corrupted file", every variant × every kind of durable data file (ledger month, settings,
 * settlement year, case year): detected with the right problem, the damaged bytes moved to quarantine (never
 * overwritten), the newest good generation restored durably, and a second start finds nothing wrong. More variants
 * on the adapter alone (BOM, literal null, duplicate keys, a folder in the file's place, no good generation):
 * test/node/storage/durable-json-file.corruption.test.ts. The install key (quarantined, a new key made):
 * test/node/keys/install-key.test.ts. A flipped byte in an attachment: ./attachments.test.ts.
 */
import { readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RecoveryNotice } from '../../../electron/common/ports';
import { FsCaseStore } from '../../../electron/node/cases/case-store';
import { LowdbLedgerStore } from '../../../electron/node/ledger-store';
import { LowdbSettingsStore } from '../../../electron/node/settings-store';
import { FsSettlementStore } from '../../../electron/node/settlements/settlement-store';
import { encodeEnvelope } from '../../../electron/node/storage/envelope';
import { caseRecord, settlementDay } from '../../support/fault-records';
import { payment, steppingClock } from '../../support/storage-records';
import { listTempFiles, makeTempDir, removeTempDir } from '../../support/storage-temp-dir';

interface Kind {
  readonly name: string;
  readonly file: string;
  /** Saves version 1 then version 2 (so version 1 is the newest generation). */
  seed(dataDir: string): Promise<void>;
  /** Opens the store as a start would; `keys` identify the records it holds. */
  load(dataDir: string): Promise<{ keys: string[]; recoveries: readonly RecoveryNotice[] }>;
  readonly v1: readonly string[];
  readonly v2: readonly string[];
}

const now = steppingClock();
const KINDS: readonly Kind[] = [
  {
    name: 'ledger month',
    file: 'ledger/2026-11.json',
    async seed(dataDir) {
      const store = await LowdbLedgerStore.open({ dataDir, now });
      await store.loadAll();
      await store.commit({ month: '2026-11', payments: [payment('p-1')] });
      await store.commit({ month: '2026-11', payments: [payment('p-2')] });
    },
    async load(dataDir) {
      const store = await LowdbLedgerStore.open({ dataDir, now });
      const keys = ((await store.loadAll()).get('2026-11')?.payments ?? []).map((p) => p.id);
      return { keys, recoveries: store.recoveries() };
    },
    v1: ['p-1'],
    v2: ['p-1', 'p-2'],
  },
  {
    name: 'settings',
    file: 'settings.json',
    async seed(dataDir) {
      const store = await LowdbSettingsStore.open({ dataDir, now });
      await store.update({ shopName: '张记' });
      await store.update({ shopName: '张记二店' });
    },
    async load(dataDir) {
      const store = await LowdbSettingsStore.open({ dataDir, now });
      return { keys: [store.get().shopName], recoveries: store.recoveries() };
    },
    v1: ['张记'],
    v2: ['张记二店'],
  },
  {
    name: 'settlements year',
    file: 'settlements/2026.json',
    async seed(dataDir) {
      const store = await FsSettlementStore.open({ dataDir, now });
      await store.saveDay(settlementDay('d-1', '2026-11-19'));
      await store.saveDay(settlementDay('d-2', '2026-11-20'));
    },
    async load(dataDir) {
      const store = await FsSettlementStore.open({ dataDir, now });
      return { keys: store.days().map((d) => d.id), recoveries: store.recoveries() };
    },
    v1: ['d-1'],
    v2: ['d-1', 'd-2'],
  },
  {
    name: 'cases year',
    file: 'cases/2026.json',
    async seed(dataDir) {
      const store = await FsCaseStore.open({ dataDir, now });
      await store.saveCase(caseRecord('c-1'));
      await store.saveCase(caseRecord('c-2'));
    },
    async load(dataDir) {
      const store = await FsCaseStore.open({ dataDir, now });
      return { keys: store.cases().map((c) => c.id), recoveries: store.recoveries() };
    },
    v1: ['c-1'],
    v2: ['c-1', 'c-2'],
  },
];

interface Variant {
  readonly name: string;
  /** The problem a start must report; undefined: nothing is wrong with the data file itself. */
  readonly problem: RecoveryNotice['problem'] | undefined;
  damage(path: string, good: Buffer): Promise<void>;
}

const VARIANTS: readonly Variant[] = [
  { name: 'truncated', problem: 'not_json', damage: (p, g) => writeFile(p, g.subarray(0, g.length >> 1)) },
  { name: 'zero bytes', problem: 'not_json', damage: (p) => writeFile(p, '') },
  { name: 'bad JSON', problem: 'not_json', damage: (p, g) => writeFile(p, g.toString('utf8').replace('"data":', '"data"')) },
  {
    name: 'bad checksum',
    problem: 'checksum',
    damage: (p, g) => writeFile(p, g.toString('utf8').replace(/"sha256":"(.)/, (_, c: string) => `"sha256":"${c === '0' ? '1' : '0'}`)),
  },
  { name: 'wrong format version', problem: 'schema', damage: (p, g) => writeFile(p, g.toString('utf8').replace('refunddesk/1', 'refunddesk/99')) },
  { name: 'valid JSON, wrong shape', problem: 'schema', damage: (p) => writeFile(p, encodeEnvelope({ surprise: [1, 2, 3] }, 99, new Date())) },
  { name: 'deleted, generations left', problem: 'missing', damage: (p) => unlink(p) },
  {
    // A killed save's temp file beside an intact file: swept at start, and the file's own (latest) data loads.
    name: 'temp file left behind',
    problem: undefined,
    damage: (p, g) => writeFile(join(p, '..', `.${p.split('/').at(-1) ?? ''}.4242-abcdef012345.tmp`), g.subarray(0, 40)),
  },
];

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await removeTempDir(dir);
});

describe('every corrupted-file variant, each store kind', () => {
  it('detected, quarantined, recovered from a generation, and clean at the next start', { timeout: 60_000 }, async () => {
    const tally = { cases: 0, detected: 0, quarantined: 0, recovered: 0, lost: 0, cleanNextStart: 0 };
    for (const kind of KINDS) {
      for (const variant of VARIANTS) {
        const dataDir = await makeTempDir('refunddesk-corrupt-');
        dirs.push(dataDir);
        await kind.seed(dataDir);
        const path = join(dataDir, ...kind.file.split('/'));
        const good = await readFile(path);
        await variant.damage(path, good);
        const damaged = await readFile(path).catch(() => undefined);
        const label = `${kind.name} / ${variant.name}`;
        tally.cases += 1;

        const first = await kind.load(dataDir);
        const expected = variant.problem === undefined ? kind.v2 : kind.v1;
        const problems = first.recoveries.map((n) => n.problem);
        if (variant.problem === undefined ? problems.length === 0 : problems.join() === variant.problem) tally.detected += 1;
        expect(problems, label).toEqual(variant.problem === undefined ? [] : [variant.problem]);
        const notice = first.recoveries[0];
        if (notice?.quarantinedAs !== undefined && damaged !== undefined) {
          expect(await readFile(join(dataDir, ...notice.quarantinedAs.split('/'))), label).toEqual(damaged);
          tally.quarantined += 1;
        }
        expect(notice?.dataMayBeMissing ?? false, label).toBe(false);
        if (first.keys.join() === expected.join()) tally.recovered += 1;
        tally.lost += expected.filter((key) => !first.keys.includes(key)).length;
        expect(first.keys, label).toEqual(expected);
        expect(await listTempFiles(dataDir), label).toEqual([]);

        const second = await kind.load(dataDir);
        if (second.recoveries.length === 0 && second.keys.join() === expected.join()) tally.cleanNextStart += 1;
      }
    }
    const withFile = KINDS.length * VARIANTS.filter((v) => v.problem !== undefined && v.problem !== 'missing').length;
    console.log(
      `corrupted files: ${VARIANTS.length} variants × ${KINDS.length} store kinds = ${tally.cases} cases, ${tally.detected} detected, ` +
        `${tally.quarantined} quarantined, ${tally.recovered} recovered, ${tally.cleanNextStart} clean at next start, ` +
        `${tally.lost} lost (beyond the damaged save itself, which is kept in quarantine)`,
    );
    expect(tally).toEqual({ cases: tally.cases, detected: tally.cases, quarantined: withFile, recovered: tally.cases, lost: 0, cleanNextStart: tally.cases });
  });
});
