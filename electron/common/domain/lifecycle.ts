/**
 * The refund lifecycle (v2). A refund is asynchronous (DOMAIN §3.1): recording it, approving it, doing it on
 * the terminal or platform, the platform processing it and the customer seeing the money are different
 * moments, and several of them can fail. The whole policy is the one table below so the UI, the ledger and
 * the tests cannot disagree.
 *
 * Final statuses (nothing follows): `arrived` (the customer confirmed), `closed` (WeChat CLOSED: the refund
 * number is dead; paying the customer needs a NEW refund) and `refused` (the owner refused to approve it;
 * asking again is a new refund too, so the refusal stays on record). `failed` is not final: a retry keeps
 * the same refund number (WeChat Pay retries with the same number) and goes back to `recorded`.
 */
import type { RefundStatus } from './types';

export const ALLOWED_TRANSITIONS: Readonly<Record<RefundStatus, readonly RefundStatus[]>> = Object.freeze({
  // Logged in the app. Needs approval (approval.ts) → awaiting_approval; otherwise straight to the terminal.
  recorded: Object.freeze(['awaiting_approval', 'done', 'failed'] as const),
  // Only an owner's PIN moves it on (refund.approve / refund.refuse), never a plain status change.
  awaiting_approval: Object.freeze(['approved', 'refused'] as const),
  approved: Object.freeze(['done', 'failed'] as const),
  // Done on the terminal/platform; the answer only means "accepted". Cash and voids may arrive at once.
  done: Object.freeze(['processing', 'arrived', 'failed', 'closed', 'abnormal'] as const),
  // The platform or bank is processing it (WeChat PROCESSING, card 退货 in clearing).
  processing: Object.freeze(['arrived', 'failed', 'closed', 'abnormal'] as const),
  arrived: Object.freeze([] as const),
  failed: Object.freeze(['recorded'] as const),
  // WeChat CLOSED (stuck > 7 days for lack of balance): refund again with a NEW refund.
  closed: Object.freeze([] as const),
  // WeChat ABNORMAL (card closed or frozen): re-routed to another card or account, recorded in `reroutedTo`.
  abnormal: Object.freeze(['arrived', 'failed'] as const),
  refused: Object.freeze([] as const),
});

/** Statuses that only an approval decision can reach; `refund.advance` refuses them. */
export const DECISION_STATUSES: readonly RefundStatus[] = Object.freeze(['approved', 'refused'] as const);

export const FINAL_STATUSES: readonly RefundStatus[] = Object.freeze(
  (Object.keys(ALLOWED_TRANSITIONS) as RefundStatus[]).filter((status) => ALLOWED_TRANSITIONS[status].length === 0),
);

export function allowedTransitions(status: RefundStatus): readonly RefundStatus[] {
  return ALLOWED_TRANSITIONS[status];
}

export function canTransition(from: RefundStatus, to: RefundStatus): boolean {
  return ALLOWED_TRANSITIONS[from].includes(to);
}

export function isFinal(status: RefundStatus): boolean {
  return ALLOWED_TRANSITIONS[status].length === 0;
}

/** A failed or refused reason is what the bank, platform or owner said; without it the record helps nobody. */
export function transitionNeedsReason(to: RefundStatus): boolean {
  return to === 'failed' || to === 'refused';
}

/** An abnormal refund was re-routed; where the money went is the one fact the customer will ask for. */
export function transitionNeedsDestination(to: RefundStatus): boolean {
  return to === 'abnormal';
}

/**
 * Whether the refund's net still counts against its payment's remainder. No money moved for failed, closed
 * (a new refund pays instead) or refused refunds; every other status holds the money for this refund.
 */
export function holdsMoney(status: RefundStatus): boolean {
  return status !== 'failed' && status !== 'closed' && status !== 'refused';
}
