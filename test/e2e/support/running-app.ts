import type { Page } from 'playwright-core';
import type { PrintJob } from './chromium-receipt-engine';
import type { TestSaveDialog } from './test-save-dialog';

/** The Chromium target's stand-ins for printer and save dialog (the real Electron app uses the real ones). */
export interface ReceiptDoubles {
  /** What the recording fake printer received, oldest first. */
  readonly printJobs: readonly PrintJob[];
  /** Requests any receipt page tried (each was aborted): must stay empty. */
  readonly printRequests: readonly string[];
  readonly saveDialog: TestSaveDialog;
  /** The next print fails as a printer out of paper would. */
  failNextPrint(): void;
}

/** One running instance of the app, whichever target runs it (Chromium harness or real Electron). */
export interface RunningApp {
  readonly page: Page;
  readonly foreignRequests: readonly string[];
  /** Chromium target only. */
  readonly receipts?: ReceiptDoubles;
  restart(): Promise<void>;
  close(): Promise<void>;
}
