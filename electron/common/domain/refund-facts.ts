/**
 * The facts of a refund that must never change after it is recorded: its number, money and the payment's
 * identifiers. Their hash sits in the `created` event, so editing an amount on disk breaks the chain.
 * Personal data (customer name and phone) is left out on purpose: erasing it later for privacy must not
 * break the evidence.
 */
import { canonicalJson } from './canonical-json';
import { verifyChain } from './hash-chain';
import type { Payment, Refund } from './types';
import type { Hasher } from '../ports';

export type RefundFactsSource = Pick<
  Refund,
  'number' | 'paymentId' | 'type' | 'amount' | 'deductions' | 'net' | 'operator' | 'createdAt' | 'counter'
>;
export type PaymentFactsSource = Pick<Payment, 'id' | 'channel' | 'paidAt' | 'amount' | 'ids'>;

export function refundFacts(refund: RefundFactsSource, payment: PaymentFactsSource, hasher: Hasher): string {
  // `counter` (destination, its confirmation, the policy text shown) is evidence too; absent on older
  // refunds, and canonicalJson drops undefined, so their hashes are unchanged.
  const { number, paymentId, type, amount, deductions, net, operator, createdAt, counter } = refund;
  const { id, channel, paidAt, ids } = payment;
  return hasher.sha256Hex(
    canonicalJson({
      refund: { number, paymentId, type, amount, deductions, net, operator, createdAt, counter },
      payment: { id, channel, paidAt, amount: payment.amount, ids },
    }),
  );
}

/** The chain verifies and its first event vouches for the refund's current money and identifiers. */
export function verifyRefundHistory(refund: Refund, payment: Payment, hasher: Hasher): boolean {
  const created = refund.events[0];
  if (created === undefined || created.kind !== 'created') return false;
  if (created.facts !== refundFacts(refund, payment, hasher)) return false;
  return verifyChain(refund.events, hasher);
}
