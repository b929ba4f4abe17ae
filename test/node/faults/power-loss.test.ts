/**
 * RELIABILITY §2 "power loss": RefundDesk's real stores (ledger months, settings, settlement years, case years) run
 * a sequence of saves on PowerLossFileSystem; the power goes at a seeded call, what was not fsynced is thrown away
 * (test/support/power-loss-fs.ts), and the stores are reopened on what survived. Every save whose promise resolved
 * before the cut must be there. Cuts are chained (several per folder) so recovery, temp sweeping and generations
 * are themselves cut. lowdb's stock adapter on the same layer is the negative control: it must lose data, or the
 * simulation proves nothing.
 */
import { Low } from 'lowdb';
import type { Adapter } from 'lowdb';
import { describe, expect, it } from 'vitest';
import type { RecoveryNotice } from '../../../electron/common/ports';
import { FsCaseStore } from '../../../electron/node/cases/case-store';
import { LowdbLedgerStore } from '../../../electron/node/ledger-store';
import { LowdbSettingsStore } from '../../../electron/node/settings-store';
import { FsSettlementStore } from '../../../electron/node/settlements/settlement-store';
import type { FileSystem } from '../../../electron/node/storage/fs-port';
import { caseRecord, settlementDay } from '../../support/fault-records';
import { PowerLossFileSystem, seededRandom } from '../../support/power-loss-fs';
import { payment, steppingClock } from '../../support/storage-records';

const DATA = '/data';
const FOLDERS = 100;
const CUTS_PER_FOLDER = 5;
const ROUNDS = 8; // saves of each segment between two cuts
const SEED = Number(process.env['POWER_SEED'] ?? 20261201);

/** What the process was told is safe: ids per store kind, and the index of the last acknowledged settings save. */
interface Acked {
  readonly payments: Map<string, string>; // id → month
  readonly days: Set<string>;
  readonly cases: Set<string>;
  settings: number;
}

async function openStores(fs: FileSystem) {
  const now = steppingClock();
  const settings = await LowdbSettingsStore.open({ dataDir: DATA, fs, now });
  const ledger = await LowdbLedgerStore.open({ dataDir: DATA, fs, now });
  const ledgerData = await ledger.loadAll();
  const settlements = await FsSettlementStore.open({ dataDir: DATA, fs, now });
  const cases = await FsCaseStore.open({ dataDir: DATA, fs, now });
  const recoveries: RecoveryNotice[] = [...settings.recoveries(), ...ledger.recoveries(), ...settlements.recoveries(), ...cases.recoveries()];
  return { settings, ledger, ledgerData, settlements, cases, recoveries };
}

/** One segment of saves; each acknowledgement is recorded only after its promise resolved. */
async function workload(fs: FileSystem, acked: Acked, segment: string, counter: { settings: number }): Promise<void> {
  const stores = await openStores(fs);
  for (let i = 0; i < ROUNDS; i += 1) {
    const id = `${segment}-${i}`;
    const month = i % 2 === 0 ? '2026-10' : '2026-11';
    await stores.ledger.commit({ month, payments: [payment(`p-${id}`)] });
    acked.payments.set(`p-${id}`, month);
    if (i % 2 === 1) {
      counter.settings += 1;
      const index = counter.settings;
      await stores.settings.update({ shopName: `店-${index}` });
      acked.settings = index;
    }
    if (i % 3 === 0) {
      await stores.settlements.saveDay(settlementDay(`d-${id}`, `2026-11-${String((i % 28) + 1).padStart(2, '0')}`));
      acked.days.add(`d-${id}`);
    }
    if (i % 4 === 2) {
      await stores.cases.saveCase(caseRecord(`c-${id}`));
      acked.cases.add(`c-${id}`);
    }
  }
}

/** Acknowledged records missing after reopening; damaged files that could not be restored count as lost too. */
async function verify(fs: FileSystem, acked: Acked): Promise<{ lost: string[]; recovered: number }> {
  const stores = await openStores(fs);
  const lost: string[] = [];
  for (const [id, month] of acked.payments) {
    if (!(stores.ledgerData.get(month)?.payments.some((p) => p.id === id) ?? false)) lost.push(id);
  }
  const days = new Set(stores.settlements.days().map((d) => d.id));
  for (const id of acked.days) if (!days.has(id)) lost.push(id);
  const cases = new Set(stores.cases.cases().map((c) => c.id));
  for (const id of acked.cases) if (!cases.has(id)) lost.push(id);
  // A later, unacknowledged settings save may have landed; an earlier one than the last acknowledged may not.
  const shown = Number(/^店-(\d+)$/.exec(stores.settings.get().shopName)?.[1] ?? 0);
  if (shown < acked.settings) lost.push(`settings #${acked.settings}`);
  for (const notice of stores.recoveries) if (notice.dataMayBeMissing) lost.push(`unrestorable ${notice.file}`);
  return { lost, recovered: stores.recoveries.length };
}

/** Runs `work` with the power cut at a seeded call (or at its end, if it finishes first); rethrows real failures. */
async function runUntilCut(fs: PowerLossFileSystem, cutAt: number, work: () => Promise<void>): Promise<void> {
  fs.cutAfter(cutAt);
  try {
    await work();
  } catch (error) {
    if (!fs.isDead) throw error;
  }
  fs.powerCut();
}

/** Calls one segment makes on an empty folder, so cut points spread over the whole of it. */
async function measure(work: (fs: FileSystem) => Promise<void>): Promise<number> {
  const fs = new PowerLossFileSystem(1);
  await work(fs);
  return fs.callCount;
}

/**
 * lowdb 7's stock `JSONFile` (steno 4.0.2) imports node:fs/promises itself, and vitest does not transform
 * node_modules, so a module mock would not reach it. This is its exact write sequence, re-played on the fault layer:
 * `writeFile(<dir>/.<name>.tmp, JSON.stringify(data, null, 2))` (open 'w', write, close — no fsync), then
 * `rename(temp, file)` (no directory fsync); reads are readFile + JSON.parse, ENOENT → null.
 */
class StenoJsonFile<T> implements Adapter<T> {
  constructor(
    private readonly fs: FileSystem,
    private readonly file: string,
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = (await this.fs.readFile(this.file)).toString('utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return JSON.parse(text) as T;
  }

  async write(data: T): Promise<void> {
    const temp = `${DATA}/.ledger.json.tmp`;
    const bytes = Buffer.from(JSON.stringify(data, null, 2), 'utf8');
    const handle = await this.fs.open(temp, 'w');
    await handle.write(bytes, 0, bytes.length);
    await handle.close();
    await this.fs.rename(temp, this.file);
  }
}

async function stenoWorkload(fs: FileSystem, acked: Set<string>, segment: string): Promise<void> {
  await fs.mkdir(DATA, { recursive: true, mode: 0o700 });
  const db = new Low<{ ids: string[] }>(new StenoJsonFile(fs, `${DATA}/ledger.json`), { ids: [] });
  await db.read();
  for (let i = 0; i < ROUNDS * 2; i += 1) {
    // Records padded to ~1 KB (as RELIABILITY §1 measured) so the file spans several pages and can tear.
    db.data.ids.push(`${segment}-${i}-${'x'.repeat(1000)}`);
    await db.write();
    acked.add(`${segment}-${i}`);
  }
}

async function stenoLost(fs: FileSystem, acked: ReadonlySet<string>): Promise<number> {
  let ids: readonly string[] = [];
  try {
    const data = await new StenoJsonFile<{ ids: string[] }>(fs, `${DATA}/ledger.json`).read();
    ids = data?.ids ?? [];
  } catch {
    // Unparseable after the cut (torn, or the 0-byte file RELIABILITY §1 saw): every record in it is gone.
  }
  const present = new Set(ids.map((id) => id.replace(/-x+$/, '')));
  return [...acked].filter((id) => !present.has(id)).length;
}

/**
 * RefundDesk's own stores with every fsync turned into a no-op (the call still counts, so cut points line up): the
 * same harness must now find lost acknowledged saves, or it could not have seen a missing fsync in the adapter.
 */
function withoutFsync(inner: PowerLossFileSystem): FileSystem {
  return {
    open: async (path, flags, mode) => {
      const handle = await inner.open(path, flags, mode);
      return { write: (b, o, l) => handle.write(b, o, l), sync: () => Promise.resolve(), close: () => handle.close() };
    },
    readFile: (path) => inner.readFile(path),
    rename: (from, to) => inner.rename(from, to),
    link: (existing, newPath) => inner.link(existing, newPath),
    copyFile: (from, to) => inner.copyFile(from, to),
    unlink: (path) => inner.unlink(path),
    readdir: (path) => inner.readdir(path),
    mkdir: (path, options) => inner.mkdir(path, options),
    stat: (path) => inner.stat(path),
    rm: (path, options) => inner.rm(path, options),
  };
}

describe('power loss through the injected file-system layer', () => {
  it(`RefundDesk's stores lose no acknowledged save in ${FOLDERS * CUTS_PER_FOLDER} cuts`, { timeout: 240_000 }, async () => {
    const callsPerSegment = await measure((fs) => workload(fs, { payments: new Map(), days: new Set(), cases: new Set(), settings: 0 }, 'dry', { settings: 0 }));
    const rand = seededRandom(SEED);
    let cuts = 0;
    let lost = 0;
    let recovered = 0;
    let acknowledged = 0;
    const examples: string[] = [];
    for (let folder = 0; folder < FOLDERS; folder += 1) {
      const fs = new PowerLossFileSystem(SEED + folder);
      const acked: Acked = { payments: new Map(), days: new Set(), cases: new Set(), settings: 0 };
      const counter = { settings: 0 };
      for (let cut = 0; cut < CUTS_PER_FOLDER; cut += 1) {
        // Up to 20% past the measured length: later segments write more, and some runs finish before the cut.
        const cutAt = 1 + Math.floor(rand() * callsPerSegment * 1.2);
        await runUntilCut(fs, cutAt, () => workload(fs, acked, `f${folder}s${cut}`, counter));
        cuts += 1;
        const result = await verify(fs, acked);
        recovered += result.recovered;
        lost += result.lost.length;
        if (result.lost.length > 0 && examples.length < 5) examples.push(`folder ${folder} cut ${cut} at call ${cutAt}: ${result.lost.join(', ')}`);
      }
      acknowledged += acked.payments.size + acked.days.size + acked.cases.size + acked.settings;
    }
    console.log(
      `power loss: ${cuts} cuts, ${lost} acknowledged records lost, ${recovered} recovered from generations ` +
        `(${acknowledged} saves acknowledged, ${callsPerSegment} calls per segment, seed ${SEED})`,
    );
    expect(examples).toEqual([]);
    expect(cuts).toBeGreaterThanOrEqual(500);
    expect(lost).toBe(0);
  });

  it('self-check: the same stores with fsync removed do lose acknowledged saves in this harness', { timeout: 120_000 }, async () => {
    const callsPerSegment = await measure((fs) => workload(fs, { payments: new Map(), days: new Set(), cases: new Set(), settings: 0 }, 'dry', { settings: 0 }));
    const rand = seededRandom(SEED ^ 0xf5c);
    let cuts = 0;
    let lost = 0;
    for (let folder = 0; folder < 20; folder += 1) {
      const fs = new PowerLossFileSystem(SEED + 31 * folder);
      const broken = withoutFsync(fs);
      const acked: Acked = { payments: new Map(), days: new Set(), cases: new Set(), settings: 0 };
      const counter = { settings: 0 };
      for (let cut = 0; cut < CUTS_PER_FOLDER; cut += 1) {
        const cutAt = 1 + Math.floor(rand() * callsPerSegment * 1.2);
        await runUntilCut(fs, cutAt, () => workload(broken, acked, `f${folder}s${cut}`, counter));
        cuts += 1;
        lost += (await verify(fs, acked).catch(() => ({ lost: ['unopenable'], recovered: 0 }))).lost.length;
      }
    }
    console.log(`power loss (RefundDesk stores with fsync removed, self-check): ${cuts} cuts, ${lost} acknowledged records lost`);
    expect(lost).toBeGreaterThan(0);
  });

  it('negative control: lowdb\'s stock JSONFile write sequence on the same layer does lose acknowledged data', { timeout: 120_000 }, async () => {
    const callsPerSegment = await measure((fs) => stenoWorkload(fs, new Set(), 'dry'));
    const rand = seededRandom(SEED ^ 0x5eed);
    let cuts = 0;
    let lost = 0;
    let cutsThatLost = 0;
    for (let folder = 0; folder < FOLDERS; folder += 1) {
      const fs = new PowerLossFileSystem(SEED + 7919 * folder);
      const acked = new Set<string>();
      for (let cut = 0; cut < CUTS_PER_FOLDER; cut += 1) {
        const cutAt = 1 + Math.floor(rand() * callsPerSegment * 1.2);
        await runUntilCut(fs, cutAt, () => stenoWorkload(fs, acked, `f${folder}s${cut}`));
        cuts += 1;
        const missing = await stenoLost(fs, acked);
        lost += missing;
        if (missing > 0) cutsThatLost += 1;
        // Carry on from what survived, as the shop would: what is gone is no longer expected.
        for (const id of [...acked]) acked.delete(id);
        const data = await new StenoJsonFile<{ ids: string[] }>(fs, `${DATA}/ledger.json`).read().catch(() => null);
        for (const id of data?.ids ?? []) acked.add(id.replace(/-x+$/, ''));
        if (data === null) await fs.unlink(`${DATA}/ledger.json`).catch(() => undefined);
      }
    }
    console.log(
      `power loss (lowdb stock JSONFile, negative control): ${cuts} cuts, ${lost} acknowledged records lost ` +
        `(in ${cutsThatLost} of the cuts)`,
    );
    expect(cuts).toBeGreaterThanOrEqual(500);
    expect(cutsThatLost).toBeGreaterThan(0);
  });
});
