/**
 * The save dialog of the Chromium harness: no native dialog can be clicked in a browser test, so it answers at
 * once — a fresh folder under test-results/artifacts/ with the suggested file name, or "cancel" when a spec asked.
 * Every suggested name is kept so a spec can check what the person would have seen.
 */
import { mkdir, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import type { SaveFileDialog } from '../../../electron/node/receipts/receipt-engine';
import type { ExportSaveDialog } from '../../../electron/node/exports/export-dialog';
import { artifactDir } from './paths';

export interface TestSaveDialog extends SaveFileDialog, ExportSaveDialog {
  /** Names the app suggested, oldest first. */
  readonly suggested: string[];
  /** Paths the dialog answered with, oldest first. */
  readonly saved: string[];
  /** The next dialog is answered "cancel". */
  cancelNext(): void;
}

export function createTestSaveDialog(): TestSaveDialog {
  const suggested: string[] = [];
  const saved: string[] = [];
  let cancel = false;
  async function answer(defaultFileName: string, folderPrefix: string): Promise<string | undefined> {
    suggested.push(defaultFileName);
    if (cancel) {
      cancel = false;
      return undefined;
    }
    await mkdir(artifactDir, { recursive: true });
    const path = join(await mkdtemp(join(artifactDir, folderPrefix)), defaultFileName);
    saved.push(path);
    return path;
  }
  return {
    suggested,
    saved,
    cancelNext() {
      cancel = true;
    },
    choosePdfPath: (defaultFileName) => answer(defaultFileName, 'receipt-'),
    chooseZipPath: (defaultFileName) => answer(defaultFileName, 'packet-'),
    chooseSpreadsheetPath: (defaultFileName) => answer(defaultFileName, 'export-'),
  };
}
