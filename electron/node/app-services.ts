/**
 * The composition root for everything that is not Electron: storage, the ledger, and the Handlers that
 * main registers on its IPC choke point. The Chromium test harness calls this same function, so the
 * end-to-end tests exercise the real handlers on a real data folder.
 */
import { mkdir } from 'node:fs/promises';
import type { Handlers } from '../common/ipc/contract';
import type { Clock, RecoveryNotice } from '../common/ports';
import { RefundLedger } from '../common/ledger/refund-ledger';
import { checkSettingsText, createSetupHandler, DEMO_SEED } from '../common/setup/first-run';
import { buildDemoSettlements } from '../common/demo/demo-settlements';
import { expectedSettlementDate } from '../common/settlements/settlement-due';
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
import type { FileSystem } from './storage/fs-port';
import { nodeHasher, randomIds, systemClock } from './system-adapters';
import { createReminderHandlers } from '../common/reminders/reminder-handlers';
import { CalendarStore } from './calendar/calendar-store';
import { createCalendarService } from './calendar/calendar-service';
import type { CalendarService } from './calendar/calendar-service';
import { arrivalEstimateOf } from '../common/reminders/arrival-from-calendar';
import { withListArrivals } from '../common/calendar/list-arrival';
import { checkNotificationPrefs } from '../common/reminders/notification-prefs';
import { formatLocalDate } from '../common/domain/local-time';
import { createSettlementService } from '../common/settlements/settlement-service';
import { FsSettlementStore } from './settlements/settlement-store';

export interface AppServices {
  readonly handlers: Handlers;
  /** The working calendar and arrival table (for the reminders: `calendar.expectedArrivalOf(refund, payment)`). */
  readonly calendar: CalendarService;
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
}

export async function openAppServices(options: AppServicesOptions): Promise<AppServices> {
  const { dataDir, version } = options;
  const clock = options.clock ?? systemClock;
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const fs = options.fs ?? nodeFileSystem;
  const lock = await acquireDataLock(dataDir, fs);
  try {
    const settings = await LowdbSettingsStore.open({ dataDir, fs, now: () => clock.now() });
    const ledgerStore = await LowdbLedgerStore.open({ dataDir, fs, now: () => clock.now() });
    const ledger = await RefundLedger.open({
      store: ledgerStore,
      clock,
      hasher: nodeHasher,
      ids: randomIds,
      counterRules: { counterSettings: () => settings.get().counter },
      approval: () => approvalContextOf(settings.get()),
      attachments: await FsAttachmentStore.open({ dataDir, fs }),
    });
    const pins = options.pins ?? createScryptPinHasher();
    const directory = new OperatorDirectory({ settings, pins, ids: randomIds, clock });
    const calendarStore = await CalendarStore.open({ dataDir, fs, now: () => clock.now() });
    const calendar = createCalendarService({
      store: calendarStore,
      clock,
      refundOf: (id) => ledger.get(id),
      requireOwner: () => void directory.requireOwnerSession(),
    });
    const settlementStore = await FsSettlementStore.open({ dataDir, fs, now: () => clock.now() });
    const settlements = createSettlementService({
      store: settlementStore,
      clock,
      hasher: nodeHasher,
      ids: randomIds,
      calendar: () => calendar.calendar(),
      requireSession: (actor) => void directory.requireSession(actor),
      requireOwner: () => void directory.requireOwnerSession(),
    });
    const arrivalOfId = (id: string) => {
      const record = ledger.record(id);
      return record === undefined ? undefined : arrivalEstimateOf(calendar.expectedArrivalOf(record.refund, record.payment));
    };
    const recoveries: readonly RecoveryNotice[] = [
      ...settings.recoveries(),
      ...ledgerStore.recoveries(),
      ...calendarStore.recoveries(),
      ...settlementStore.recoveries(),
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
      seedDemoSettlements: () =>
        settlements.importDemo(
          buildDemoSettlements({
            seed: DEMO_SEED,
            now: clock.now(),
            hasher: nodeHasher,
            expectedBy: (businessDate, cycle) => expectedSettlementDate(businessDate, cycle, calendar.calendar()).date,
          }),
        ),
    });

    const handlers = {
      'app.info': () => Promise.resolve(appInfo()),
      'app.setup': async (arg) => {
        directory.startSession(await setup(arg));
        return appInfo();
      },
      'settings.update': (patch) => {
        checkSettingsText(patch);
        if (patch.approval !== undefined) directory.requireOwnerSession();
        const notifications = patch.notifications === undefined ? undefined : checkNotificationPrefs(patch.notifications);
        return settings.update({ ...patch, ...(notifications === undefined ? {} : { notifications }) }).then(publicSettings);
      },
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
      }),
      ...settlements.handlers,
    } satisfies Handlers;

    return {
      handlers,
      calendar,
      dataDir,
      close: async () => {
        await Promise.all([ledger.idle(), settlements.idle()]);
        await lock.release();
      },
    };
  } catch (error) {
    await lock.release();
    throw error;
  }
}
