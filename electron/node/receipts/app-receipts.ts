/**
 * The receipt handlers wired to the app's real parts: the ledger, settings, session, calendar, install key and
 * the durable export writer. Kept here so app-services.ts only names what it passes.
 */
import type { Clock, SettingsStore } from '../../common/ports';
import type { CalendarService } from '../calendar/calendar-service';
import type { InstallKey } from '../keys/install-key';
import type { FileSystem } from '../storage/fs-port';
import { writeExportFile } from './export-file';
import { renderReceiptDocument } from './receipt-document';
import type { ReceiptEngine, SaveFileDialog } from './receipt-engine';
import { createReceiptHandlers } from './receipt-service';
import type { ReceiptServiceDeps } from './receipt-service';

export interface AppReceiptDeps {
  readonly ledger: ReceiptServiceDeps['ledger'];
  readonly settings: SettingsStore;
  readonly directory: { requireSession(actor: string): unknown };
  readonly clock: Clock;
  readonly calendar: Pick<CalendarService, 'expectedArrivalOf'>;
  readonly installKey: Pick<InstallKey, 'fingerprint'>;
  readonly fs: FileSystem;
  readonly receipts: { readonly engine: ReceiptEngine; readonly saveDialog: SaveFileDialog } | undefined;
}

export function createAppReceiptHandlers(deps: AppReceiptDeps): ReturnType<typeof createReceiptHandlers> {
  const { receipts } = deps;
  return createReceiptHandlers({
    ledger: deps.ledger,
    settings: deps.settings,
    requireSession: (actor) => void deps.directory.requireSession(actor),
    clock: deps.clock,
    arrivalOf: (refund, payment) => deps.calendar.expectedArrivalOf(refund, payment),
    keyFingerprint: deps.installKey.fingerprint,
    render: renderReceiptDocument,
    ...(receipts === undefined ? {} : { engine: receipts.engine, saveDialog: receipts.saveDialog }),
    writeFile: (path, bytes) => writeExportFile(deps.fs, path, bytes),
  });
}
