/**
 * Where to save an export: the OS save dialog in the app (electron/main/save-dialog.ts), a fixed folder in the
 * end-to-end harness. Undefined = the person cancelled.
 */
import type { ExportFormat } from '../../common/exports/export-contract';

export interface ExportSaveDialog {
  chooseSpreadsheetPath(defaultName: string, format: ExportFormat): Promise<string | undefined>;
}
