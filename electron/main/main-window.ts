/** Creates the one app window with the secure options built (and tested) in electron/node/security. */
import { BrowserWindow } from 'electron';
import { mainWindowOptions } from '../node/security/window-options';

export function createMainWindow(preloadPath: string, entryUrl: string): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());
  window.removeMenu();
  void window.loadURL(entryUrl);
  return window;
}

export function focusWindow(window: BrowserWindow | undefined): void {
  if (window === undefined || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
