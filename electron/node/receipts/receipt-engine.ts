/**
 * The print engine behind receipts: a Chromium page that shows one HTML document, then gives its PDF, a PNG of it,
 * or sends it to a printer. Electron's main implements it with a hidden print window (electron/main); the
 * end-to-end harness with Playwright's Chromium (test/e2e/support). Both drive the page through the same CDP
 * calls (cdp-document.ts), so the preview, the PDF and the printed paper are one rendering. Both keep their page
 * open between jobs for a minute (warm-host.ts), so a run of receipts or a packet does not start a renderer each time.
 */
import { DomainError } from '../../common/domain/errors';
import type { PrinterInfo } from '../../common/ipc/contract-receipts';
import type { PaperSpec } from '../../common/receipts/receipt';

/** How long the print host (window or page) stays open after its last job (warm-host.ts). */
export const PRINT_HOST_IDLE_MS = 60_000;

export interface RenderedPage {
  readonly bytes: Uint8Array;
  /** The page height used: the sheet's, or for a thermal roll the content's own. */
  readonly heightMm: number;
}

export interface ReceiptEngine {
  /** A PDF of the document on this paper; a thermal roll is one page exactly as tall as its content. */
  pdf(html: string, paper: PaperSpec): Promise<RenderedPage>;
  /** A PNG of the page as it prints (same layout as the PDF), for the in-app preview. */
  png(html: string, paper: PaperSpec): Promise<RenderedPage>;
  /**
   * Sends the document to a printer with an explicit page size (Electron needs it in microns; without one it
   * prints A4, which is how POS apps end up wasting a metre of thermal paper). Absent name: the system default.
   */
  print(html: string, paper: PaperSpec, printerName: string | undefined): Promise<void>;
  printers(): Promise<readonly PrinterInfo[]>;
}

/** Where to save a PDF: the OS save dialog in the app, a fixed folder in tests. Undefined = the person cancelled. */
export interface SaveFileDialog {
  choosePdfPath(defaultFileName: string): Promise<string | undefined>;
  /** For evidence packets (a zip, with the PDF written beside it). */
  chooseZipPath(defaultFileName: string): Promise<string | undefined>;
}

/**
 * Runs one engine job: a refusal the app made itself (a DomainError) passes through; anything the engine threw
 * (Chromium gone, the printer driver failing) is logged for main and answered as `print_failed`, translated.
 */
export async function viaEngine<T>(what: string, work: () => Promise<T>, log: (message: string, error?: unknown) => void): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DomainError) throw error;
    log(`${what} failed`, error);
    throw new DomainError('print_failed', `The ${what} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
