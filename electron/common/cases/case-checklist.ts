/**
 * The evidence checklist per kind, modelled on what the bodies ask for (DOMAIN §3.6 调单: the signed slip and the
 * transaction elements; §3.7 complaints: voucher, chat logs, photos, the notice) and on Stripe's evidence fields
 * (receipt, refund_policy, customer_communication, service proof). Each item is met by recorded data, by a file
 * the owner tagged for it, or marked not available with a reason; otherwise it is missing.
 */
import { channelKind } from '../domain/channels';
import { formatYuan } from '../domain/money';
import type { Payment } from '../domain/types';
import type { Case, CaseKind, EvidenceItem, EvidenceSource, EvidenceState } from './case';
import { caseAttachmentsOf } from './case-attachments';
import type { LinkedRecords } from './case-links';
import { paymentsOf } from './case-links';

/** How each item can be met. Fixed per item: a photo cannot stand in for a record, nor a record for a slip. */
export const EVIDENCE_SOURCES: Readonly<Record<EvidenceItem, EvidenceSource>> = Object.freeze({
  transaction_ids: 'data',
  signed_slip: 'file',
  refund_voucher: 'file',
  refund_record: 'data',
  customer_communication: 'data_or_file',
  refund_policy: 'data_or_file',
  proof_of_service: 'file',
  settlement_statement: 'data_or_file',
  recipient_details: 'data',
  notice: 'file',
  duplicate_records: 'data',
});

const CHECKLISTS: Readonly<Record<CaseKind, readonly EvidenceItem[]>> = Object.freeze({
  // S1: the bank traces a refund by the sale's identifiers and the terminal's refund slip.
  not_arrived: ['transaction_ids', 'refund_record', 'refund_voucher', 'customer_communication'],
  // S2: what went where, who got it, and every contact with them.
  wrong_person: ['transaction_ids', 'refund_record', 'recipient_details', 'customer_communication', 'refund_voucher'],
  // S3: the void/refund attempt and the original sale's slip.
  void_failed: ['transaction_ids', 'refund_record', 'refund_voucher', 'signed_slip'],
  // S4: the sale and what the settlement statement shows (资金清算状态).
  missing_settlement: ['transaction_ids', 'settlement_statement', 'signed_slip'],
  duplicate_charge: ['duplicate_records', 'transaction_ids', 'settlement_statement', 'customer_communication'],
  // §3.6: the notice, the transaction elements and the signed slip; proof the goods or service were given.
  retrieval: ['notice', 'transaction_ids', 'signed_slip', 'proof_of_service'],
  chargeback: ['notice', 'transaction_ids', 'signed_slip', 'proof_of_service', 'customer_communication', 'refund_policy'],
  // §3.7: the complaint, the purchase, the chats, the policy shown, the delivery.
  complaint: ['notice', 'transaction_ids', 'customer_communication', 'refund_policy', 'proof_of_service'],
});

export interface ChecklistEntry {
  readonly item: EvidenceItem;
  readonly source: EvidenceSource;
}

export function checklistOf(kind: CaseKind): readonly ChecklistEntry[] {
  return CHECKLISTS[kind].map((item) => ({ item, source: EVIDENCE_SOURCES[item] }));
}

/** The identifier a bank traces a sale by: reference/voucher no. on a card slip, the transaction no. of a QR order. */
function traceIdOf(payment: Payment): string | undefined {
  const { ids } = payment;
  switch (channelKind(payment.channel)) {
    case 'card':
      return ids.referenceNo ?? ids.voucherNo;
    case 'qr':
      return ids.transactionNo ?? ids.merchantOrderNo;
    case 'cash':
    case 'other':
      return ids.transactionNo;
  }
}

const join = (parts: readonly string[]): string | undefined => (parts.length === 0 ? undefined : parts.join('; '));

/** What recorded data says for an item, as a short line of identifiers (no words to translate), or undefined. */
function dataFor(item: EvidenceItem, kase: Case, linked: LinkedRecords): string | undefined {
  switch (item) {
    case 'transaction_ids':
      return join(paymentsOf(linked).flatMap((payment) => {
        const id = traceIdOf(payment)?.trim();
        return id === undefined || id === '' ? [] : [`${payment.paidAt.replace('T', ' ')} ${id}`];
      }));
    case 'refund_record':
      return join(linked.refunds.map(({ refund }) => refund.number));
    case 'refund_policy':
      return join(linked.refunds.filter(({ refund }) => (refund.counter?.policyText ?? '').trim() !== '').map(({ refund }) => refund.number));
    case 'customer_communication': {
      const contacts = [...kase.events, ...linked.refunds.flatMap(({ refund }) => refund.events)].flatMap((event) =>
        event.kind === 'contact_logged' && event.contact !== undefined ? [event.contact.at] : [],
      );
      return join([...contacts].sort());
    }
    case 'settlement_statement':
      return join(linked.settlements.flatMap((day) => (day.received === undefined ? [] : [`${day.businessDate} ¥${formatYuan(day.received.amount)} ${day.received.date}`])));
    case 'recipient_details':
      return join(linked.refunds.flatMap(({ refund }) => (refund.misdirect === undefined ? [] : [`${refund.number} ${refund.misdirect.recipient}`])));
    case 'duplicate_records': {
      const payments = paymentsOf(linked);
      return payments.length < 2 ? undefined : join(payments.map((payment) => `${payment.paidAt} ¥${formatYuan(payment.amount)} ${traceIdOf(payment) ?? ''}`.trim()));
    }
    case 'signed_slip':
    case 'refund_voucher':
    case 'proof_of_service':
    case 'notice':
      return undefined;
  }
}

/** The latest reason each item was marked not available. */
function marksOf(kase: Case): ReadonlyMap<EvidenceItem, string> {
  const marks = new Map<EvidenceItem, string>();
  for (const event of kase.events) if (event.kind === 'evidence_marked' && event.evidence !== undefined) marks.set(event.evidence.item, event.evidence.reason);
  return marks;
}

/**
 * Each checklist item's state, in checklist order. Data wins over a file, either over a "not available" mark
 * (a file added after the mark satisfies the item again). An untagged file satisfies nothing: the owner says
 * which item a file answers. `files` lists the tagged files' SHA-256, as in `CaseView.attachments`.
 */
export function evaluateChecklist(kase: Case, linked: LinkedRecords): EvidenceState[] {
  const attachments = caseAttachmentsOf(kase.events);
  const marks = marksOf(kase);
  return checklistOf(kase.kind).map(({ item, source }): EvidenceState => {
    if (source !== 'file') {
      const detail = dataFor(item, kase, linked);
      if (detail !== undefined) return { item, state: 'data', detail };
    }
    if (source !== 'data') {
      const files = attachments.filter((entry) => entry.evidence === item).map((entry) => entry.sha256);
      if (files.length > 0) return { item, state: 'file', files };
    }
    const reason = marks.get(item);
    return reason === undefined ? { item, state: 'missing' } : { item, state: 'not_available', reason };
  });
}

export function missingItems(states: readonly EvidenceState[]): EvidenceItem[] {
  return states.filter((state) => state.state === 'missing').map((state) => state.item);
}
