/**
 * RELIABILITY §2 "crash during writes": a child process commits and acknowledges records; we SIGKILL it at
 * a random moment, reopen, and check that every acknowledged record is there, no file is unreadable, and
 * no temp file survives the start. CRASH_KILLS sets the number of kills (default 60); CRASH_SEED replays a run.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { LowdbLedgerStore } from '../../../electron/node/ledger-store';
import { acquireDataLock } from '../../../electron/node/storage/data-lock';
import { listTempFiles, makeTempDir, removeTempDir } from '../../support/storage-temp-dir';

const KILLS = Number(process.env['CRASH_KILLS'] ?? 60);
const SEED = Number(process.env['CRASH_SEED'] ?? Date.now() % 2 ** 31);
const WRITER = fileURLToPath(new URL('./crash-writer.ts', import.meta.url));
const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** mulberry32: a seeded PRNG, so a failing run can be replayed with CRASH_SEED. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Run {
  /** `<month> <id>` lines the child printed in full before it died. */
  readonly acked: readonly string[];
  readonly diedOnItsOwn: string | undefined;
}

/** Starts the writer and kills it `delayMs` after it is ready (or after spawn, when `early`). */
function runAndKill(dataDir: string, runId: number, delayMs: number, early: boolean): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dataDir, String(runId)], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let killed = false;
    const kill = () => {
      killed = true;
      child.kill('SIGKILL');
    };
    let timer = early ? setTimeout(kill, delayMs) : undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (timer === undefined && out.startsWith('ready\n')) timer = setTimeout(kill, delayMs);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      err += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      // Only complete lines count: a half-printed id was never acknowledged.
      const lines = out.split('\n').slice(0, -1);
      resolve({
        acked: lines.filter((line) => line !== 'ready'),
        diedOnItsOwn: killed && signal === 'SIGKILL' ? undefined : `exit ${String(code)} ${String(signal)}: ${err}`,
      });
    });
  });
}

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await removeTempDir(dir);
});

describe('LowdbLedgerStore killed mid-write', () => {
  it(`keeps every acknowledged record through ${KILLS} SIGKILLs`, { timeout: 30_000 + KILLS * 3_000 }, async () => {
    const dataDir = await makeTempDir('refunddesk-crash-');
    dirs.push(dataDir);
    const rand = random(SEED);
    const acked = new Set<string>(); // `<month> <id>`, across all runs
    const tally = { kills: 0, unreadable: 0, lost: 0, tempsLeftByKills: 0, tempsAfterStart: 0, earlyKills: 0 };

    for (let run = 0; run < KILLS; run += 1) {
      // Most kills land while commits are streaming; some during start-up (lock takeover, load, sweep).
      const early = rand() < 0.15;
      const result = await runAndKill(dataDir, run, Math.floor(rand() * (early ? 400 : 250)), early);
      expect(result.diedOnItsOwn, `run ${run}`).toBeUndefined();
      tally.kills += 1;
      if (early) tally.earlyKills += 1;
      for (const line of result.acked) acked.add(line);

      tally.tempsLeftByKills += (await listTempFiles(dataDir)).length;
      // Reopen exactly as the app would: take over the dead writer's lock, load every month.
      const lock = await acquireDataLock(dataDir);
      try {
        const store = await LowdbLedgerStore.open({ dataDir });
        const partitions = await store.loadAll();
        tally.unreadable += store.recoveries().length;
        tally.tempsAfterStart += (await listTempFiles(dataDir)).length;
        const present = new Set<string>();
        for (const [month, partition] of partitions) {
          for (const payment of partition.payments) present.add(`${month} ${payment.id}`);
        }
        for (const line of acked) if (!present.has(line)) tally.lost += 1;
      } finally {
        await lock.release();
      }
      if (tally.lost > 0 || tally.unreadable > 0) break;
    }
    console.log(
      `crash test: ${tally.kills} kills (${tally.earlyKills} during start-up), ${tally.unreadable} unreadable files, ` +
        `${tally.lost} acknowledged records lost, ${tally.tempsAfterStart} temp files after start ` +
        `(${tally.tempsLeftByKills} left by kills were swept) ` +
        `(${acked.size} records acknowledged, seed ${SEED})`,
    );
    expect(tally).toMatchObject({ kills: KILLS, unreadable: 0, lost: 0, tempsAfterStart: 0 });
    expect(acked.size).toBeGreaterThan(KILLS);
  });
});
