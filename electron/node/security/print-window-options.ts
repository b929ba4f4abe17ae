/**
 * The hidden print window's options (RELIABILITY §3: hidden, no preload, no JavaScript, strict CSP — the CSP is in
 * the document itself, receipts/receipt-html.ts). Built here so a plain-Node test checks every one. The window
 * only ever shows one print document at a time (put into about:blank over DevTools), in its own in-memory session.
 */

/** No `persist:` prefix: an in-memory partition, so nothing of a print job is written to disk or shared. */
export const PRINT_PARTITION = 'refunddesk-print';

export interface PrintWindowOptions {
  readonly show: false;
  readonly width: number;
  readonly height: number;
  readonly webPreferences: {
    readonly javascript: false;
    readonly sandbox: true;
    readonly contextIsolation: true;
    readonly nodeIntegration: false;
    readonly nodeIntegrationInWorker: false;
    readonly nodeIntegrationInSubFrames: false;
    readonly webSecurity: true;
    readonly allowRunningInsecureContent: false;
    readonly webviewTag: false;
    readonly images: true;
    readonly spellcheck: false;
    readonly partition: typeof PRINT_PARTITION;
  };
}

/** The window's own size is irrelevant: cdp-document.ts sets the layout width to the paper's. */
export function printWindowOptions(): PrintWindowOptions {
  return {
    show: false,
    width: 800,
    height: 600,
    webPreferences: {
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // The QR code is an inline SVG / data: image; data: is not a network request.
      images: true,
      spellcheck: false,
      partition: PRINT_PARTITION,
    },
  };
}

/** Electron's print pageSize is in microns (a missing size prints A4 — the metre of wasted thermal paper). */
export function micronsOf(mm: number): number {
  return Math.round(mm * 1000);
}
