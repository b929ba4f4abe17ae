/**
 * THE contract between renderer and main: every method, its one argument and its result.
 * The preload never changes when a method is added; main's choke point checks names against METHODS
 * and arguments against ./schemas.
 */
import type { Fen } from '../domain/money';
import type { WireError } from '../domain/errors';
import type {
  Channel,
  DeductionKind,
  Payment,
  PaymentIdentifiers,
  Refund,
  RefundStatus,
  RefundType,
} from '../domain/types';
import type { Language, RecoveryNotice } from '../ports';
import type { RefundDestination } from '../domain/refund-destination';
import type { CounterSettingsInput, LogContactInput, MarkRecoveredInput, ReportMisdirectInput } from './contract-counter';
import type { AddAttachmentInput, AttachmentContent, ReadAttachmentInput } from './contract-attachments';
import type { ApprovalPolicy } from '../domain/approval';
import type { OperatorSummary } from '../domain/operators';
import type { ApprovalView } from '../ledger/approval-gate';
import type {
  AddOperatorInput,
  ApproveInput,
  PublicSettings,
  RefuseInput,
  SessionState,
  SetPinInput,
  UnlockInput,
} from './contract-approval';
export type * from './contract-approval';
import type { CalendarInfo, ExpectedArrival, LoadYearInput, SetArrivalTableInput, SetClosuresInput } from './contract-calendar';
export type * from './contract-calendar';
import type { DismissReminderInput, ReminderList, ReminderListQuery, SnoozeReminderInput, UpdateHotlinesInput } from './contract-reminders';
import type { Hotline } from '../reminders/hotlines';
import type { NotificationPrefs } from '../reminders/notification-prefs';
export type * from './contract-reminders';
import type {
  CorrectTakingsInput,
  MarkReceivedInput,
  RecordTakingsInput,
  SaveSettlementAccountsInput,
  SettlementAccount,
  SettlementMonth,
  SettlementMonthQuery,
  SettlementView,
} from './contract-settlements';
export type * from './contract-settlements';
import type { PrintReceiptInput, PrinterInfo, ReceiptPreview, ReceiptRequest, SaveReceiptInput, SaveReceiptResult } from './contract-receipts';
export type * from './contract-receipts';
import type {
  AddCaseAttachmentInput,
  CaseListQuery,
  CaseSummary,
  CaseView,
  CoverLetterQuery,
  ExportPacketResult,
  LogCaseContactInput,
  MarkEvidenceInput,
  OpenCaseInput,
  PrintPacketInput,
  PacketRequest,
  SaveCoverLetterInput,
  SetCaseStatusInput,
  UpdateCaseInput,
} from './contract-cases';
export type * from './contract-cases';
import type { BackupStatus, RestoreInput, RestoreResult, VerifyResult } from '../backups/backup-contract';
export type * from '../backups/backup-contract';
import type {
  CustomerErasureInput,
  CustomerErasurePreview,
  CustomerErasureResult,
  CustomerQuery,
  PrivacyUpdateInput,
  PrivacyUpdateResult,
} from '../privacy/privacy-contract';
export type * from '../privacy/privacy-contract';
import type { IntegrityStatus } from '../integrity/integrity-report';
export type * from '../integrity/integrity-report';
import type { PortableExportResult } from '../portable/portable-export';
export type { PortableExportResult } from '../portable/portable-export';
import type { PortableImportResult } from '../portable/portable-import';
export type { PortableImportResult } from '../portable/portable-import';
import type { ReceiptPrefs, ShopProfile } from '../receipts/receipt';
import type { ExportRefundsInput, ExportResult, ExportSettlementsInput } from '../exports/export-contract';
export type * from '../exports/export-contract';

export const INVOKE_CHANNEL = 'refunddesk:invoke';
export const EVENT_CHANNEL = 'refunddesk:event';

export interface AppInfo {
  readonly version: string;
  readonly dataDir: string;
  /** Without PIN hashes (contract-approval.ts). */
  readonly settings: PublicSettings;
  /** Who is working now; absent while the app is locked. */
  readonly currentOperator?: OperatorSummary;
  readonly refundCount: number;
  /** Damaged files found and recovered at start-up; the UI shows them until dismissed. */
  readonly recoveries: readonly RecoveryNotice[];
}

export interface SetupInput {
  readonly shopName: string;
  readonly operatorName: string;
  readonly language: Language;
  readonly loadDemo: boolean;
  /** The first operator (the owner)'s 4–6 digit PIN; optional, recommended. */
  readonly ownerPin?: string;
}

export interface SettingsPatch {
  readonly language?: Language;
  readonly shopName?: string;
  readonly lastChannel?: Channel;
  readonly lastOperator?: string;
  /** Owner only (the current session must be an owner). */
  readonly approval?: ApprovalPolicy;
  /** When desktop notifications may appear (reminders/notification-prefs.ts). */
  readonly notifications?: NotificationPrefs;
  /** Address and phone printed on receipts (receipts/receipt.ts). */
  readonly shop?: ShopProfile;
  /** Paper size, language and printer the receipt dialog starts with. */
  readonly receipt?: ReceiptPrefs;
}

export interface PaymentInput {
  readonly channel: Channel;
  /** `YYYY-MM-DDTHH:mm`, local time as printed on the slip. */
  readonly paidAt: string;
  readonly amount: Fen;
  readonly ids: PaymentIdentifiers;
}

export interface DeductionInput {
  readonly kind: DeductionKind;
  readonly amount: Fen;
  readonly reason: string;
}

export interface RefundInput {
  readonly type: RefundType;
  readonly amount: Fen;
  readonly deductions: readonly DeductionInput[];
  readonly customerName?: string;
  readonly customerPhone?: string;
  readonly operator: string;
  readonly note?: string;
  /** Where the money goes; absent means the original route (refund-destination.ts). */
  readonly destination?: RefundDestination;
  /** The owner confirmed a destination other than the original route. */
  readonly destinationConfirmed?: boolean;
}

export interface CreateRefundInput {
  /** Generated once per form; sending it twice returns the first refund instead of recording a second. */
  readonly requestId: string;
  readonly payment: PaymentInput;
  readonly refund: RefundInput;
  /** The owner saw the "looks like a duplicate" prompt and confirmed (duplicate-check.ts). */
  readonly confirmDuplicate?: boolean;
}

/** One row of the refund list: small, so 50,000 of them page quickly over IPC. */
export interface RefundSummary {
  readonly id: string;
  readonly number: string;
  readonly createdAt: string;
  readonly status: RefundStatus;
  readonly type: RefundType;
  readonly channel: Channel;
  readonly paidAt: string;
  readonly amount: Fen;
  readonly net: Fen;
  readonly customerName?: string;
  readonly customerPhone?: string;
  /** The identifier a person recognises first: reference no., transaction no. or merchant order no. */
  readonly mainIdentifier?: string;
  readonly operator: string;
  /**
   * For a refund on its way (done, processing) with a known window: the last day it should arrive, and whether
   * that day has passed. Computed per page from the working calendar, so a changed table shows at once.
   */
  readonly arrival?: { readonly latest: string; readonly late: boolean };
}

export interface RefundListQuery {
  /** Refund no., reference/transaction/order no., amount (`12.50`), customer name or phone tail. */
  readonly text?: string;
  readonly status?: RefundStatus;
  readonly channel?: Channel;
  /** Inclusive `YYYY-MM-DD` bounds on the refund's creation date (local). */
  readonly from?: string;
  readonly to?: string;
  readonly offset: number;
  readonly limit: number;
}

export interface RefundListPage {
  readonly total: number;
  readonly offset: number;
  readonly items: readonly RefundSummary[];
}

export interface RefundDetail {
  readonly refund: Refund;
  readonly payment: Payment;
  /** Every refund of the same payment, this one included, oldest first. */
  readonly paymentRefunds: readonly RefundSummary[];
  /** Net refunded so far by refunds that have not failed. */
  readonly refundedNet: Fen;
  readonly remainder: Fen;
  readonly chainValid: boolean;
  readonly allowedTransitions: readonly RefundStatus[];
  /** Why it needs (or needed) an owner's approval, and the latest decision (ledger/approval-gate.ts). */
  readonly approval?: ApprovalView;
}

export interface AdvanceInput {
  readonly id: string;
  readonly to: RefundStatus;
  readonly actor: string;
  readonly note?: string;
  /** Required when `to` is `failed`. */
  readonly reason?: string;
  /** Required when `to` is `abnormal`: where the money was re-routed (another card, the shop's account). */
  readonly reroutedTo?: string;
}

export interface AddNoteInput {
  readonly id: string;
  readonly actor: string;
  readonly note: string;
}

export interface PaymentLookupInput {
  readonly channel: Channel;
  readonly paidAt: string;
  readonly ids: PaymentIdentifiers;
}

export type PaymentLookupResult =
  | { readonly found: false }
  | {
      readonly found: true;
      readonly payment: Payment;
      readonly refundedNet: Fen;
      readonly remainder: Fen;
      readonly refunds: readonly RefundSummary[];
    };

export type Empty = Readonly<Record<string, never>>;

export interface Handlers {
  'app.info': (arg: Empty) => Promise<AppInfo>;
  'app.setup': (arg: SetupInput) => Promise<AppInfo>;
  'settings.update': (arg: SettingsPatch) => Promise<PublicSettings>;
  'refund.create': (arg: CreateRefundInput) => Promise<RefundDetail>;
  'refund.list': (arg: RefundListQuery) => Promise<RefundListPage>;
  'refund.get': (arg: { readonly id: string }) => Promise<RefundDetail>;
  'refund.advance': (arg: AdvanceInput) => Promise<RefundDetail>;
  'refund.addNote': (arg: AddNoteInput) => Promise<RefundDetail>;
  'payment.lookup': (arg: PaymentLookupInput) => Promise<PaymentLookupResult>;
  'settings.updateCounter': (arg: CounterSettingsInput) => Promise<PublicSettings>;
  'refund.logContact': (arg: LogContactInput) => Promise<RefundDetail>;
  'refund.reportMisdirect': (arg: ReportMisdirectInput) => Promise<RefundDetail>;
  'refund.markRecovered': (arg: MarkRecoveredInput) => Promise<RefundDetail>;
  'attachment.add': (arg: AddAttachmentInput) => Promise<RefundDetail>;
  'attachment.read': (arg: ReadAttachmentInput) => Promise<AttachmentContent>;
  'operator.list': (arg: Empty) => Promise<readonly OperatorSummary[]>;
  'operator.add': (arg: AddOperatorInput) => Promise<readonly OperatorSummary[]>;
  'operator.setPin': (arg: SetPinInput) => Promise<readonly OperatorSummary[]>;
  'session.unlock': (arg: UnlockInput) => Promise<SessionState>;
  'session.lock': (arg: Empty) => Promise<SessionState>;
  'refund.approve': (arg: ApproveInput) => Promise<RefundDetail>;
  'refund.refuse': (arg: RefuseInput) => Promise<RefundDetail>;
  'calendar.info': (arg: Empty) => Promise<CalendarInfo>;
  'calendar.loadYear': (arg: LoadYearInput) => Promise<CalendarInfo>;
  'calendar.setClosures': (arg: SetClosuresInput) => Promise<CalendarInfo>;
  'calendar.setArrivalTable': (arg: SetArrivalTableInput) => Promise<CalendarInfo>;
  'refund.expectedArrival': (arg: { readonly id: string }) => Promise<ExpectedArrival>;
  'reminder.list': (arg: ReminderListQuery) => Promise<ReminderList>;
  'reminder.snooze': (arg: SnoozeReminderInput) => Promise<ReminderList>;
  'reminder.dismiss': (arg: DismissReminderInput) => Promise<ReminderList>;
  'hotline.list': (arg: Empty) => Promise<readonly Hotline[]>;
  'hotline.update': (arg: UpdateHotlinesInput) => Promise<readonly Hotline[]>;
  'settlement.accounts': (arg: Empty) => Promise<readonly SettlementAccount[]>;
  'settlement.saveAccounts': (arg: SaveSettlementAccountsInput) => Promise<readonly SettlementAccount[]>;
  'settlement.record': (arg: RecordTakingsInput) => Promise<SettlementView>;
  'settlement.correct': (arg: CorrectTakingsInput) => Promise<SettlementView>;
  'settlement.markReceived': (arg: MarkReceivedInput) => Promise<SettlementView>;
  'settlement.get': (arg: { readonly id: string }) => Promise<SettlementView>;
  'settlement.month': (arg: SettlementMonthQuery) => Promise<SettlementMonth>;
  'receipt.preview': (arg: ReceiptRequest) => Promise<ReceiptPreview>;
  'receipt.print': (arg: PrintReceiptInput) => Promise<RefundDetail>;
  'receipt.savePdf': (arg: SaveReceiptInput) => Promise<SaveReceiptResult>;
  'printer.list': (arg: Empty) => Promise<readonly PrinterInfo[]>;
  'case.open': (arg: OpenCaseInput) => Promise<CaseView>;
  'case.list': (arg: CaseListQuery) => Promise<readonly CaseSummary[]>;
  'case.get': (arg: { readonly id: string }) => Promise<CaseView>;
  'case.setStatus': (arg: SetCaseStatusInput) => Promise<CaseView>;
  'case.logContact': (arg: LogCaseContactInput) => Promise<CaseView>;
  'case.addAttachment': (arg: AddCaseAttachmentInput) => Promise<CaseView>;
  'case.readAttachment': (arg: { readonly id: string; readonly sha256: string }) => Promise<AttachmentContent>;
  'case.markEvidence': (arg: MarkEvidenceInput) => Promise<CaseView>;
  'case.update': (arg: UpdateCaseInput) => Promise<CaseView>;
  'case.coverLetterDraft': (arg: CoverLetterQuery) => Promise<{ readonly text: string }>;
  'case.saveCoverLetter': (arg: SaveCoverLetterInput) => Promise<CaseView>;
  'case.previewPacket': (arg: PacketRequest) => Promise<ReceiptPreview>;
  'case.exportPacket': (arg: PacketRequest) => Promise<ExportPacketResult>;
  'case.printPacket': (arg: PrintPacketInput) => Promise<CaseView>;
  'backup.status': (arg: Record<string, never>) => Promise<BackupStatus>;
  'backup.create': (arg: Record<string, never>) => Promise<BackupStatus>;
  'backup.verify': (arg: { readonly fileName: string }) => Promise<VerifyResult>;
  'backup.restore': (arg: RestoreInput) => Promise<RestoreResult>;
  'backup.setSecondLocation': (arg: { readonly enabled: boolean }) => Promise<BackupStatus>;
  'privacy.update': (arg: PrivacyUpdateInput) => Promise<PrivacyUpdateResult>;
  'privacy.previewCustomer': (arg: CustomerQuery) => Promise<CustomerErasurePreview>;
  'privacy.eraseCustomer': (arg: CustomerErasureInput) => Promise<CustomerErasureResult>;
  'integrity.status': (arg: Record<string, never>) => Promise<IntegrityStatus>;
  'integrity.run': (arg: Record<string, never>) => Promise<IntegrityStatus>;
  'data.exportFolder': (arg: Record<string, never>) => Promise<PortableExportResult>;
  'data.importFolder': (arg: Record<string, never>) => Promise<PortableImportResult>;
  'export.refunds': (arg: ExportRefundsInput) => Promise<ExportResult>;
  'export.settlements': (arg: ExportSettlementsInput) => Promise<ExportResult>;
}

export type Method = keyof Handlers;
export type ArgOf<M extends Method> = Parameters<Handlers[M]>[0];
export type ResultOf<M extends Method> = Awaited<ReturnType<Handlers[M]>>;

export const METHODS = [
  'app.info',
  'app.setup',
  'settings.update',
  'refund.create',
  'refund.list',
  'refund.get',
  'refund.advance',
  'refund.addNote',
  'payment.lookup',
  'settings.updateCounter',
  'refund.logContact',
  'refund.reportMisdirect',
  'refund.markRecovered',
  'attachment.add',
  'attachment.read',
  'operator.list',
  'operator.add',
  'operator.setPin',
  'session.unlock',
  'session.lock',
  'refund.approve',
  'refund.refuse',
  'calendar.info',
  'calendar.loadYear',
  'calendar.setClosures',
  'calendar.setArrivalTable',
  'refund.expectedArrival',
  'reminder.list',
  'reminder.snooze',
  'reminder.dismiss',
  'hotline.list',
  'hotline.update',
  'settlement.accounts',
  'settlement.saveAccounts',
  'settlement.record',
  'settlement.correct',
  'settlement.markReceived',
  'settlement.get',
  'settlement.month',
  'receipt.preview',
  'receipt.print',
  'receipt.savePdf',
  'printer.list',
  'case.open',
  'case.list',
  'case.get',
  'case.setStatus',
  'case.logContact',
  'case.addAttachment',
  'case.readAttachment',
  'case.markEvidence',
  'case.update',
  'case.coverLetterDraft',
  'case.saveCoverLetter',
  'case.previewPacket',
  'case.exportPacket',
  'case.printPacket',
  'backup.status',
  'backup.create',
  'backup.verify',
  'backup.restore',
  'backup.setSecondLocation',
  'privacy.update',
  'privacy.previewCustomer',
  'privacy.eraseCustomer',
  'integrity.status',
  'integrity.run',
  'data.exportFolder',
  'data.importFolder',
  'export.refunds',
  'export.settlements',
] as const satisfies readonly Method[];

// Compile-time check that METHODS lists every method: a missing one makes this type `false`.
type MissingMethods = Exclude<Method, (typeof METHODS)[number]>;
const everyMethodListed: [MissingMethods] extends [never] ? true : false = true;
void everyMethodListed;

export function isMethod(value: unknown): value is Method {
  return typeof value === 'string' && (METHODS as readonly string[]).includes(value);
}

/** What crosses the invoke channel: Electron carries only an Error's message, so results are explicit. */
export type WireResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: WireError };

export interface InvokeRequest {
  readonly method: string;
  readonly arg: unknown;
}

/** Events pushed from main to the renderer (rare in this version: storage recovery notices). */
export interface AppEvents {
  'storage.recovered': readonly RecoveryNotice[];
}
export type AppEventName = keyof AppEvents;

/** The object the preload exposes as `window.refunddesk`. */
export interface Bridge {
  invoke(request: InvokeRequest): Promise<WireResult<unknown>>;
  on(listener: (event: { readonly name: string; readonly payload: unknown }) => void): () => void;
}
