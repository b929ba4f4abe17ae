/**
 * When a refund needs an owner's approval, and who may give it. Pure: the ledger asks `approvalReasons` when
 * a refund is recorded (or retried), and the approval use case asks `approvalKind` before recording a decision.
 *
 * Rules (shop policy, editable in settings; the terminal's own 主管密码 step is the model, DOMAIN §3.3):
 * - every void (撤销) needs approval;
 * - a refund whose net (what goes back to the customer) is ABOVE the threshold needs it (default ¥500.00:
 *   ¥500.00 does not, ¥500.01 does);
 * - a refund of a sale OLDER than N calendar days needs it (default 30: a sale 30 days ago does not, 31 does).
 * Approvals are active only once some owner has a PIN: without one nobody can prove to be the owner, and a
 * button anyone can press is no approval. Settings says so while it is the case.
 *
 * Who approves: an owner, with their PIN, who is not the person who recorded the refund. In a shop with one
 * owner, that owner's own request can only be approved by themselves: their PIN then counts as a deliberate
 * override, recorded as an `override` event (visible in the timeline and in the evidence), never silently.
 */
import type { Fen } from './money';
import type { Operator } from './operators';
import { ownersOf } from './operators';
import type { RefundType } from './types';

export interface ApprovalPolicy {
  /** Refunds with a net above this need approval. */
  readonly thresholdFen: Fen;
  /** Refunds of sales older than this many calendar days need approval. */
  readonly oldSaleDays: number;
}

export const DEFAULT_APPROVAL_POLICY: ApprovalPolicy = Object.freeze({ thresholdFen: 50_000 as Fen, oldSaleDays: 30 });

export const APPROVAL_REASONS = ['void', 'above_threshold', 'old_sale'] as const;
export type ApprovalReason = (typeof APPROVAL_REASONS)[number];

export interface ApprovalFacts {
  readonly type: RefundType;
  readonly net: Fen;
  /** The sale's local time, `YYYY-MM-DDTHH:mm`. */
  readonly paidAt: string;
}

/** Whole calendar days from the sale's local date to today's local date. */
export function saleAgeDays(paidAt: string, now: Date): number {
  const [year, month, day] = paidAt.slice(0, 10).split('-').map(Number) as [number, number, number];
  const sale = Date.UTC(year, month - 1, day);
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((today - sale) / 86_400_000);
}

/** Why this refund needs approval; empty when it does not. */
export function approvalReasons(facts: ApprovalFacts, policy: ApprovalPolicy, now: Date): ApprovalReason[] {
  const reasons: ApprovalReason[] = [];
  if (facts.type === 'void') reasons.push('void');
  if (facts.net > policy.thresholdFen) reasons.push('above_threshold');
  if (saleAgeDays(facts.paidAt, now) > policy.oldSaleDays) reasons.push('old_sale');
  return reasons;
}

export function approvalsActive(operators: readonly Operator[]): boolean {
  return ownersOf(operators).some((owner) => owner.pinHash !== undefined);
}

export type ApprovalKind = 'approved' | 'override';

/**
 * How an approval by `approver` of a refund recorded by `requester` is recorded, or why it is refused.
 * The approver's PIN has been checked before this is asked.
 */
export function approvalKind(
  approver: Operator,
  requesterName: string,
  operators: readonly Operator[],
): ApprovalKind | 'not_owner' | 'self_approval' {
  if (approver.role !== 'owner') return 'not_owner';
  if (approver.name !== requesterName) return 'approved';
  return ownersOf(operators).length === 1 ? 'override' : 'self_approval';
}
