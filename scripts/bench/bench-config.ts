/**
 * What the benchmark generates and how often it measures. `full` is the busy shop (`npm run bench`);
 * `smoke` is the same run at 1,000 refunds with few repetitions, so `npm test` keeps the benchmark from rotting.
 */
export interface BenchConfig {
  readonly name: 'full' | 'smoke';
  /** The refund counts at which save and open are measured; the last one is "the" size for every other figure. */
  readonly sizes: readonly number[];
  /** Five years of history behind every size: only the density of a month changes. */
  readonly spanDays: number;
  readonly settlementDays: number;
  readonly cases: number;
  readonly attachmentEvents: number;
  /** Distinct evidence files on disk behind those events (a shop attaches the same kinds of screenshots). */
  readonly attachmentPool: number;
  readonly saveRuns: number;
  readonly baselineSaveRuns: number;
  readonly openRuns: number;
  readonly queryRuns: number;
  readonly pdfRuns: number;
  readonly packetRuns: number;
  readonly packetFiles: number;
}

export const BENCH_SEED = 20261122;
/** Main's clock for every run: the morning of the last day of the five years. */
export const BENCH_NOW = '2026-11-30T01:30:00.000Z';
const FIVE_YEARS = 5 * 365 + 1;

export const FULL: BenchConfig = {
  name: 'full',
  sizes: [1_000, 10_000, 50_000],
  spanDays: FIVE_YEARS,
  settlementDays: 1_800,
  cases: 500,
  attachmentEvents: 20_000,
  attachmentPool: 120,
  saveRuns: 40,
  baselineSaveRuns: 12,
  openRuns: 9,
  queryRuns: 30,
  pdfRuns: 8,
  packetRuns: 3,
  packetFiles: 20,
};

export const SMOKE: BenchConfig = {
  name: 'smoke',
  sizes: [1_000],
  spanDays: FIVE_YEARS,
  settlementDays: 60,
  cases: 10,
  attachmentEvents: 400,
  attachmentPool: 6,
  saveRuns: 5,
  baselineSaveRuns: 3,
  openRuns: 2,
  queryRuns: 3,
  pdfRuns: 2,
  packetRuns: 1,
  packetFiles: 4,
};

/** Scales the per-size figures (attachments, cases) down for the smaller data sets of the save curve. */
export function shareOf(config: BenchConfig, refunds: number, full: number): number {
  const largest = config.sizes.at(-1) ?? refunds;
  return Math.max(1, Math.round((full * refunds) / largest));
}
