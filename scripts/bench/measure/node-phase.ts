/**
 * Main's side at one size: saves (and at the largest size searches, reminders and memory) in the bundled child,
 * then — at the largest size — a receipt saved as PDF (`receipt.savePdf`) and an evidence packet
 * (`case.exportPacket`) through the handlers, on the Chromium receipt engine the e2e harness uses.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { openAppServices } from '../../../electron/node/app-services';
import type { ReceiptEngine, SaveFileDialog } from '../../../electron/node/receipts/receipt-engine';
import { FixedClock } from '../../../test/support/fixed-clock';
import { CHROMIUM_ARGS } from '../../../test/e2e/support/chromium-args';
import { createChromiumReceiptEngine } from '../../../test/e2e/support/chromium-receipt-engine';
import { chromiumPath, projectRoot } from '../../../test/e2e/support/paths';
import { printFontPackageDir } from '../../../electron/node/receipts/print-fonts/print-font-dir';
import type { BenchConfig } from '../bench-config';
import type { Dataset } from '../dataset/generate-dataset';
import { runOpenChild } from './cold-open';
import type { HandlerMeasures } from './handler-measures';
import { measure, timingOf } from './stats';
import type { Timing } from './stats';

export interface NodePhaseResult extends HandlerMeasures {
  readonly receiptPdf?: Timing;
  /** Of each receipt, the print engine's part (Chromium laying out and printing the page), the rest being ours. */
  readonly receiptEngine?: Timing;
  readonly packet?: Timing;
  readonly mainRssMb?: number;
  readonly mainHeapUsedMb?: number;
}

/** Answers every save dialog with a fresh file in the bench's output folder (nothing is ever asked). */
function benchSaveDialog(outDir: string): SaveFileDialog {
  let count = 0;
  const next = async (name: string): Promise<string> => {
    count += 1;
    const dir = join(outDir, String(count));
    await mkdir(dir, { recursive: true });
    return join(dir, name);
  };
  return { choosePdfPath: next, chooseZipPath: next };
}

/** The engine as it is, with the time of every `pdf` call written down. */
function timedPdfs(engine: ReceiptEngine): { readonly engine: ReceiptEngine; readonly times: number[] } {
  const times: number[] = [];
  const pdf: ReceiptEngine['pdf'] = async (html, paper) => {
    const started = performance.now();
    const page = await engine.pdf(html, paper);
    times.push(performance.now() - started);
    return page;
  };
  return { engine: { ...engine, pdf }, times };
}

async function measureDocuments(dataset: Dataset, config: BenchConfig, now: Date, outDir: string): Promise<{ receiptPdf: Timing; receiptEngine: Timing; packet: Timing }> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...CHROMIUM_ARGS] });
  const engine = await createChromiumReceiptEngine(browser);
  const timed = timedPdfs(engine);
  try {
    const services = await openAppServices({ dataDir: dataset.dataDir, version: 'bench', clock: new FixedClock(now, 1_000), receipts: { engine: timed.engine, saveDialog: benchSaveDialog(outDir) }, printFontsDir: printFontPackageDir(projectRoot) });
    try {
      const refundId = dataset.sampleRefundIds.at(-1) ?? '';
      const receiptPdf = await measure(config.pdfRuns, async () => {
        const result = await services.handlers['receipt.savePdf']({ refundId, size: 'thermal80', language: 'zh-CN', actor: '店长' });
        if (!result.saved) throw new Error('The receipt PDF was not saved.');
      }, 1);
      // One engine call per receipt; the first was the warm-up.
      const receiptEngine = timingOf(timed.times.slice(1));
      const packet = await measure(config.packetRuns, async () => {
        const result = await services.handlers['case.exportPacket']({ id: dataset.packetCaseId, language: 'zh-CN', redact: true, actor: '店长' });
        if (!result.saved) throw new Error('The packet was not saved.');
      }, 1);
      return { receiptPdf, receiptEngine, packet };
    } finally {
      await services.close();
    }
  } finally {
    await engine.close();
    await browser.close();
  }
}

export async function runNodePhase(openChild: string, dataset: Dataset, config: BenchConfig, now: Date, outDir: string, full: boolean): Promise<NodePhaseResult> {
  const planFile = join(outDir, `plan-${dataset.refunds}.json`);
  await mkdir(outDir, { recursive: true });
  await writeFile(planFile, JSON.stringify({ saveIds: dataset.sampleRefundIds, saveRuns: config.saveRuns, queryRuns: config.queryRuns, full }));
  const child = await runOpenChild(openChild, ['measure', dataset.dataDir, now.toISOString(), planFile]);
  const report = child.messages.find((message) => message['measures'] !== undefined);
  if (report === undefined) throw new Error('The measuring child reported nothing.');
  const measures = report['measures'] as HandlerMeasures;
  if (!full) return measures;
  return { ...measures, ...(await measureDocuments(dataset, config, now, outDir)), mainRssMb: Number(report['rssMb']), mainHeapUsedMb: Number(report['heapUsedMb']) };
}
