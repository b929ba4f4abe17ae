/**
 * The benchmark (`npm run bench`, scripts/bench/) at smoke size: 1,000 refunds over five years, few repetitions,
 * no targets — so a change that breaks generation, a handler it measures, the harness it drives or the report
 * fails here, in `npm test`, instead of rotting until the next full run. Timings are never asserted (a loaded
 * machine would fail them); every figure must only exist and be a real number. Chromium-only: it drives the
 * harness's receipt engine and renderer.
 */
import { describe, expect, it } from 'vitest';
import { SMOKE } from '../../../scripts/bench/bench-config';
import { resultsJson } from '../../../scripts/bench/report';
import { runBench } from '../../../scripts/bench/run-bench';

/** The keys the issue asks bench-results.json for (milliseconds and megabytes). */
const POSITIVE_KEYS = [
  'refunds',
  'saveMedianMs',
  'saveP95Ms',
  'saveBaselineMedianMs',
  'saveRatio',
  'openMs',
  'searchMedianMs',
  'remindersMedianMs',
  'receiptPdfMs',
  'receiptPdfEngineMs',
  'packetMs',
  'mainRssMb',
  'firstListPageMs',
] as const;

describe('the benchmark at smoke size', () => {
  it('generates the shop, measures everything and reports every figure', async () => {
    const json = resultsJson(await runBench(SMOKE, { log: () => undefined }));
    expect(json['refunds']).toBe(SMOKE.sizes.at(-1));
    for (const key of POSITIVE_KEYS) {
      const value = json[key];
      expect(typeof value === 'number' && Number.isFinite(value) && value > 0, `${key} = ${String(value)}`).toBe(true);
    }
    // The print engine's part is timed inside each receipt: never more than the whole.
    expect(Number(json['receiptPdfEngineMs'])).toBeLessThanOrEqual(Number(json['receiptPdfMs']));
    // Chromium reports only tasks over 50 ms: none at all is the good answer, so this one may be 0.
    const longest = json['longestTaskMs'];
    expect(typeof longest === 'number' && Number.isFinite(longest) && longest >= 0, `longestTaskMs = ${String(longest)}`).toBe(true);
  }, 60_000);
});
