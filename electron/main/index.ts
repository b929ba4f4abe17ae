/**
 * Electron's composition root. Everything that can live outside Electron does (electron/node, electron/common);
 * this file only connects it to the app lifecycle, the window, the protocol and ipcMain.
 */
import { join } from 'node:path';
import { app, dialog, ipcMain, session } from 'electron';
import type { BrowserWindow } from 'electron';
import { APP_ENTRY_URL, APP_ORIGIN } from '../common/app-origin';
import { DomainError } from '../common/domain/errors';
import { openAppServices } from '../node/app-services';
import type { AppServices } from '../node/app-services';
import { resolveDataDir } from '../node/data-dir';
import { createDispatcher } from '../node/ipc/dispatcher';
import { registerIpc } from '../node/ipc/register-ipc';
import { isSameOrigin } from '../node/ipc/trusted-sender';
import { handleAppProtocol, registerAppSchemePrivileges } from './app-protocol-handler';
import { createMainWindow, focusWindow } from './main-window';
import { hardenSession } from './security';
import { startReminderNotifier } from './reminder-notifier';
import { createPrintWindowEngine } from './print-window';
import { printFontsDirOf } from '../node/receipts/print-fonts/print-font-dir';
import { createSaveDialog } from './save-dialog';
import { createBackupDialogs, relaunchAfter } from './folder-dialog';
import { DataFolderRefused, refusalText } from '../node/migrations/data-folder-refused';
import { holdYoungGeneration } from '../node/main-heap';

// Before the data is opened: the heap's young generation would otherwise grow for good on the first big read.
holdYoungGeneration();

const outDir = join(import.meta.dirname, '..');
const preloadPath = join(outDir, 'preload', 'index.cjs');
const rendererDir = join(outDir, 'renderer');
// Set by `electron-vite dev` only; a packaged or previewed app always loads app://.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];

let mainWindow: BrowserWindow | undefined;
let services: AppServices | undefined;
let stopReminders: (() => void) | undefined;

registerAppSchemePrivileges();

async function start(): Promise<void> {
  const dataDir = resolveDataDir({
    argv: process.argv,
    env: process.env,
    userDataDir: app.getPath('userData'),
    cwd: process.cwd(),
  });
  const printEngine = createPrintWindowEngine();
  try {
    services = await openAppServices({
      dataDir,
      version: app.getVersion(),
      receipts: { engine: printEngine, saveDialog: createSaveDialog(() => mainWindow) },
      printFontsDir: printFontsDirOf({ packaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() }),
      backups: {
        dialogs: createBackupDialogs(() => mainWindow),
        requestRestart: relaunchAfter(
          () => services?.close(),
          () => {
            app.relaunch();
            app.exit(0);
          },
        ),
      },
      exportDialog: createSaveDialog(() => mainWindow),
    });
  } catch (error) {
    const locked = error instanceof DomainError && error.code === 'storage_locked';
    // A newer folder (downgrade) or a failed migration: what happened, what to do, in both languages.
    const refused = error instanceof DataFolderRefused ? refusalText(error.problem) : undefined;
    dialog.showErrorBox(
      '退款台账 RefundDesk',
      refused !== undefined
        ? `${refused.zhCN}\n\n${refused.en}\n\n${dataDir}`
        : locked
          ? `数据文件夹正被另一个退款台账使用。\nThe data folder is in use by another RefundDesk.\n\n${dataDir}`
          : `无法打开数据文件夹。\nCould not open the data folder.\n\n${dataDir}\n\n${String(error)}`,
    );
    app.quit();
    return;
  }

  const devOrigin = devServerUrl === undefined ? undefined : new URL(devServerUrl).origin;
  hardenSession(session.defaultSession, APP_ORIGIN, devOrigin);
  handleAppProtocol(rendererDir);
  const dispatch = createDispatcher({
    handlers: services.handlers,
    isTrustedSender: (url) => isSameOrigin(url, APP_ORIGIN) || (devOrigin !== undefined && isSameOrigin(url, devOrigin)),
    onUnexpectedError: (method, error) => console.error(`[ipc] ${method} failed`, error),
  });
  registerIpc(ipcMain, dispatch);
  mainWindow = createMainWindow(preloadPath, devServerUrl ?? APP_ENTRY_URL);
  // The warm print window is hidden: closed with the main window, so 'window-all-closed' quits the app at once.
  mainWindow.on('closed', () => void printEngine.dispose());
  stopReminders = startReminderNotifier({ services, showWindow: () => focusWindow(mainWindow) });
}

// One writer per data folder: a second launch focuses the first window instead of opening the files again.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => focusWindow(mainWindow));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    stopReminders?.();
    void services?.close();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error(error);
      app.quit();
    });
}
