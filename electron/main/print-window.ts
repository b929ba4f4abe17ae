/**
 * Electron's ReceiptEngine: one hidden print window per job (options from node/security/print-window-options.ts:
 * no preload, no JavaScript, sandboxed, in-memory 'refunddesk-print' session whose only allowed request is the
 * job's own data: document). The page is driven through `webContents.debugger` with the same cdp-document.ts
 * calls the e2e harness uses, so preview, PDF and paper are one layout. Printing passes an explicit page size in
 * microns (the roll's measured height for thermal paper) — without it Chromium prints A4.
 */
import { BrowserWindow, session } from 'electron';
import type { WebContents } from 'electron';
import { layOut, renderPdf, renderPng } from '../node/receipts/cdp-document';
import type { CdpSession } from '../node/receipts/cdp-document';
import type { ReceiptEngine } from '../node/receipts/receipt-engine';
import { printerInfoOf } from '../node/receipts/printer-info';
import { documentUrlOf, micronsOf, PRINT_PARTITION, printWindowOptions } from '../node/security/print-window-options';
import { denyAllPermissions } from '../node/security/request-policy';

/** Documents of jobs in flight: the print session lets exactly these URLs through and cancels everything else. */
const allowedDocuments = new Set<string>();
let sessionHardened = false;

function hardenPrintSession(): void {
  if (sessionHardened) return;
  sessionHardened = true;
  const printSession = session.fromPartition(PRINT_PARTITION);
  printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(denyAllPermissions()));
  printSession.setPermissionCheckHandler(() => denyAllPermissions());
  printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !allowedDocuments.has(details.url) }));
}

function cdpOf(contents: WebContents): CdpSession {
  return { send: (method, params) => contents.debugger.sendCommand(method, params) as Promise<unknown> };
}

async function withPrintWindow<T>(html: string, work: (contents: WebContents, cdp: CdpSession) => Promise<T>): Promise<T> {
  hardenPrintSession();
  const url = documentUrlOf(html);
  allowedDocuments.add(url);
  const window = new BrowserWindow(printWindowOptions());
  try {
    const contents = window.webContents;
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event) => event.preventDefault());
    await contents.loadURL(url);
    contents.debugger.attach('1.3');
    try {
      return await work(contents, cdpOf(contents));
    } finally {
      if (contents.debugger.isAttached()) contents.debugger.detach();
    }
  } finally {
    allowedDocuments.delete(url);
    window.destroy();
  }
}

function printContents(contents: WebContents, options: Electron.WebContentsPrintOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    contents.print(options, (success, failureReason) => (success ? resolve() : reject(new Error(failureReason || 'Print job failed'))));
  });
}

export function createPrintWindowEngine(): ReceiptEngine {
  return {
    pdf: (html, paper) => withPrintWindow(html, (_contents, cdp) => renderPdf(cdp, paper)),
    png: (html, paper) => withPrintWindow(html, (_contents, cdp) => renderPng(cdp, paper)),
    print: (html, paper, printerName) =>
      withPrintWindow(html, async (contents, cdp) => {
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
    printers: async () => {
      // Any webContents can list printers; a throwaway hidden window keeps the main window out of it.
      const window = new BrowserWindow(printWindowOptions());
      try {
        return (await window.webContents.getPrintersAsync()).map((printer) => printerInfoOf({ ...printer, options: printer.options as Record<string, unknown> }));
      } finally {
        window.destroy();
      }
    },
  };
}
