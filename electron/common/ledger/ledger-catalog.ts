/**
 * What the ledger must know about every record without reading it whole: the list row, and the keys that find a
 * refund by request, a payment by its identifiers and a refund's siblings. At 50,000 refunds the full records
 * (a quarter of a million hash-chained events) are ~60 MB of JSON that took seconds to parse and check at every
 * start and hundreds of megabytes to hold; the catalog is what the list, search, counting and the money checks
 * need, and a full record is decoded only when someone opens, changes or prints it (ledger-index.ts).
 */
import type { Payment, Refund } from '../domain/types';
import type { LedgerPartition } from '../ports';
import { toListEntry } from './refund-summary';
import type { ListEntry } from './refund-summary';

export interface PaymentFacts {
  readonly id: string;
  readonly matchKey: string;
}

export interface RefundFacts {
  /** The list row; its `id` is the refund's. */
  readonly entry: ListEntry;
  readonly paymentId: string;
  readonly requestId: string;
}

/** One month's records by their facts, in the order the month file holds them. */
export interface MonthCatalog {
  readonly month: string;
  readonly payments: readonly PaymentFacts[];
  readonly refunds: readonly RefundFacts[];
}

export function paymentFactsOf(payment: Payment): PaymentFacts {
  return { id: payment.id, matchKey: payment.matchKey };
}

export function refundFactsOf(refund: Refund, payment: Payment | undefined): RefundFacts {
  return { entry: toListEntry(refund, payment), paymentId: refund.paymentId, requestId: refund.requestId };
}

/** The catalog of a month read whole (a refund's payment lives in the same month). */
export function catalogOfPartition(month: string, partition: LedgerPartition): MonthCatalog {
  const payments = new Map(partition.payments.map((payment) => [payment.id, payment]));
  return {
    month,
    payments: partition.payments.map(paymentFactsOf),
    refunds: partition.refunds.map((refund) => refundFactsOf(refund, payments.get(refund.paymentId))),
  };
}
