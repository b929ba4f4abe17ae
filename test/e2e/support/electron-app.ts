/**
 * The real app in Electron through Playwright's `_electron`, for machines where the Electron binary exists
 * (`E2E_TARGET=electron`). Same data folder flag as a person would use: `--data-dir`.
 */
import { _electron } from 'playwright-core';
import type { ElectronApplication, Page } from 'playwright-core';
import { isSameOrigin } from '../../../electron/node/ipc/trusted-sender';
import { APP_ORIGIN } from '../../../electron/common/app-origin';
import { electronBinary, mainEntry } from './paths';
import type { RunningApp } from './running-app';

async function start(dataDir: string, foreignRequests: string[]): Promise<{ app: ElectronApplication; page: Page }> {
  const executablePath = electronBinary();
  if (executablePath === undefined) {
    throw new Error('E2E_TARGET=electron, but the Electron binary is not installed (node_modules/electron/dist).');
  }
  const app = await _electron.launch({ executablePath, args: [mainEntry, '--data-dir', dataDir] });
  const page = await app.firstWindow();
  page.on('request', (request) => {
    const url = request.url();
    if (!isSameOrigin(url, APP_ORIGIN) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  await page.waitForLoadState('domcontentloaded');
  return { app, page };
}

export async function launchElectronApp(dataDir: string): Promise<RunningApp> {
  const foreignRequests: string[] = [];
  let current = await start(dataDir, foreignRequests);
  return {
    get page() {
      return current.page;
    },
    foreignRequests,
    async restart() {
      await current.app.close();
      current = await start(dataDir, foreignRequests);
    },
    async close() {
      await current.app.close();
    },
  };
}
