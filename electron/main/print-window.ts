/**
 * Electron's ReceiptEngine: one hidden print window, kept warm between jobs and closed after a minute idle
 * (node/receipts/warm-host.ts: jobs one at a time; a failed job's window, or one whose renderer died, is replaced),
 * with options from node/security/print-window-options.ts: no preload, no JavaScript, sandboxed, in-memory
 * 'refunddesk-print' session that cancels every request. Each job starts on a fresh about:blank (a real
 * navigation, so nothing of the last one stays) and gets its document over `webContents.debugger`, driven with the
 * same cdp-document.ts calls the e2e harness uses, so preview, PDF and paper are one layout. Printing passes an
 * explicit page size in microns (the roll's measured height for thermal paper) — without it Chromium prints A4.
 */
import { BrowserWindow, session } from 'electron';
import type { WebContents } from 'electron';
import { layOut, renderPdf, renderPng, showDocument } from '../node/receipts/cdp-document';
import type { CdpSession } from '../node/receipts/cdp-document';
import type { ReceiptEngine } from '../node/receipts/receipt-engine';
import { PRINT_HOST_IDLE_MS } from '../node/receipts/receipt-engine';
import { WarmHost } from '../node/receipts/warm-host';
import { printerInfoOf } from '../node/receipts/printer-info';
import { micronsOf, PRINT_PARTITION, printWindowOptions } from '../node/security/print-window-options';
import { denyAllPermissions } from '../node/security/request-policy';

let sessionHardened = false;
const BLANK_PAGE = 'about:blank';

/**
 * A job's page is about:blank with the document put in over DevTools, and its images and fonts are data: — none
 * of that is a request (Chromium serves about:blank itself). So the print session cancels every request there
 * is; about:blank is let through by name all the same, should a Chromium ever route it here.
 */
function hardenPrintSession(): void {
  if (sessionHardened) return;
  sessionHardened = true;
  const printSession = session.fromPartition(PRINT_PARTITION);
  printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(denyAllPermissions()));
  printSession.setPermissionCheckHandler(() => denyAllPermissions());
  printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: details.url !== BLANK_PAGE }));
}

function cdpOf(contents: WebContents): CdpSession {
  return { send: (method, params) => contents.debugger.sendCommand(method, params) as Promise<unknown> };
}

function openPrintWindow(): Promise<BrowserWindow> {
  hardenPrintSession();
  const window = new BrowserWindow(printWindowOptions());
  const contents = window.webContents;
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => event.preventDefault());
  return Promise.resolve(window);
}

function withPrintWindow<T>(printHost: WarmHost<BrowserWindow>, html: string, work: (contents: WebContents, cdp: CdpSession) => Promise<T>): Promise<T> {
  return printHost.run(async (window) => {
    const contents = window.webContents;
    // A real navigation per job, so nothing of the last document stays; then the document itself, over DevTools
    // (cdp-document.ts showDocument: a data: URL navigation was ~1.3 s for a receipt with its fonts).
    await contents.loadURL(BLANK_PAGE);
    contents.debugger.attach('1.3');
    try {
      const cdp = cdpOf(contents);
      await showDocument(cdp, html);
      return await work(contents, cdp);
    } finally {
      if (contents.debugger.isAttached()) contents.debugger.detach();
    }
  });
}

function printContents(contents: WebContents, options: Electron.WebContentsPrintOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    contents.print(options, (success, failureReason) => (success ? resolve() : reject(new Error(failureReason || 'Print job failed'))));
  });
}

/**
 * `dispose` closes the warm window: main calls it when the main window closes, or the hidden window would keep
 * 'window-all-closed' from firing (and the app from quitting) until its idle timer ran out.
 */
export function createPrintWindowEngine(): ReceiptEngine & { dispose(): Promise<void> } {
  const printHost = new WarmHost<BrowserWindow>({
    open: openPrintWindow,
    close: (window) => {
      if (!window.isDestroyed()) window.destroy();
      return Promise.resolve();
    },
    idleMs: PRINT_HOST_IDLE_MS,
    isUsable: (window) => !window.isDestroyed() && !window.webContents.isCrashed(),
  });
  return {
    pdf: (html, paper) => withPrintWindow(printHost, html, (_contents, cdp) => renderPdf(cdp, paper)),
    png: (html, paper) => withPrintWindow(printHost, html, (_contents, cdp) => renderPng(cdp, paper)),
    print: (html, paper, printerName) =>
      withPrintWindow(printHost, html, async (contents, cdp) => {
        const { pageMm } = await layOut(cdp, paper);
        // Silent: the app's own dialog already chose the printer and the paper; the system dialog would let the
        // size fall back to the printer's default (A4 on most drivers), which is exactly the waste to avoid.
        await printContents(contents, {
          silent: true,
          ...(printerName === undefined ? {} : { deviceName: printerName }),
          pageSize: { width: micronsOf(paper.widthMm), height: micronsOf(pageMm) },
          margins: { marginType: 'none' },
          printBackground: true,
          color: false,
          copies: 1,
        });
      }),
    // Any webContents can list printers; the print window keeps the main window out of it.
    printers: () =>
      printHost.run(async (window) =>
        (await window.webContents.getPrintersAsync()).map((printer) => printerInfoOf({ ...printer, options: printer.options as Record<string, unknown> })),
      ),
    dispose: () => printHost.dispose(),
  };
}
