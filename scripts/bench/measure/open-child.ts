/**
 * The main-process side of the benchmark, bundled by cold-open.ts and run with plain `node` as Electron runs main's
 * bundle. `open DATA_DIR NOW`: opens the folder the way main does, lists the first page, says `ready` (the cold
 * open is timed from spawn to that line). `measure DATA_DIR NOW PLAN.json`: then times saves, searches and
 * reminders through the handlers (handler-measures.ts) and reports them with the process's memory.
 * `baseline FILE`: lowdb's stock single-file store instead — read and parse the whole file.
 */
import { readFile } from 'node:fs/promises';
import { JSONFile } from 'lowdb/node';
import { Low } from 'lowdb';
import { openAppServices } from '../../../electron/node/app-services';
import { holdYoungGeneration } from '../../../electron/node/main-heap';
import { FixedClock } from '../../../test/support/fixed-clock';
import { measureHandlers } from './handler-measures';

function say(message: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

interface Plan {
  readonly saveIds: readonly string[];
  readonly saveRuns: number;
  readonly queryRuns: number;
  readonly full: boolean;
}

async function openOurs(dataDir: string, now: string, planFile: string | undefined): Promise<void> {
  // As main does first thing.
  holdYoungGeneration();
  const services = await openAppServices({ dataDir, version: 'bench', clock: new FixedClock(now, 1_000) });
  const page = await services.handlers['refund.list']({ offset: 0, limit: 50 });
  say({ ready: true, total: page.total });
  if (planFile !== undefined) {
    const plan = JSON.parse(await readFile(planFile, 'utf8')) as Plan;
    const measures = await measureHandlers(services, { ...plan, now: new Date(now) });
    const memory = process.memoryUsage();
    say({ measures, rssMb: memory.rss / 1_048_576, heapUsedMb: memory.heapUsed / 1_048_576 });
  }
  await services.close();
}

async function openBaseline(file: string): Promise<void> {
  const db = new Low<{ refunds: unknown[] }>(new JSONFile(file), { refunds: [] });
  await db.read();
  say({ ready: true, total: db.data.refunds.length });
}

const [mode, target, now = new Date().toISOString(), planFile] = process.argv.slice(2);
if (target === undefined) throw new Error('usage: open-child open|measure DATA_DIR NOW [PLAN.json] | open-child baseline FILE');
await (mode === 'baseline' ? openBaseline(target) : openOurs(target, now, mode === 'measure' ? planFile : undefined));
