import type { Fen } from './money';
import type { ContactEntry, MisdirectReport, MisdirectState } from './misdirect';
import type { RefundCounterFacts } from './refund-destination';
import type { AttachmentRef } from '../attachments/attachment';
import type { ReminderMark } from '../reminders/reminder-kinds';

/** What a `receipt_issued` event records (receipts/receipt.ts); plain strings here so types.ts imports no receipts code. */
export interface ReceiptIssue {
  readonly copy: number;
  readonly size: string;
  readonly language: string;
  readonly via: 'printer' | 'pdf';
  readonly printerName?: string;
  /** The refund's chain head printed on this copy (the head before this event). */
  readonly chainHead: string;
}

/** How the customer originally paid. Card channels carry POS slip identifiers; QR channels carry order numbers. */
export const CHANNELS = [
  'unionpay_debit',
  'unionpay_credit',
  'wechat',
  'alipay',
  'unionpay_qr',
  'cash',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const REFUND_TYPES = ['void', 'card_refund', 'qr_refund', 'cash_refund', 'other'] as const;
export type RefundType = (typeof REFUND_TYPES)[number];

export const REFUND_STATUSES = [
  'recorded',
  'awaiting_approval',
  'approved',
  'done',
  'processing',
  'arrived',
  'failed',
  'closed',
  'abnormal',
  'refused',
] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];

export const DEDUCTION_KINDS = ['fee', 'depreciation', 'other'] as const;
export type DeductionKind = (typeof DEDUCTION_KINDS)[number];

/** Identifiers printed on a POS slip (JR/T 0001 §8) or shown in a payment platform's order. All optional text. */
export interface PaymentIdentifiers {
  readonly merchantNo?: string;
  readonly terminalNo?: string;
  readonly batchNo?: string;
  readonly voucherNo?: string;
  readonly referenceNo?: string;
  readonly authCode?: string;
  /** Last four digits only; a full card number is refused everywhere. */
  readonly cardLast4?: string;
  readonly transactionNo?: string;
  readonly merchantOrderNo?: string;
}
export type IdentifierField = keyof PaymentIdentifiers;

export interface Payment {
  readonly id: string;
  readonly channel: Channel;
  /** Local wall-clock time from the slip, `YYYY-MM-DDTHH:mm`. */
  readonly paidAt: string;
  readonly amount: Fen;
  readonly ids: PaymentIdentifiers;
  /** Normalised identifier key used to find the same payment again; empty when the channel has none (cash). */
  readonly matchKey: string;
  readonly createdAt: string;
}

export interface Deduction {
  readonly kind: DeductionKind;
  readonly amount: Fen;
  readonly reason: string;
}

export type RefundEventKind = 'created' | 'status_changed' | 'note_added' | 'contact_logged' | 'misdirected' | 'misdirect_recovered'
  // Approval decisions (approval.ts): an owner approved, refused, or approved their own request (override).
  | 'approved' | 'refused' | 'override'
  // An evidence file (attachments/attachment.ts) was added.
  | 'attachment_added'
  // A reminder (reminders/) was put aside until a time, or dismissed, with the reason.
  | 'reminder_snoozed' | 'reminder_dismissed'
  // A receipt (receipts/) was printed or saved as PDF: which copy, on what paper, which chain head it carries.
  | 'receipt_issued'
  // Privacy (privacy/erasure.ts): the name and phone were erased (note: 'retention' | 'customer_request'), or an
  // evidence file's bytes were deleted at the customer's request (its `attachment` names which).
  | 'personal_data_erased' | 'attachment_erased';

/** One entry of a refund's history. `hash` chains it to the previous event (RELIABILITY §5). */
export interface RefundEvent {
  readonly seq: number;
  /** ISO instant from the Clock. */
  readonly at: string;
  readonly actor: string;
  readonly kind: RefundEventKind;
  readonly from?: RefundStatus;
  readonly to?: RefundStatus;
  readonly note?: string;
  /**
   * On the `created` event only: SHA-256 of the refund's money and identifiers (see refund-facts.ts), so the
   * chain covers amounts and numbers too, not just the history of status changes.
   */
  readonly facts?: string;
  /** On `contact_logged`: the call, message or visit (misdirect.ts). */
  readonly contact?: ContactEntry;
  /** On `misdirected`: what went wrong and what was asked to get the money back (misdirect.ts). */
  readonly misdirect?: MisdirectReport;
  /** On `attachment_added`: which file (by SHA-256), its type, size and display name (attachments/attachment.ts). */
  readonly attachment?: AttachmentRef;
  /** On `reminder_snoozed` / `reminder_dismissed`: which reminder, until when, and why (reminders/reminder-kinds.ts). */
  readonly reminder?: ReminderMark;
  /** On `receipt_issued`: copy number, paper, language, how it left the app and the chain head printed on it. */
  readonly receipt?: ReceiptIssue;
  /** On `personal_data_erased`: which earlier events lost their personal text (domain/erased-events.ts). */
  readonly erasedSeqs?: readonly number[];
  /** Set, after hashing, on an event whose personal text was erased; a later erasure event declares it. */
  readonly erased?: true;
  readonly prevHash: string;
  readonly hash: string;
}

export interface Refund {
  readonly id: string;
  /** Human-readable number, e.g. `TK-202611-0001`. */
  readonly number: string;
  /** Idempotency key sent by the form: the same request never records two refunds. */
  readonly requestId: string;
  readonly paymentId: string;
  readonly type: RefundType;
  /** What the refund takes back from the payment before deductions. */
  readonly amount: Fen;
  readonly deductions: readonly Deduction[];
  /** What actually goes back to the customer: amount minus deductions. Counts against the refundable remainder. */
  readonly net: Fen;
  readonly customerName?: string;
  readonly customerPhone?: string;
  readonly operator: string;
  readonly note?: string;
  readonly status: RefundStatus;
  readonly failureReason?: string;
  /** Abnormal refunds only: where the money was re-routed, e.g. "招商银行储蓄卡 0403" (lifecycle.ts). */
  readonly reroutedTo?: string;
  /** Destination, its confirmation, the policy text shown, a confirmed look-alike (refund-destination.ts). */
  readonly counter?: RefundCounterFacts;
  /** Money that reached the wrong person, rebuilt from the events (misdirect.ts). */
  readonly misdirect?: MisdirectState;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly events: readonly RefundEvent[];
}
