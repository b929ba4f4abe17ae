/**
 * Checks records brought in from outside (the demo shop today, a backup restore later) before any of them
 * is saved, and groups them into one change per month partition.
 */
import { DomainError } from '../domain/errors';
import { verifyRefundHistory } from '../domain/refund-facts';
import { monthOfLocal } from '../domain/local-time';
import { fitsInPayment } from '../domain/remainder';
import type { Payment, Refund } from '../domain/types';
import type { Hasher, LedgerChange } from '../ports';
import type { LedgerIndex } from './ledger-index';

export interface ImportRecords {
  readonly payments: readonly Payment[];
  readonly refunds: readonly Refund[];
}

function refuse(message: string, params: Record<string, string>): never {
  throw new DomainError('invalid_argument', message, { params });
}

function checkUnique(records: ImportRecords, index: LedgerIndex): void {
  const paymentIds = new Set<string>();
  const keys = new Set<string>();
  for (const payment of records.payments) {
    if (paymentIds.has(payment.id) || index.payment(payment.id) !== undefined) refuse('Duplicate payment id.', { id: payment.id });
    paymentIds.add(payment.id);
    if (payment.matchKey === '') continue;
    // Two records of one payment would split its remainder in two.
    if (keys.has(payment.matchKey) || index.paymentByMatchKey(payment.matchKey) !== undefined) {
      refuse('The same payment appears twice.', { id: payment.id });
    }
    keys.add(payment.matchKey);
  }
  const refundIds = new Set<string>();
  const requestIds = new Set<string>();
  const numbers = new Set<string>();
  for (const refund of records.refunds) {
    if (refundIds.has(refund.id) || index.refund(refund.id) !== undefined) refuse('Duplicate refund id.', { id: refund.id });
    if (requestIds.has(refund.requestId) || index.refundIdForRequest(refund.requestId) !== undefined) {
      refuse('Duplicate request id.', { id: refund.id });
    }
    if (numbers.has(refund.number)) refuse('Duplicate refund number.', { number: refund.number });
    refundIds.add(refund.id);
    requestIds.add(refund.requestId);
    numbers.add(refund.number);
  }
}

/** Verifies chains, links and remainders; returns the changes to commit, oldest month first. */
export function planImport(records: ImportRecords, index: LedgerIndex, hasher: Hasher): LedgerChange[] {
  checkUnique(records, index);
  const imported = new Map(records.payments.map((payment) => [payment.id, payment]));
  const byPayment = new Map<string, Refund[]>();
  for (const refund of records.refunds) {
    const payment = imported.get(refund.paymentId) ?? index.payment(refund.paymentId);
    if (payment === undefined) refuse('A refund refers to a payment that does not exist.', { number: refund.number });
    else if (!verifyRefundHistory(refund, payment, hasher)) {
      refuse('A refund history does not verify.', { number: refund.number });
    }
    const list = byPayment.get(refund.paymentId);
    if (list === undefined) byPayment.set(refund.paymentId, [refund]);
    else list.push(refund);
  }
  const months = new Map<string, { payments: Payment[]; refunds: Refund[] }>();
  const monthBucket = (month: string) => {
    let bucket = months.get(month);
    if (bucket === undefined) {
      bucket = { payments: [], refunds: [] };
      months.set(month, bucket);
    }
    return bucket;
  };
  for (const payment of records.payments) monthBucket(monthOfLocal(payment.paidAt)).payments.push(payment);
  for (const [paymentId, refunds] of byPayment) {
    const payment = imported.get(paymentId) ?? index.payment(paymentId);
    if (payment === undefined) continue;
    if (!fitsInPayment(payment.amount, [...index.refundsOfPayment(paymentId), ...refunds])) {
      throw new DomainError('exceeds_remainder', 'Refunds of one payment add up to more than the payment.', {
        params: { payment: paymentId },
      });
    }
    monthBucket(monthOfLocal(payment.paidAt)).refunds.push(...refunds);
  }
  return [...months.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([month, bucket]) => ({ month, payments: bucket.payments, refunds: bucket.refunds }));
}
