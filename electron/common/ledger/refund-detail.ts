/** The full view of one refund: the record, its payment, the payment's other refunds and what is left. */
import { allowedTransitions } from '../domain/lifecycle';
import { DomainError } from '../domain/errors';
import { verifyRefundHistory } from '../domain/refund-facts';
import { refundedNetOf } from '../domain/remainder';
import { subFen } from '../domain/money';
import type { Payment, Refund } from '../domain/types';
import type { PaymentLookupResult, RefundDetail, RefundSummary } from '../ipc/contract';
import type { Hasher } from '../ports';
import type { LedgerIndex } from './ledger-index';
import { toSummary } from './refund-summary';

function summariesOf(index: LedgerIndex, refunds: readonly Refund[], payment: Payment): RefundSummary[] {
  return refunds.map((refund) => index.entry(refund.id)?.summary ?? toSummary(refund, payment));
}

export function detailOf(index: LedgerIndex, refund: Refund, hasher: Hasher): RefundDetail {
  const payment = index.payment(refund.paymentId);
  if (payment === undefined) {
    // Only hand-edited or damaged data gets here; say so instead of inventing a payment.
    throw new DomainError('internal', `The payment record of ${refund.number} is missing.`, {
      params: { number: refund.number },
    });
  }
  const siblings = index.refundsOfPayment(payment.id);
  const refundedNet = refundedNetOf(siblings);
  return {
    refund,
    payment,
    paymentRefunds: summariesOf(index, siblings, payment),
    refundedNet,
    remainder: subFen(payment.amount, refundedNet),
    chainValid: verifyRefundHistory(refund, payment, hasher),
    allowedTransitions: [...allowedTransitions(refund.status)],
  };
}

export function paymentLookupOf(index: LedgerIndex, payment: Payment | undefined): PaymentLookupResult {
  if (payment === undefined) return { found: false };
  const refunds = index.refundsOfPayment(payment.id);
  const refundedNet = refundedNetOf(refunds);
  return {
    found: true,
    payment,
    refundedNet,
    remainder: subFen(payment.amount, refundedNet),
    refunds: summariesOf(index, refunds, payment),
  };
}
