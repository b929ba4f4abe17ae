/**
 * The receipt engine of the Chromium harness: what Electron's hidden print window does (electron/main/print-window.ts),
 * done in a separate Playwright context — JavaScript off, offline, every request aborted and counted — through the
 * SAME cdp-document.ts calls. Printing goes to a recording fake printer: there is no printer on CI, so a job stores
 * exactly what a printer would get (the PDF on the chosen paper) for the spec to check. Honest, not a mock of layout.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import type { PrinterInfo } from '../../../electron/common/ipc/contract-receipts';
import type { PaperSpec } from '../../../electron/common/receipts/receipt';
import { pageHeightMm, layOut, printPdf, renderPdf, renderPng, showDocument } from '../../../electron/node/receipts/cdp-document';
import type { CdpSession } from '../../../electron/node/receipts/cdp-document';
import type { ReceiptEngine, RenderedPage } from '../../../electron/node/receipts/receipt-engine';
import { PRINT_HOST_IDLE_MS } from '../../../electron/node/receipts/receipt-engine';
import { WarmHost } from '../../../electron/node/receipts/warm-host';

export interface PrintJob {
  readonly printerName: string;
  readonly paper: PaperSpec;
  /** The page height sent with the job: the sheet's, or a roll's measured content. */
  readonly heightMm: number;
  readonly pdf: Uint8Array;
}

export const FAKE_PRINTERS: readonly PrinterInfo[] = [
  { name: 'XP-58', displayName: 'XP-58 热敏打印机', isDefault: true },
  { name: 'HP_LaserJet', displayName: 'HP LaserJet', isDefault: false },
];

export interface ChromiumReceiptEngine extends ReceiptEngine {
  /** Every job the fake printer received, oldest first. */
  readonly printJobs: PrintJob[];
  /** Every request a receipt page tried to make (each was aborted; must stay empty). */
  readonly printRequests: string[];
  /** The next print fails as a printer would (out of paper), for specs of the failure path. */
  failNextPrint(): void;
  close(): Promise<void>;
}

/** Playwright's typed `send` accepts any protocol method name; the receipt code only knows method strings. */
function asCdp(session: CDPSession): CdpSession {
  return { send: (method, params) => session.send(method as 'Page.enable', params) };
}

export async function createChromiumReceiptEngine(browser: Browser): Promise<ChromiumReceiptEngine> {
  // Its own context: nothing of the app's origin, routes or bindings reaches the receipt page, as in Electron's
  // separate in-memory 'refunddesk-print' session.
  const context: BrowserContext = await browser.newContext({ javaScriptEnabled: false, offline: true });
  const printJobs: PrintJob[] = [];
  const printRequests: string[] = [];
  let failNext = false;
  await context.route('**/*', async (route) => {
    printRequests.push(route.request().url());
    await route.abort('blockedbyclient');
  });

  // One page kept warm between jobs, as Electron's print window is (node/receipts/warm-host.ts).
  const host = new WarmHost<{ readonly page: Page; readonly session: CDPSession }>({
    open: async () => {
      const page = await context.newPage();
      return { page, session: await context.newCDPSession(page) };
    },
    close: async ({ page, session }) => {
      await session.detach();
      await page.close();
    },
    idleMs: PRINT_HOST_IDLE_MS,
    isUsable: ({ page }) => !page.isClosed(),
  });

  function withDocument<T>(html: string, work: (cdp: CdpSession) => Promise<T>): Promise<T> {
    return host.run(async ({ page, session }) => {
      // A fresh document per job, filled as Electron's print window fills it: about:blank, then the document put
      // in through cdp-document.ts (no request for the route below to see).
      await page.goto('about:blank');
      const cdp = asCdp(session);
      await showDocument(cdp, html);
      return work(cdp);
    });
  }

  return {
    printJobs,
    printRequests,
    failNextPrint() {
      failNext = true;
    },
    pdf: (html, paper): Promise<RenderedPage> => withDocument(html, (cdp) => renderPdf(cdp, paper)),
    png: (html, paper): Promise<RenderedPage> => withDocument(html, (cdp) => renderPng(cdp, paper)),
    async print(html, paper, printerName) {
      if (failNext) {
        failNext = false;
        throw new Error('The fake printer is out of paper.');
      }
      const printer = FAKE_PRINTERS.find((candidate) => candidate.name === printerName) ?? FAKE_PRINTERS.find((p) => p.isDefault);
      if (printerName !== undefined && printer?.name !== printerName) throw new Error(`No printer named ${printerName}.`);
      // What Electron's webContents.print sends: the page at the paper's width, as tall as measured for a roll.
      const job = await withDocument(html, async (cdp) => {
        const { contentMm } = await layOut(cdp, paper);
        const heightMm = pageHeightMm(paper, contentMm);
        return { heightMm, pdf: await printPdf(cdp, paper, heightMm) };
      });
      printJobs.push({ printerName: printer?.name ?? 'default', paper, ...job });
    },
    printers: () => Promise.resolve(FAKE_PRINTERS),
    close: async () => {
      await host.dispose();
      await context.close();
    },
  };
}
