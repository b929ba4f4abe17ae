/**
 * Wiring of the cases into the composition root (app-services.ts): the year-file store, the service with its
 * links resolved through the ledger and the settlement days, the shop's name for the cover letter, and the
 * evidence packet handlers (electron/node/packets) on the same print engine as receipts. Kept here so
 * app-services.ts stays small.
 */
import type { AttachmentStore } from '../../common/attachments/ports';
import { createCaseService } from '../../common/cases/case-service';
import type { CaseService } from '../../common/cases/case-service';
import type { WorkingCalendar } from '../../common/calendar/working-calendar';
import { formatLocalDate } from '../../common/domain/local-time';
import type { Handlers } from '../../common/ipc/contract';
import type { RefundLedger } from '../../common/ledger/refund-ledger';
import type { Clock, Hasher, IdGenerator, RecoveryNotice, SettingsStore } from '../../common/ports';
import type { SettlementService } from '../../common/settlements/settlement-service';
import { settlementViewOf } from '../../common/settlements/settlement-view';
import type { FileSystem } from '../storage/fs-port';
import { FsCaseStore } from './case-store';
import { coverLetterDraft } from '../../common/cases/cover-letter';
import type { InstallKey } from '../keys/install-key';
import { createPacketHandlers } from '../packets/packet-handlers';
import type { PacketMethods } from '../packets/packet-handlers';
import { writeExportFile } from '../receipts/export-file';
import type { ReceiptEngine, SaveFileDialog } from '../receipts/receipt-engine';
import type { ShapeMemo } from '../storage/shape-memo';
import type { CaseMethods } from '../../common/cases/case-service';

export interface AppCasesDeps {
  readonly dataDir: string;
  readonly fs: FileSystem;
  readonly clock: Clock;
  readonly hasher: Hasher;
  readonly ids: IdGenerator;
  readonly ledger: RefundLedger;
  readonly settlements: Pick<SettlementService, 'records'>;
  readonly calendar: () => WorkingCalendar;
  readonly settings: SettingsStore;
  readonly attachments: AttachmentStore;
  readonly requireSession: (actor: string) => void;
  readonly installKey: InstallKey;
  /** The year files' shape memo (shape-memo.ts), shared with the other stores. */
  readonly shapeMemo?: ShapeMemo;
  /** The print engine and save dialog shared with receipts; absent in plain Node (packets answer print_unavailable). */
  readonly receipts?: { readonly engine: ReceiptEngine; readonly saveDialog: SaveFileDialog };
}

export interface AppCases {
  readonly service: CaseService;
  readonly recoveries: readonly RecoveryNotice[];
  readonly handlers: Pick<Handlers, CaseMethods | PacketMethods>;
}

export async function openAppCases(deps: AppCasesDeps): Promise<AppCases> {
  const { clock, ledger, settlements } = deps;
  const store = await FsCaseStore.open({ dataDir: deps.dataDir, fs: deps.fs, now: () => clock.now(), ...(deps.shapeMemo === undefined ? {} : { shapeMemo: deps.shapeMemo }) });
  const service = createCaseService({
    store,
    attachments: deps.attachments,
    clock,
    hasher: deps.hasher,
    ids: deps.ids,
    lookup: {
      refund: (id) => ledger.record(id),
      payment: (id) => ledger.payment(id),
      settlement: (id) => settlements.records().days.find((day) => day.id === id),
    },
    settlementView: (day) => {
      const records = settlements.records();
      const account = records.accounts.find((entry) => entry.id === day.accountId);
      return settlementViewOf(day, account, deps.calendar(), formatLocalDate(clock.now()));
    },
    shop: () => shopOf(deps.settings),
    requireSession: deps.requireSession,
  });
  const packets = createPacketHandlers({
    source: {
      view: (id) => service.view(id),
      refund: (id) => ledger.get(id),
      coverLetterDraft: (view, language, sender) => coverLetterDraft(view, language, sender),
      readAttachment: (sha256) => deps.attachments.read(sha256),
      shop: () => shopOf(deps.settings),
    },
    recordExport: (id, packet, actor) => service.recordPacketExported(id, packet, actor),
    requireSession: deps.requireSession,
    key: deps.installKey,
    ...(deps.receipts === undefined ? {} : { engine: deps.receipts.engine, saveDialog: deps.receipts.saveDialog }),
    writeFile: (path, bytes) => writeExportFile(deps.fs, path, bytes),
  });
  return { service, recoveries: store.recoveries(), handlers: { ...service.handlers, ...packets } };
}

/** The shop as the sender of letters and packets: its name, and the address and phone set for receipts. */
function shopOf(store: SettingsStore): { name: string; phone?: string; address?: string } {
  const settings = store.get();
  return {
    name: settings.shopName,
    ...(settings.shop?.phone === undefined ? {} : { phone: settings.shop.phone }),
    ...(settings.shop?.address === undefined ? {} : { address: settings.shop.address }),
  };
}
