/** The export handlers wired to the app's real parts, so app-services.ts only adds one spread line. */
import type { Clock } from '../../common/ports';
import { DomainError } from '../../common/domain/errors';
import type { Handlers } from '../../common/ipc/contract';
import type { RefundLedger } from '../../common/ledger/refund-ledger';
import type { CalendarService } from '../calendar/calendar-service';
import { writeExportFile } from '../receipts/export-file';
import type { FileSystem } from '../storage/fs-port';
import type { ExportSaveDialog } from './export-dialog';
import { createExportHandlers } from './export-service';
import type { ExportMethods } from './export-service';

export interface AppExportDeps {
  readonly ledger: Pick<RefundLedger, 'list' | 'record'>;
  readonly calendar: Pick<CalendarService, 'expectedArrivalOf'>;
  readonly settlementMonth: Handlers['settlement.month'];
  readonly directory: { session(): { readonly operator?: unknown } };
  readonly clock: Clock;
  readonly fs: FileSystem;
  readonly dialog: ExportSaveDialog | undefined;
}

export function createAppExportHandlers(deps: AppExportDeps): Pick<Handlers, ExportMethods> {
  return createExportHandlers({
    list: (query) => deps.ledger.list(query),
    record: (id) => deps.ledger.record(id),
    arrivalOf: (refund, payment) => deps.calendar.expectedArrivalOf(refund, payment),
    settlementMonth: (month) => deps.settlementMonth({ month }),
    requireSignedIn: () => {
      if (deps.directory.session().operator === undefined) throw new DomainError('not_signed_in', 'Nobody is signed in.');
    },
    clock: deps.clock,
    dialog: deps.dialog,
    writeFile: (path, bytes) => writeExportFile(deps.fs, path, bytes),
  });
}
