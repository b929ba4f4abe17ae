/**
 * The small row the list shows, and the precomputed search text behind it. Building the lower-case text
 * once per record (not per query) is what keeps a search over 50,000 refunds in the low milliseconds.
 */
import type { RefundSummary } from '../ipc/contract';
import { localDateOfInstant } from '../domain/local-time';
import { parseRefundNumber } from '../domain/refund-number';
import { phoneDigits } from '../domain/text-rules';
import type { Payment, PaymentIdentifiers, Refund } from '../domain/types';

/** The identifier a person recognises first on a slip or in a platform's order page. */
export function mainIdentifierOf(ids: PaymentIdentifiers): string | undefined {
  return ids.referenceNo ?? ids.transactionNo ?? ids.merchantOrderNo ?? ids.voucherNo;
}

export function toSummary(refund: Refund, payment: Payment | undefined): RefundSummary {
  const mainIdentifier = payment === undefined ? undefined : mainIdentifierOf(payment.ids);
  return {
    id: refund.id,
    number: refund.number,
    createdAt: refund.createdAt,
    status: refund.status,
    type: refund.type,
    // A refund whose payment record is missing (hand-edited data) still shows up rather than vanishing.
    channel: payment?.channel ?? 'other',
    paidAt: payment?.paidAt ?? '',
    amount: refund.amount,
    net: refund.net,
    ...(refund.customerName === undefined ? {} : { customerName: refund.customerName }),
    ...(refund.customerPhone === undefined ? {} : { customerPhone: refund.customerPhone }),
    ...(mainIdentifier === undefined ? {} : { mainIdentifier }),
    operator: refund.operator,
  };
}

/** Case, width, spaces and dashes are ignored on both sides of a search: `tk 202611-1` finds `TK-202611-…`. */
export function compactSearchText(text: string): string {
  // Printable ASCII is already NFKC; skipping normalize() halves the cost of indexing 50,000 records.
  const normalised = /^[\x20-\x7e]*$/u.test(text) ? text : text.normalize('NFKC');
  return normalised.toLowerCase().replace(/[\s\-_]/gu, '');
}

// A separator no query can contain after compaction, so a match never spans two fields.
const FIELD_SEPARATOR = '\u0001';

export function searchTextOf(refund: Refund, payment: Payment | undefined): string {
  const ids = payment?.ids ?? {};
  return [refund.number, ids.referenceNo, ids.transactionNo, ids.merchantOrderNo, ids.voucherNo, refund.customerName]
    .filter((value): value is string => value !== undefined && value !== '')
    .map(compactSearchText)
    .join(FIELD_SEPARATOR);
}

/** One row of the sorted list with everything a query needs precomputed. */
export interface ListEntry {
  readonly id: string;
  /** createdAt, then the refund number's sequence, then the id: unique and stable. */
  readonly sortKey: string;
  readonly summary: RefundSummary;
  /** Local `YYYY-MM-DD` of createdAt, for the date-range filter. */
  readonly createdDate: string;
  readonly search: string;
  readonly phoneDigits: string;
}

export function sortKeyOf(refund: Refund): string {
  return sortKeyFrom(refund.createdAt, refund.number, refund.id);
}

/** The same from the row's fields (the catalog cache does not store the key). */
export function sortKeyFrom(createdAt: string, number: string, id: string): string {
  const parts = parseRefundNumber(number);
  const seq = parts === undefined ? '' : `${parts.month}${parts.seq.toString().padStart(10, '0')}`;
  return `${createdAt}|${seq}|${id}`;
}

export function toListEntry(refund: Refund, payment: Payment | undefined): ListEntry {
  return {
    id: refund.id,
    sortKey: sortKeyOf(refund),
    summary: toSummary(refund, payment),
    createdDate: localDateOfInstant(refund.createdAt),
    search: searchTextOf(refund, payment),
    phoneDigits: phoneDigits(refund.customerPhone),
  };
}
