/**
 * What every end-to-end spec uses: `launchApp()` starts RefundDesk on a fresh data folder, in Debian's
 * Chromium by default or in real Electron when E2E_TARGET=electron, so one suite covers both.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openAppServices } from '../../../electron/node/app-services';
import { launchChromiumApp } from './chromium-app';
import { launchElectronApp } from './electron-app';
import { screenshotDir } from './paths';
import type { ReceiptDoubles, RunningApp } from './running-app';
import type { FaultFileSystem } from '../../support/fault-fs';
import type { Clock } from '../../../electron/common/ports';

export type E2ETarget = 'chromium' | 'electron';
export type StartState = 'first-run' | 'empty-shop' | 'demo-shop';

export interface AppHandle {
  readonly page: Page;
  readonly dataDir: string;
  /** Every request the page made to anything but the app's own origin (must stay empty). */
  readonly foreignRequests: readonly string[];
  /**
   * Chromium target: the recording fake printer's jobs, the receipt pages' (aborted) requests and the test save
   * dialog (`cancelNext()`); absent with E2E_TARGET=electron, where the real print window and dialog are used.
   */
  readonly receipts: ReceiptDoubles | undefined;
  /** Closes the app's storage and loads the UI again from the same data folder, as a restart would. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export function e2eTarget(): E2ETarget {
  return process.env['E2E_TARGET'] === 'electron' ? 'electron' : 'chromium';
}

export const TEST_SHOP_NAME = '测试小店';

/** Prepares the data folder before the app starts, through the same setup handler the first-run screen uses. */
async function prepare(dataDir: string, start: StartState, clock?: Clock): Promise<void> {
  if (start === 'first-run') return;
  const services = await openAppServices({ dataDir, version: 'e2e', ...(clock === undefined ? {} : { clock }) });
  try {
    await services.handlers['app.setup']({
      shopName: TEST_SHOP_NAME,
      operatorName: '店长',
      language: 'zh-CN',
      loadDemo: start === 'demo-shop',
    });
  } finally {
    await services.close();
  }
}

export interface LaunchOptions {
  readonly dataDir?: string;
  readonly start?: StartState;
  /**
   * Chromium target only: the file system under the app's real stores, so a spec can fill the disk or break it
   * (specs that use it live in test/e2e/chromium-only/, which the Electron target does not run).
   */
  readonly disk?: FaultFileSystem;
  /** Chromium target only: main's clock (the demo shop is generated and reminders computed from it). */
  readonly clock?: Clock;
}

export async function launchApp(options: LaunchOptions = {}): Promise<AppHandle> {
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'refunddesk-e2e-')));
  await prepare(dataDir, options.start ?? 'first-run', options.clock);
  if ((options.disk !== undefined || options.clock !== undefined) && e2eTarget() === 'electron') {
    throw new Error('Fault injection needs the Chromium target: the real Electron app uses the real disk.');
  }
  const running: RunningApp =
    e2eTarget() === 'electron' ? await launchElectronApp(dataDir) : await launchChromiumApp(dataDir, options.disk, options.clock);
  return {
    get page() {
      return running.page;
    },
    dataDir,
    foreignRequests: running.foreignRequests,
    receipts: running.receipts,
    restart: () => running.restart(),
    close: async () => {
      await running.close();
      // A folder the caller chose is the caller's; one made here is removed with the app.
      if (ownsDataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export async function saveScreenshot(app: AppHandle, name: string): Promise<string> {
  await mkdir(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await app.page.screenshot({ path, fullPage: false });
  return path;
}
