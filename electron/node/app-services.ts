/**
 * The composition root for everything that is not Electron: storage, the ledger, and the Handlers that
 * main registers on its IPC choke point. The Chromium test harness calls this same function, so the
 * end-to-end tests exercise the real handlers on a real data folder.
 */
import { mkdir } from 'node:fs/promises';
import type { Handlers } from '../common/ipc/contract';
import type { Clock, RecoveryNotice } from '../common/ports';
import { RefundLedger } from '../common/ledger/refund-ledger';
import { createSetupHandler } from '../common/setup/first-run';
import { demoSeeders } from './demo-seed';
import { cleanCounterSettings } from '../common/domain/counter-settings';
import { refuseFullCardNumbers } from '../common/domain/text-rules';
import { approvalContextOf, createApprovalHandlers, publicSettings } from '../common/operators/approval-handlers';
import { OperatorDirectory } from '../common/operators/operator-directory';
import type { PinHasher } from '../common/ports';
import { LowdbLedgerStore } from './ledger-store';
import { FsAttachmentStore } from './attachments/fs-attachment-store';
import { createScryptPinHasher } from './pin-hasher';
import { LowdbSettingsStore } from './settings-store';
import { acquireDataLock } from './storage/data-lock';
import { nodeFileSystem } from './storage/fs-port';
import { bestEffort } from './storage/fs-errors';
import { FileShapeMemo } from './storage/shape-memo';
import type { FileSystem } from './storage/fs-port';
import { nodeHasher, randomIds, systemClock } from './system-adapters';
import { createReminderHandlers } from '../common/reminders/reminder-handlers';
import { CalendarStore } from './calendar/calendar-store';
import { createCalendarService } from './calendar/calendar-service';
import type { CalendarService } from './calendar/calendar-service';
import { arrivalEstimateOf } from '../common/reminders/arrival-from-calendar';
import { withListArrivals } from '../common/calendar/list-arrival';
import { formatLocalDate } from '../common/domain/local-time';
import { createSettlementService } from '../common/settlements/settlement-service';
import { FsSettlementStore } from './settlements/settlement-store';
import { createSettingsUpdateHandler } from './settings-handler';
import { openInstallKey } from './keys/install-key';
import type { InstallKey } from './keys/install-key';
import { createAppReceiptHandlers } from './receipts/app-receipts';
import type { ReceiptEngine, SaveFileDialog } from './receipts/receipt-engine';
import { createPrintFontFaces } from './receipts/print-fonts/print-font-faces';
import { withPrintFonts } from './receipts/print-fonts/with-print-fonts';
import { openAppCases } from './cases/app-cases';
import { applyPendingRestore, openAppBackups, ownerOrNewShop } from './backups/app-backups';
import { openAppDataTools } from './integrity/app-data-tools';
import type { BackupPorts } from './backups/app-backups';
import type { CaseService } from '../common/cases/case-service';
import { createAppExportHandlers } from './exports/app-exports';
import type { ExportSaveDialog } from './exports/export-dialog';
import { openAppPrivacy } from './privacy/app-privacy';
import { migrateDataFolder } from './migrations/run-migrations';
import type { MigrationList } from './migrations/run-migrations';

export interface AppServices {
  readonly handlers: Handlers;
  /** The working calendar and arrival table (for the reminders: `calendar.expectedArrivalOf(refund, payment)`). */
  readonly calendar: CalendarService;
  /** The install's Ed25519 key (fingerprint on receipts; signs packets in Step 5). */
  readonly installKey: InstallKey;
  /** Cases: `view(id)`, `linkedOf(id)` and `recordPacketExported(…)` for the packet code. */
  readonly cases: CaseService;
  readonly dataDir: string;
  /** Waits for queued saves, then releases the data-folder lock. */
  close(): Promise<void>;
}

export interface AppServicesOptions {
  readonly dataDir: string;
  readonly version: string;
  readonly clock?: Clock;
  /** The file system under the stores; tests inject faults (disk full, EIO) through it. */
  readonly fs?: FileSystem;
  /** PIN hashing; tests may pass a cheaper scrypt cost. */
  readonly pins?: PinHasher;
  /** Chromium behind receipts: Electron's hidden print window, or the e2e harness's. Absent: `print_unavailable`. */
  readonly receipts?: { readonly engine: ReceiptEngine; readonly saveDialog: SaveFileDialog };
  /**
   * The bundled print font's folder (print-fonts/print-font-dir.ts), embedded in every job of `receipts.engine`.
   * Absent: jobs print with the installed fonts.
   */
  readonly printFontsDir?: string;
  /** Folder/file dialogs for backups and Electron's relaunch after a staged restore (backups/app-backups.ts). */
  readonly backups?: BackupPorts;
  /** Where CSV/XLSX exports are saved: the OS dialog, or the e2e harness's folder. Absent: `print_unavailable`. */
  readonly exportDialog?: ExportSaveDialog;
  /** The data folder's migrations (migrations/data-migrations.ts); tests inject their own. */
  readonly migrations?: MigrationList;
}

/** The receipt engine, with the bundled print font added to every job when its folder is known. */
function withBundledPrintFont(options: AppServicesOptions): AppServicesOptions['receipts'] {
  const { receipts, printFontsDir } = options;
  if (receipts === undefined || printFontsDir === undefined) return receipts;
  const faces = createPrintFontFaces({ dir: printFontsDir });
  return { ...receipts, engine: withPrintFonts(receipts.engine, faces, (message, error) => console.error(`[print fonts] ${message}`, error)) };
}

export async function openAppServices(options: AppServicesOptions): Promise<AppServices> {
  const { dataDir, version } = options;
  const receipts = withBundledPrintFont(options);
  const clock = options.clock ?? systemClock;
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const fs = options.fs ?? nodeFileSystem;
  const lock = await acquireDataLock(dataDir, fs);
  try {
    await applyPendingRestore(fs, dataDir); // a restore staged before the last restart, before any store opens
    // Then the folder is brought to this app's format (or refused: DataFolderRefused), still before any store opens.
    const migrated = await migrateDataFolder({ dataDir, fs, clock, appVersion: version, ...(options.migrations === undefined ? {} : { list: options.migrations }) });
    const settings = await LowdbSettingsStore.open({ dataDir, fs, now: () => clock.now() });
    const ledgerStore = await LowdbLedgerStore.open({ dataDir, fs, now: () => clock.now() });
    // One content-addressed store for refunds' and cases' evidence: the same photo is kept once.
    const attachments = await FsAttachmentStore.open({ dataDir, fs });
    const ledger = await RefundLedger.open({
      store: ledgerStore,
      clock,
      hasher: nodeHasher,
      ids: randomIds,
      counterRules: { counterSettings: () => settings.get().counter },
      approval: () => approvalContextOf(settings.get()),
      attachments,
    });
    // After a start that read months the full way (first start of this version, a crash since the last close):
    // in the background, so the window does not wait for it.
    void ledgerStore.saveCatalogCache();
    const pins = options.pins ?? createScryptPinHasher();
    const directory = new OperatorDirectory({ settings, pins, ids: randomIds, clock });
    const calendarStore = await CalendarStore.open({ dataDir, fs, now: () => clock.now() });
    const calendar = createCalendarService({
      store: calendarStore,
      clock,
      refundOf: (id) => ledger.get(id),
      requireOwner: () => void directory.requireOwnerSession(),
    });
    // Year files (settlements, cases) whose data this version already found well-formed skip zod at start (~160 ms).
    const shapeMemo = await FileShapeMemo.open(fs, dataDir, version);
    const settlementStore = await FsSettlementStore.open({ dataDir, fs, now: () => clock.now(), shapeMemo });
    const settlements = createSettlementService({
      store: settlementStore,
      clock,
      hasher: nodeHasher,
      ids: randomIds,
      calendar: () => calendar.calendar(),
      requireSession: (actor) => void directory.requireSession(actor),
      requireOwner: () => void directory.requireOwnerSession(),
    });
    const installKey = await openInstallKey({ dataDir, fs, now: () => clock.now() });
    const cases = await openAppCases({
      dataDir,
      fs,
      clock,
      hasher: nodeHasher,
      ids: randomIds,
      ledger,
      settlements,
      calendar: () => calendar.calendar(),
      settings,
      attachments,
      requireSession: (actor) => void directory.requireSession(actor),
      installKey,
      shapeMemo,
      ...(receipts === undefined ? {} : { receipts }),
    });
    // What this start found well-formed, in the background like the catalog cache; close() waits for it.
    const shapeMemoSaved = bestEffort(() => shapeMemo.save());
    const arrivalOfId = (id: string) => {
      const record = ledger.record(id);
      return record === undefined ? undefined : arrivalEstimateOf(calendar.expectedArrivalOf(record.refund, record.payment));
    };
    const recoveries: readonly RecoveryNotice[] = [
      ...settings.recoveries(),
      ...installKey.recoveries(),
      ...ledgerStore.recoveries(),
      ...calendarStore.recoveries(),
      ...settlementStore.recoveries(),
      ...cases.recoveries,
      ...migrated.recoveries,
    ];

    const appInfo = () => ({
      version,
      dataDir,
      settings: publicSettings(settings.get()),
      currentOperator: directory.session().operator,
      refundCount: ledger.count,
      recoveries,
    });
    const setup = createSetupHandler({
      settings,
      ledger,
      clock,
      hasher: nodeHasher,
      ids: randomIds,
      pins,
      ...demoSeeders({ clock, ledger, settlements, cases: cases.service, calendar: () => calendar.calendar() }),
    });

    const backupIdle = () => Promise.all([ledger.idle(), settlements.idle(), cases.service.idle()]);
    // Not set up yet: no owner and no records of any kind. Only then may the first-run screen restore or import.
    const isNewShop = () => {
      if (settings.get().operators.some((operator) => operator.role === 'owner')) return false;
      const { days, accounts } = settlements.records();
      return ledger.count === 0 && days.length === 0 && accounts.length === 0 && cases.service.records().length === 0;
    };
    const backups = await openAppBackups({
      ...{ dataDir, fs, clock, version, ...options.backups },
      idle: backupIdle,
      requireSignedIn: () => void directory.requireSession(directory.session().operator?.name ?? ''),
      requireOwner: () => void directory.requireOwnerSession(),
      isNewShop,
      dataVersion: migrated.version,
    });
    const handlers = {
      'app.info': () => Promise.resolve(appInfo()),
      'app.setup': async (arg) => {
        directory.startSession(await setup(arg));
        return appInfo();
      },
      'settings.update': createSettingsUpdateHandler({ settings, directory }),
      'refund.create': async (arg) => {
        directory.requireSession(arg.refund.operator, 'refund.operator');
        return ledger.create(arg);
      },
      'refund.list': (arg) => Promise.resolve(withListArrivals(ledger.list(arg), arrivalOfId, formatLocalDate(clock.now()))),
      'refund.get': (arg) => Promise.resolve(ledger.get(arg.id)),
      'refund.advance': async (arg) => {
        directory.requireSession(arg.actor);
        return ledger.advance(arg);
      },
      'refund.addNote': async (arg) => {
        directory.requireSession(arg.actor);
        return ledger.addNote(arg);
      },
      'payment.lookup': (arg) => Promise.resolve(ledger.lookupPayment(arg)),
      'settings.updateCounter': (arg) => {
        refuseFullCardNumbers(arg);
        return settings.update({ counter: cleanCounterSettings(arg) }).then(publicSettings);
      },
      'refund.logContact': async (arg) => {
        directory.requireSession(arg.actor);
        return ledger.logContact(arg);
      },
      'refund.reportMisdirect': async (arg) => {
        directory.requireSession(arg.actor);
        return ledger.reportMisdirect(arg);
      },
      'refund.markRecovered': async (arg) => {
        directory.requireSession(arg.actor);
        return ledger.markRecovered(arg);
      },
      'attachment.add': async (arg) => {
        directory.requireSession(arg.actor);
        return ledger.addAttachment(arg);
      },
      'attachment.read': (arg) => ledger.readAttachment(arg),
      ...createApprovalHandlers(directory, ledger),
      ...calendar.handlers,
      ...createReminderHandlers({
        ledger,
        settings,
        directory,
        clock,
        arrivalOf: (refund, payment) => arrivalEstimateOf(calendar.expectedArrivalOf(refund, payment)),
        settlements,
        cases: cases.service,
      }),
      ...settlements.handlers,
      ...cases.handlers,
      ...backups.handlers,
      ...(await openAppPrivacy({ dataDir, fs, clock, ledger, settings, directory, cases: cases.service })),
      ...openAppDataTools({
        ...{ dataDir, fs, clock, ledger, settlements, cases: cases.service, settings, attachments, directory, dialogs: options.backups?.dialogs },
        importing: {
          ...{ version, takeBackup: (kind) => backups.takeBackup(kind), idle: backupIdle, requestRestart: options.backups?.requestRestart },
          requireImporter: ownerOrNewShop(isNewShop, () => void directory.requireOwnerSession()),
        },
      }),
      ...createAppReceiptHandlers({ ledger, settings, directory, clock, calendar, installKey, fs, receipts }),
      ...createAppExportHandlers({ ledger, calendar, settlementMonth: settlements.handlers['settlement.month'], directory, clock, fs, dialog: options.exportDialog }),
    } satisfies Handlers;

    return {
      handlers,
      calendar,
      installKey,
      cases: cases.service,
      dataDir,
      close: async () => {
        await backups.stop();
        await Promise.all([ledger.idle(), settlements.idle(), cases.service.idle()]);
        // The catalog cache and the shape memo make the next start fast; written while this process holds the folder.
        await ledgerStore.close();
        await shapeMemoSaved;
        await bestEffort(() => shapeMemo.save());
        await lock.release();
      },
    };
  } catch (error) {
    await lock.release();
    throw error;
  }
}
