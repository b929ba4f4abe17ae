/** Median and 95th percentile of repeated runs; the runs themselves are kept for the JSON report. */
export interface Timing {
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly runs: readonly number[];
}

/** Nearest-rank percentile of an unsorted list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

export function timingOf(runs: readonly number[]): Timing {
  return { medianMs: percentile(runs, 50), p95Ms: percentile(runs, 95), runs: runs.map((ms) => Math.round(ms * 100) / 100) };
}

/** Runs `fn` `warmup` times unmeasured (JIT, caches), then `runs` times measured. */
export async function measure(runs: number, fn: (run: number) => Promise<unknown>, warmup = 2): Promise<Timing> {
  for (let run = 0; run < warmup; run += 1) await fn(-1 - run);
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await fn(run);
    times.push(performance.now() - started);
  }
  return timingOf(times);
}
