import type { Page } from 'playwright-core';

/** One running instance of the app, whichever target runs it (Chromium harness or real Electron). */
export interface RunningApp {
  readonly page: Page;
  readonly foreignRequests: readonly string[];
  restart(): Promise<void>;
  close(): Promise<void>;
}
