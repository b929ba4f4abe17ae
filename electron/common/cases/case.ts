/**
 * Cases (个案): when a refund does not arrive, reaches the wrong person, a void fails, a settlement is missing,
 * a customer is charged twice, or the bank sends a retrieval request (调单) or a chargeback (拒付), the owner
 * opens a case that links the records, names the counterparty, carries the deadline from the notice, and
 * collects the evidence a packet needs (DOMAIN S1–S4, §3.6, §3.7). Types only; the rules live beside this file.
 */
import type { AttachmentRef } from '../attachments/attachment';
import type { IsoDate } from '../calendar/iso-date';
import type { ContactEntry } from '../domain/misdirect';
import type { HotlineId } from '../reminders/hotlines';
import type { CaseReminderKind } from '../reminders/reminder-kinds';

export const CASE_KINDS = [
  'not_arrived', // S1 退款未到账
  'wrong_person', // S2 退款退错人
  'void_failed', // S3 撤销/退货失败
  'missing_settlement', // S4 对方付款成功，店里没收到 / 结算缺失
  'duplicate_charge', // 重复扣款
  'retrieval', // 调单
  'chargeback', // 拒付
  'complaint', // 平台投诉 / 12315 消费投诉
] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/** Kinds whose notice sets a deadline: it is required and copied from the notice, never defaulted (DOMAIN §3.6). */
export const DEADLINE_REQUIRED: ReadonlySet<CaseKind> = new Set<CaseKind>(['retrieval', 'chargeback']);

export const CASE_STATUSES = ['open', 'waiting_reply', 'escalated', 'resolved', 'lost'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Final statuses: a resolved or lost case takes no more deadline reminders. */
export const CLOSED_CASE_STATUSES: ReadonlySet<CaseStatus> = new Set<CaseStatus>(['resolved', 'lost']);

export const COUNTERPARTY_KINDS = ['acquirer', 'bank', 'platform', 'complaint_body'] as const;
export type CounterpartyKind = (typeof COUNTERPARTY_KINDS)[number];

/** Whom the case is with: from the hotline directory where possible, else typed (an acquirer's name and number). */
export interface Counterparty {
  readonly kind: CounterpartyKind;
  readonly name: string;
  readonly hotlineId?: HotlineId;
  readonly phone?: string;
}

export const CASE_LINK_TYPES = ['refund', 'payment', 'settlement'] as const;
export type CaseLinkType = (typeof CASE_LINK_TYPES)[number];

export interface CaseLink {
  readonly type: CaseLinkType;
  readonly id: string;
}

/**
 * What a body asks for, modelled on DOMAIN §3.6/§3.7 and Stripe's evidence fields. Each item is satisfied by
 * recorded data, by an attached file, or marked not available with a reason.
 */
export const EVIDENCE_ITEMS = [
  'transaction_ids', // 交易要素: masked card, date, time, amount, reference/trace no., terminal (data)
  'signed_slip', // 签购单 (file)
  'refund_voucher', // 退货/撤销凭条 from the terminal, or the platform's refund record (file)
  'refund_record', // the refund's own record and timeline (data)
  'customer_communication', // chats, calls: the contact log or screenshots (data or file)
  'refund_policy', // the policy shown to the customer (data: the copy kept with the refund)
  'proof_of_service', // delivery note, pickup signature, service record (file)
  'settlement_statement', // 结算单 / bank statement lines (data: a settlement day, or file)
  'recipient_details', // who received money by mistake, and the contacts with them (data)
  'notice', // the 调单/拒付 notice or complaint itself (file)
  'duplicate_records', // both charges' records (data: two linked payments)
] as const;
export type EvidenceItem = (typeof EVIDENCE_ITEMS)[number];

export type EvidenceSource = 'data' | 'file' | 'data_or_file';

/** How one checklist item stands: met by data, by a file, marked not available (with why), or missing. */
export type EvidenceState =
  | { readonly item: EvidenceItem; readonly state: 'data'; readonly detail: string }
  | { readonly item: EvidenceItem; readonly state: 'file'; readonly files: readonly string[] }
  | { readonly item: EvidenceItem; readonly state: 'not_available'; readonly reason: string }
  | { readonly item: EvidenceItem; readonly state: 'missing' };

export const CASE_EVENT_KINDS = [
  'created',
  'status_changed',
  'contact_logged',
  'attachment_added',
  'evidence_marked',
  'deadline_set',
  'ticket_set',
  'note_added',
  'cover_letter_saved',
  'packet_exported',
  // The deadline reminder (reminders/) put aside until a time, or dismissed, with the reason.
  'reminder_snoozed',
  'reminder_dismissed',
  // "Delete this customer's data" (privacy/): personal text removed from earlier events (`erasedSeqs`), or an
  // evidence file's bytes deleted (`attachment` names which). See domain/erased-events.ts.
  'personal_data_erased',
  'attachment_erased',
] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];

/** What a `packet_exported` event records: enough to say later whether a new export would be the same. */
export interface PacketExport {
  /** SHA-256 of the packet's manifest (SHA256SUMS text): equal manifests, equal packets. */
  readonly manifestSha256: string;
  readonly language: 'zh-CN' | 'en';
  readonly redacted: boolean;
  readonly fileName: string;
}

/** One entry of a case's history, hash-chained like a refund's (RELIABILITY §5). */
export interface CaseEvent {
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly kind: CaseEventKind;
  readonly from?: CaseStatus;
  readonly to?: CaseStatus;
  readonly note?: string;
  /** `created`: the facts the case was opened with (kind, links, counterparty, deadline, ticket, demand). */
  readonly opened?: CaseOpening;
  readonly contact?: ContactEntry;
  readonly attachment?: AttachmentRef & { readonly evidence?: EvidenceItem };
  readonly evidence?: { readonly item: EvidenceItem; readonly reason: string };
  readonly deadline?: IsoDate;
  readonly ticketNo?: string;
  readonly coverLetter?: string;
  readonly packet?: PacketExport;
  /** On `reminder_snoozed` / `reminder_dismissed`: which reminder, until when (snooze), and why. */
  readonly reminder?: CaseReminderMark;
  /** On `personal_data_erased`: which earlier events lost their personal text (domain/erased-events.ts). */
  readonly erasedSeqs?: readonly number[];
  /** Set, after hashing, on an event whose personal text was erased; a later erasure event declares it. */
  readonly erased?: true;
  readonly prevHash: string;
  readonly hash: string;
}

export interface CaseReminderMark {
  readonly kind: CaseReminderKind;
  readonly until?: string;
  readonly reason: string;
}

export interface CaseOpening {
  /** The case number, so the chain covers it too (a number edited on disk breaks verifyCase). */
  readonly number?: string;
  readonly kind: CaseKind;
  readonly links: readonly CaseLink[];
  readonly counterparty: Counterparty;
  readonly deadline?: IsoDate;
  readonly ticketNo?: string;
  /** What the shop asks for, in its own words ("请协助查询退款去向并退回"). */
  readonly demand?: string;
}

/** A case as stored: its current facts are the latest events' (rebuilt on every change, never edited in place). */
export interface Case {
  readonly id: string;
  /** `AJ-YYYYMM-NNNN`, quoted on the phone and printed on the packet. */
  readonly number: string;
  readonly requestId: string;
  readonly kind: CaseKind;
  readonly status: CaseStatus;
  readonly links: readonly CaseLink[];
  readonly counterparty: Counterparty;
  readonly deadline?: IsoDate;
  readonly ticketNo?: string;
  readonly demand?: string;
  readonly coverLetter?: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly events: readonly CaseEvent[];
}

export const CASE_LIMITS = {
  links: 20,
  name: 100,
  phone: 40,
  ticketNo: 64,
  demand: 1000,
  note: 2000,
  coverLetter: 10_000,
  reason: 500,
} as const;
