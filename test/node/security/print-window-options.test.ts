import { describe, expect, it } from 'vitest';
import { documentUrlOf, micronsOf, PRINT_PARTITION, printWindowOptions } from '../../../electron/node/security/print-window-options';

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

  it('loads the document as one base64 data: URL (no file, no server)', () => {
    const url = documentUrlOf('<p>退款 & <b>x</b></p>');
    expect(url.startsWith('data:text/html;base64,')).toBe(true);
    expect(Buffer.from(url.slice('data:text/html;base64,'.length), 'base64').toString('utf8')).toBe('<p>退款 & <b>x</b></p>');
  });

  it('gives Electron the page size in microns', () => {
    expect(micronsOf(58)).toBe(58_000);
    expect(micronsOf(123.4)).toBe(123_400);
  });
});
