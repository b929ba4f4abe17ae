import { describe, expect, it } from 'vitest';
import { micronsOf, PRINT_PARTITION, printWindowOptions } from '../../../electron/node/security/print-window-options';

describe('printWindowOptions', () => {
  it('is hidden, runs no JavaScript, has no preload and is sandboxed', () => {
    const options = printWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect('preload' in options.webPreferences).toBe(false);
  });

  it('uses its own in-memory session, never the app\'s or a persisted one', () => {
    expect(printWindowOptions().webPreferences.partition).toBe(PRINT_PARTITION);
    expect(PRINT_PARTITION.startsWith('persist:')).toBe(false);
  });

  it('gives Electron the page size in microns', () => {
    expect(micronsOf(58)).toBe(58_000);
    expect(micronsOf(123.4)).toBe(123_400);
  });
});
