/**
 * The benchmark's answer: a table of figures, targets and ratios for people, and `bench-results.json` for
 * tools (the keys at the largest size, plus the curve and every run).
 */
import { writeFile } from 'node:fs/promises';
import type { Dataset } from './dataset/generate-dataset';
import type { NodePhaseResult } from './measure/node-phase';
import type { RendererResult } from './measure/renderer-phase';
import type { Timing } from './measure/stats';

export interface SizeResult {
  readonly dataset: Dataset;
  readonly save: Timing;
  readonly baselineSave: Timing;
  readonly open: Timing;
  /** One start with no catalog cache (the first of a new version, or after a crash). */
  readonly openWithoutCacheMs: number;
  readonly baselineOpen: Timing;
  readonly baselineFileMb: number;
}

export interface BenchResult {
  readonly sizes: readonly SizeResult[];
  readonly node: NodePhaseResult;
  readonly renderer: RendererResult;
  readonly mainRssMb: number;
  readonly mainHeapUsedMb: number;
  readonly wallMs: number;
}

/** The targets at the largest size (medians, this 2-core machine). */
export const TARGETS = {
  saveMedianMs: 20,
  saveRatio: 20,
  searchMedianMs: 50,
  remindersMedianMs: 50,
  openMs: 1_500,
  receiptPdfMs: 500,
  packetMs: 3_000,
  mainRssMb: 300,
  longestTaskMs: 50,
} as const;

const round = (value: number, digits = 1): number => Math.round(value * 10 ** digits) / 10 ** digits;

export function resultsJson(result: BenchResult): Record<string, unknown> {
  const largest = result.sizes.at(-1);
  if (largest === undefined) throw new Error('No size was measured.');
  const { node, renderer } = result;
  return {
    refunds: largest.dataset.refunds,
    saveMedianMs: round(largest.save.medianMs, 2),
    saveP95Ms: round(largest.save.p95Ms, 2),
    saveBaselineMedianMs: round(largest.baselineSave.medianMs, 2),
    saveRatio: round(largest.baselineSave.medianMs / largest.save.medianMs),
    openMs: round(largest.open.medianMs),
    openP95Ms: round(largest.open.p95Ms),
    openBaselineMs: round(largest.baselineOpen.medianMs),
    openWithoutCacheMs: round(largest.openWithoutCacheMs),
    searchMedianMs: round(node.search?.all.medianMs ?? Number.NaN, 3),
    searchP95Ms: round(node.search?.all.p95Ms ?? Number.NaN, 3),
    remindersMedianMs: round(node.reminders?.medianMs ?? Number.NaN, 3),
    remindersP95Ms: round(node.reminders?.p95Ms ?? Number.NaN, 3),
    remindersFirstMs: round(node.reminders?.firstMs ?? Number.NaN),
    receiptPdfMs: round(node.receiptPdf?.medianMs ?? Number.NaN),
    receiptPdfP95Ms: round(node.receiptPdf?.p95Ms ?? Number.NaN),
    receiptPdfEngineMs: round(node.receiptEngine?.medianMs ?? Number.NaN),
    packetMs: round(node.packet?.medianMs ?? Number.NaN),
    packetP95Ms: round(node.packet?.p95Ms ?? Number.NaN),
    mainRssMb: round(result.mainRssMb),
    mainHeapUsedMb: round(result.mainHeapUsedMb),
    firstListPageMs: round(renderer.firstListPage.medianMs),
    firstListPageP95Ms: round(renderer.firstListPage.p95Ms),
    longestTaskMs: round(renderer.longestTaskMs),
    longTasks: renderer.longTasks,
    benchWallSeconds: round(result.wallMs / 1_000),
    dataset: {
      payments: largest.dataset.payments,
      events: largest.dataset.events,
      attachmentEvents: largest.dataset.attachmentEvents,
      settlementDays: largest.dataset.settlementDays,
      cases: largest.dataset.cases,
      ledgerMonths: largest.dataset.ledgerMonths,
      ledgerMb: round(largest.dataset.ledgerBytes / 1_048_576),
      baselineFileMb: round(largest.baselineFileMb),
      reminders: node.reminders?.count,
    },
    curve: result.sizes.map((size) => ({
      refunds: size.dataset.refunds,
      saveMedianMs: round(size.save.medianMs, 2),
      saveP95Ms: round(size.save.p95Ms, 2),
      saveBaselineMedianMs: round(size.baselineSave.medianMs, 2),
      saveBaselineP95Ms: round(size.baselineSave.p95Ms, 2),
      saveRatio: round(size.baselineSave.medianMs / size.save.medianMs),
      openMs: round(size.open.medianMs),
      openWithoutCacheMs: round(size.openWithoutCacheMs),
      openBaselineMs: round(size.baselineOpen.medianMs),
    })),
    searches: node.search?.queries.map((entry) => ({ label: entry.label, query: entry.query, total: entry.total, medianMs: round(entry.timing.medianMs, 3), p95Ms: round(entry.timing.p95Ms, 3) })),
    runs: {
      save: largest.save.runs,
      baselineSave: largest.baselineSave.runs,
      open: largest.open.runs,
      baselineOpen: largest.baselineOpen.runs,
      reminders: node.reminders?.runs,
      receiptPdf: node.receiptPdf?.runs,
      receiptEngine: node.receiptEngine?.runs,
      packet: node.packet?.runs,
      firstListPage: renderer.firstListPage.runs,
    },
  };
}

type Row = readonly [string, string, string, string];

function ms(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? '—' : value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
}

function verdict(value: number | undefined, limit: number, higherIsBetter = false): string {
  if (value === undefined || !Number.isFinite(value)) return 'not measured';
  const met = higherIsBetter ? value >= limit : value <= limit;
  return `${met ? 'met' : 'MISSED'} (${higherIsBetter ? '≥' : '≤'} ${limit})`;
}

export function resultTable(result: BenchResult, json: Record<string, unknown>): string {
  const num = (key: string): number => Number(json[key]);
  const rows: Row[] = [['measure', 'RefundDesk median / p95', 'baseline (lowdb JSONFile) · ratio', 'target']];
  for (const size of result.sizes) {
    const label = size.dataset.refunds.toLocaleString('en');
    const ratio = size.baselineSave.medianMs / size.save.medianMs;
    rows.push([`save one change @ ${label}`, `${ms(size.save.medianMs)} / ${ms(size.save.p95Ms)}`, `${ms(size.baselineSave.medianMs)} · ${ratio.toFixed(1)}×`, size === result.sizes.at(-1) ? `${verdict(size.save.medianMs, TARGETS.saveMedianMs)}, ${verdict(ratio, TARGETS.saveRatio, true)}×` : '']);
  }
  for (const size of result.sizes) {
    const label = size.dataset.refunds.toLocaleString('en');
    const ratio = size.baselineOpen.medianMs / size.open.medianMs;
    rows.push([`cold open to data ready @ ${label}`, `${ms(size.open.medianMs)} / ${ms(size.open.p95Ms)}`, `${ms(size.baselineOpen.medianMs)} · ${ratio.toFixed(2)}×`, size === result.sizes.at(-1) ? verdict(size.open.medianMs, TARGETS.openMs) : '']);
  }
  const largestSize = result.sizes.at(-1);
  if (largestSize !== undefined) rows.push([`  first start, no catalog cache @ ${largestSize.dataset.refunds.toLocaleString('en')}`, ms(largestSize.openWithoutCacheMs), '', '']);
  const { node, renderer } = result;
  for (const query of node.search?.queries ?? []) rows.push([`  search: ${query.label} (${query.total} hits)`, `${ms(query.timing.medianMs)} / ${ms(query.timing.p95Ms)}`, '', '']);
  rows.push(['search and filter (all queries)', `${ms(node.search?.all.medianMs)} / ${ms(node.search?.all.p95Ms)}`, '', verdict(num('searchMedianMs'), TARGETS.searchMedianMs)]);
  rows.push([`today's reminders (${String(node.reminders?.count ?? '?')})`, `${ms(node.reminders?.medianMs)} / ${ms(node.reminders?.p95Ms)}`, '', verdict(num('remindersMedianMs'), TARGETS.remindersMedianMs)]);
  rows.push(['  first call after start (records read from disk)', ms(node.reminders?.firstMs), '', '']);
  rows.push(['receipt to PDF', `${ms(node.receiptPdf?.medianMs)} / ${ms(node.receiptPdf?.p95Ms)}`, '', verdict(num('receiptPdfMs'), TARGETS.receiptPdfMs)]);
  rows.push(['  of which the print engine (Chromium: lay out, printToPDF)', `${ms(node.receiptEngine?.medianMs)} / ${ms(node.receiptEngine?.p95Ms)}`, '', '']);
  rows.push([`evidence packet, ${String(result.sizes.at(-1)?.dataset.packetFiles ?? '?')} files`, `${ms(node.packet?.medianMs)} / ${ms(node.packet?.p95Ms)}`, '', verdict(num('packetMs'), TARGETS.packetMs)]);
  rows.push(['first list page in Chromium', `${ms(renderer.firstListPage.medianMs)} / ${ms(renderer.firstListPage.p95Ms)}`, '', '']);
  rows.push([`longest renderer task (scroll + type; ${renderer.longTasks} long)`, ms(renderer.longestTaskMs), '', verdict(renderer.longestTaskMs, TARGETS.longestTaskMs)]);
  rows.push(['main-process memory (RSS)', `${result.mainRssMb.toFixed(0)} MB`, `heap used ${result.mainHeapUsedMb.toFixed(0)} MB`, verdict(result.mainRssMb, TARGETS.mainRssMb)]);
  const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => [...(row[column] ?? '')].length)));
  const line = (row: Row): string => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' │ ');
  return [line(rows[0] ?? ['', '', '', '']), widths.map((width) => '─'.repeat(width)).join('─┼─'), ...rows.slice(1).map(line)].join('\n');
}

export async function writeResults(path: string, json: Record<string, unknown>): Promise<void> {
  await writeFile(path, `${JSON.stringify(json, null, 2)}\n`);
}
