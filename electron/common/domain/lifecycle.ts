/**
 * The refund lifecycle (v1). A refund is asynchronous (DOMAIN §3.1): recording it, doing it on the terminal or
 * platform, and the customer seeing the money are three different moments, and any of the first two can fail.
 * The whole policy is the one table below so the UI, the ledger and the tests cannot disagree.
 */
import type { RefundStatus } from './types';

export const ALLOWED_TRANSITIONS: Readonly<Record<RefundStatus, readonly RefundStatus[]>> = Object.freeze({
  // Logged in the app; not yet done on the terminal or platform.
  recorded: Object.freeze(['done', 'failed'] as const),
  // Done on the terminal/platform; the platform's answer only means "accepted", so it can still fail.
  done: Object.freeze(['arrived', 'failed'] as const),
  // The customer confirmed the money arrived: nothing can follow.
  arrived: Object.freeze([] as const),
  // A retry goes back to recorded and keeps the same refund number (WeChat Pay retries with the same number).
  failed: Object.freeze(['recorded'] as const),
});

export function allowedTransitions(status: RefundStatus): readonly RefundStatus[] {
  return ALLOWED_TRANSITIONS[status];
}

export function canTransition(from: RefundStatus, to: RefundStatus): boolean {
  return ALLOWED_TRANSITIONS[from].includes(to);
}

/** A failed reason is what the bank or platform said; without it the record is no help to the next person. */
export function transitionNeedsReason(to: RefundStatus): boolean {
  return to === 'failed';
}
