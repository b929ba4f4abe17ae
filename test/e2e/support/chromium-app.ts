/**
 * The app in Debian's Chromium: the built renderer served through a routed origin with the same handler and CSP
 * as app://, the real preload (bundled against a fake of Electron's renderer module), and main's real dispatcher
 * and handlers on a real data folder. Arguments and results pass through structuredClone, as over real IPC.
 */
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { INVOKE_CHANNEL } from '../../../electron/common/ipc/contract';
import { serveAppRequest } from '../../../electron/node/app-protocol';
import { openAppServices } from '../../../electron/node/app-services';
import type { AppServices } from '../../../electron/node/app-services';
import { createDispatcher } from '../../../electron/node/ipc/dispatcher';
import type { Dispatch } from '../../../electron/node/ipc/dispatcher';
import type { FileSystem } from '../../../electron/node/storage/fs-port';
import { isSameOrigin } from '../../../electron/node/ipc/trusted-sender';
import { assertBuilt, chromiumPath, harnessPreload, projectRoot, rendererDir } from './paths';
import { printFontPackageDir } from '../../../electron/node/receipts/print-fonts/print-font-dir';
import { CHROMIUM_ARGS } from './chromium-args';
import { createChromiumReceiptEngine } from './chromium-receipt-engine';
import { createTestSaveDialog } from './test-save-dialog';
import { testBackupDialogs } from './test-backup-dialogs';
import type { RunningApp } from './running-app';
import type { Clock } from '../../../electron/common/ports';

const HARNESS_HOST = 'refunddesk.test';
const HARNESS_ORIGIN = `http://${HARNESS_HOST}`;

export async function launchChromiumApp(dataDir: string, fs?: FileSystem, clock?: Clock): Promise<RunningApp> {
  assertBuilt();
  const browser: Browser = await chromium.launch({ executablePath: chromiumPath, args: [...CHROMIUM_ARGS] });
  // Receipts render in the same browser but their own context (JavaScript off, offline): see chromium-receipt-engine.ts.
  const engine = await createChromiumReceiptEngine(browser);
  const saveDialog = createTestSaveDialog();
  const open = (): Promise<AppServices> =>
    openAppServices({
      dataDir,
      version: 'e2e',
      receipts: { engine, saveDialog },
      // The font folder Electron main uses when run from a checkout (`npm start`), so receipts print alike.
      printFontsDir: printFontPackageDir(projectRoot),
      backups: { dialogs: testBackupDialogs },
      exportDialog: saveDialog,
      ...(fs === undefined ? {} : { fs }),
      ...(clock === undefined ? {} : { clock }),
    });
  let services: AppServices;
  try {
    services = await open();
  } catch (error) {
    await browser.close();
    throw error;
  }
  const makeDispatch = (current: AppServices): Dispatch =>
    createDispatcher({
      handlers: current.handlers,
      isTrustedSender: (url) => isSameOrigin(url, HARNESS_ORIGIN),
      onUnexpectedError: (method, error) => console.error(`[ipc] ${method} failed`, error),
    });
  let dispatch = makeDispatch(services);

  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const foreignRequests: string[] = [];

  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!isSameOrigin(url, HARNESS_ORIGIN)) {
      foreignRequests.push(url);
      await route.abort('blockedbyclient');
      return;
    }
    const response = await serveAppRequest(rendererDir, url, HARNESS_HOST);
    await route.fulfill({ status: response.status, headers: response.headers, body: response.body });
  });
  await context.exposeBinding('__refunddeskHarnessInvoke', async (source, channel: unknown, payload: unknown) => {
    if (channel !== INVOKE_CHANNEL) throw new Error(`The preload used an unknown channel: ${String(channel)}`);
    const result = await dispatch(source.frame.url(), structuredClone(payload));
    return structuredClone(result);
  });
  await context.addInitScript({ path: harnessPreload });

  const page: Page = await context.newPage();
  page.on('request', (request) => {
    const url = request.url();
    if (!isSameOrigin(url, HARNESS_ORIGIN) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      if (!foreignRequests.includes(url)) foreignRequests.push(url);
    }
  });
  page.on('pageerror', (error) => console.error('[renderer]', error));
  await page.goto(`${HARNESS_ORIGIN}/index.html`);

  return {
    page,
    foreignRequests,
    receipts: {
      printJobs: engine.printJobs,
      printRequests: engine.printRequests,
      saveDialog,
      failNextPrint: () => engine.failNextPrint(),
    },
    async restart() {
      await services.close();
      services = await open();
      dispatch = makeDispatch(services);
      await page.reload();
    },
    async close() {
      await browser.close();
      await services.close();
    },
  };
}
