/**
 * The benchmark run: for each size, a generated shop, its cold open and a saved change, each beside lowdb's stock
 * single-file store on the same data; at the largest size also search, reminders, a receipt PDF, an evidence
 * packet, main's memory and the renderer in Chromium. Returns the figures; main.ts prints and writes them.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_NOW } from './bench-config';
import type { BenchConfig } from './bench-config';
import { measureBaselineSaves, writeBaselineFile } from './baseline/lowdb-baseline';
import { generateDataset } from './dataset/generate-dataset';
import { bundleOpenChild, measureColdOpen, runOpenChild } from './measure/cold-open';
import { CACHE_DIR } from '../../electron/node/storage/catalog-cache';
import { runNodePhase } from './measure/node-phase';
import type { NodePhaseResult } from './measure/node-phase';
import { runRendererPhase } from './measure/renderer-phase';
import type { BenchResult, SizeResult } from './report';

export interface RunOptions {
  /** Progress lines (stderr in the CLI, silent in the smoke test). */
  readonly log: (line: string) => void;
  /** Keep the generated data folders (for profiling); default: removed. */
  readonly keep?: boolean;
}

const MB = 1_048_576;

export async function runBench(config: BenchConfig, options: RunOptions): Promise<BenchResult> {
  const started = performance.now();
  const now = new Date(BENCH_NOW);
  const root = await mkdtemp(join(tmpdir(), 'refunddesk-bench-'));
  const { log } = options;
  try {
    const openChild = await bundleOpenChild(root);
    const sizes: SizeResult[] = [];
    let node: NodePhaseResult | undefined;
    for (const refunds of config.sizes) {
      const largest = refunds === config.sizes.at(-1);
      log(`[${refunds}] generating…`);
      const dataset = await generateDataset(config, refunds, root);
      log(`[${refunds}] ${dataset.refunds} refunds, ${dataset.events} events, ${dataset.attachmentEvents} files attached, ${dataset.settlementDays} settlement days, ${dataset.cases} cases (${(dataset.generateMs / 1_000).toFixed(1)} s)`);
      const baselineFile = join(root, `lowdb-single-${refunds}.json`);
      await writeBaselineFile(dataset.dataDir, baselineFile);
      const baselineFileMb = (await stat(baselineFile)).size / MB;

      log(`[${refunds}] cold open…`);
      // The first start of this version (or after a crash): no catalog cache yet, every month read the full way.
      await rm(join(dataset.dataDir, CACHE_DIR), { recursive: true, force: true });
      const openWithoutCacheMs = (await runOpenChild(openChild, ['open', dataset.dataDir, BENCH_NOW])).readyMs;
      const open = await measureColdOpen(openChild, ['open', dataset.dataDir, BENCH_NOW], config.openRuns);
      const baselineOpen = await measureColdOpen(openChild, ['baseline', baselineFile], config.openRuns);

      log(`[${refunds}] saves${largest ? ', search, reminders, memory, receipt PDF, packet' : ''}…`);
      const phase = await runNodePhase(openChild, dataset, config, now, join(root, 'out'), largest);
      if (largest) node = phase;
      log(`[${refunds}] lowdb baseline saves…`);
      const baselineSave = await measureBaselineSaves(baselineFile, dataset.sampleRefundIds, config.baselineSaveRuns, now);
      await rm(baselineFile, { force: true });
      sizes.push({ dataset, save: phase.save, baselineSave, open, openWithoutCacheMs, baselineOpen, baselineFileMb });
    }
    const largest = sizes.at(-1);
    if (largest === undefined || node === undefined) throw new Error('No size was measured.');
    log(`[${largest.dataset.refunds}] renderer in Chromium…`);
    const renderer = await runRendererPhase(largest.dataset.dataDir, now, config.openRuns, config.name === 'full' ? 120 : 10);
    return { sizes, node, renderer, mainRssMb: node.mainRssMb ?? Number.NaN, mainHeapUsedMb: node.mainHeapUsedMb ?? Number.NaN, wallMs: performance.now() - started };
  } finally {
    if (options.keep === true) log(`data kept in ${root}`);
    else await rm(root, { recursive: true, force: true });
  }
}
