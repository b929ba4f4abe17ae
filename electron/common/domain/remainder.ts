/**
 * Money rules of a refund. What goes back to the customer (net = amount − deductions) counts against the
 * payment's refundable remainder; failed refunds do not, because no money moved. Every check runs on
 * integer fen, and every refusal names the form field it belongs to.
 */
import { DomainError } from './errors';
import { holdsMoney } from './lifecycle';
import { fen, formatYuan, subFen, sumFen } from './money';
import type { Fen } from './money';
import type { Deduction, Refund, RefundType } from './types';

type Counted = Pick<Refund, 'status' | 'net' | 'misdirect'>;

/** Net already refunded by the payment's refunds that have not failed. */
export function refundedNetOf(refunds: readonly Counted[]): Fen {
  return sumFen(
    refunds
      // Failed, closed and refused refunds moved no money (lifecycle.ts holdsMoney).
      .filter((refund) => holdsMoney(refund.status))
      // Misdirected money that came back no longer counts (misdirect.ts).
      .filter((refund) => refund.misdirect?.recovered !== true)
      .map((refund) => refund.net),
  );
}

export function remainderOf(paymentAmount: Fen, refunds: readonly Counted[]): Fen {
  return subFen(paymentAmount, refundedNetOf(refunds));
}

/** Checks each deduction and returns amount − Σ deductions, which must stay above zero. */
export function computeNet(amount: Fen, deductions: readonly Deduction[]): Fen {
  if (!(amount > 0)) {
    throw new DomainError('amount_not_positive', 'The refund amount must be more than zero.', { field: 'refund.amount' });
  }
  for (const [index, deduction] of deductions.entries()) {
    if (!(deduction.amount > 0)) {
      throw new DomainError('amount_not_positive', 'A deduction must be more than zero.', {
        field: `refund.deductions.${index}.amount`,
      });
    }
    if (deduction.reason.trim() === '') {
      throw new DomainError('required', 'Say why the amount is deducted.', { field: `refund.deductions.${index}.reason` });
    }
  }
  const deducted = sumFen(deductions.map((deduction) => deduction.amount));
  if (deducted >= amount) {
    throw new DomainError('deductions_exceed_amount', 'The deductions take the whole refund amount.', {
      field: 'refund.deductions',
      params: { amount: formatYuan(amount), deductions: formatYuan(deducted) },
    });
  }
  return subFen(amount, deducted);
}

export interface RefundAmountCheck {
  readonly paymentAmount: Fen;
  /** The payment's other refunds (any status); failed ones are ignored by the remainder. */
  readonly siblings: readonly Counted[];
  readonly type: RefundType;
  readonly amount: Fen;
  readonly deductions: readonly Deduction[];
}

/** All money rules for a refund about to count against its payment. Returns the net. */
export function checkRefundAmounts(check: RefundAmountCheck): Fen {
  const net = computeNet(check.amount, check.deductions);
  if (check.amount > check.paymentAmount) {
    throw new DomainError('exceeds_payment', 'The refund is larger than the payment.', {
      field: 'refund.amount',
      params: { payment: formatYuan(check.paymentAmount) },
    });
  }
  if (check.type === 'void') checkVoid(check);
  const remainder = remainderOf(check.paymentAmount, check.siblings);
  if (net > remainder) {
    throw new DomainError('exceeds_remainder', 'The refund is larger than what is left to refund.', {
      field: 'refund.amount',
      params: { remainder: formatYuan(remainder) },
    });
  }
  return net;
}

/** 撤销 cancels the whole transaction before settlement: full amount, no fee, nothing refunded before. */
function checkVoid(check: RefundAmountCheck): void {
  const params = { payment: formatYuan(check.paymentAmount) };
  if (check.deductions.length > 0) {
    throw new DomainError('void_must_be_full', 'A void cannot have deductions.', { field: 'refund.deductions', params });
  }
  if (check.amount !== check.paymentAmount) {
    throw new DomainError('void_must_be_full', 'A void is always the full payment amount.', { field: 'refund.amount', params });
  }
  if (check.siblings.some((refund) => holdsMoney(refund.status))) {
    throw new DomainError('void_must_be_full', 'Part of this payment was already refunded; a void is no longer possible.', {
      field: 'refund.type',
      params,
    });
  }
}

/**
 * failed → recorded puts the refund's net back into the remainder count, and other refunds may have used
 * the room meanwhile: re-check as if it were new, against its siblings (itself excluded).
 */
export function checkRetry(refund: Refund, paymentAmount: Fen, siblings: readonly Refund[]): void {
  checkRefundAmounts({
    paymentAmount,
    siblings: siblings.filter((other) => other.id !== refund.id),
    type: refund.type,
    amount: refund.amount,
    deductions: refund.deductions,
  });
}

/** For imported data: the non-failed refunds of one payment must fit in it. */
export function fitsInPayment(paymentAmount: Fen, refunds: readonly Counted[]): boolean {
  return remainderOf(paymentAmount, refunds) >= fen(0);
}
