/** The SaveFileDialog port over Electron's save dialog: a PDF or a zip, starting in Documents with the suggested name. */
import { app, dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { SaveFileDialog } from '../node/receipts/receipt-engine';
import type { ExportSaveDialog } from '../node/exports/export-dialog';

export function createSaveDialog(parent: () => BrowserWindow | undefined): SaveFileDialog & ExportSaveDialog {
  async function choose(defaultFileName: string, name: string, extension: string): Promise<string | undefined> {
    const options = {
      defaultPath: join(app.getPath('documents'), defaultFileName),
      filters: [{ name, extensions: [extension] }],
      properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
    };
    const owner = parent();
    const result = owner === undefined || owner.isDestroyed() ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(owner, options);
    if (result.canceled || result.filePath === undefined || result.filePath === '') return undefined;
    return result.filePath.toLowerCase().endsWith(`.${extension}`) ? result.filePath : `${result.filePath}.${extension}`;
  }
  return {
    choosePdfPath: (defaultFileName) => choose(defaultFileName, 'PDF', 'pdf'),
    chooseZipPath: (defaultFileName) => choose(defaultFileName, 'ZIP', 'zip'),
    chooseSpreadsheetPath: (defaultFileName, format) =>
      format === 'csv' ? choose(defaultFileName, 'CSV', 'csv') : choose(defaultFileName, 'Excel', 'xlsx'),
  };
}
