/**
 * Where the approval rules (domain/approval.ts) meet the ledger: which refunds wait for an owner, which
 * status changes are refused until one has decided, and the decision events. Pure, like refund-records.ts.
 */
import { approvalReasons } from '../domain/approval';
import type { ApprovalKind, ApprovalPolicy, ApprovalReason } from '../domain/approval';
import { DomainError } from '../domain/errors';
import { appendEvent } from '../domain/hash-chain';
import { allowedTransitions, DECISION_STATUSES } from '../domain/lifecycle';
import type { Payment, Refund, RefundEvent, RefundStatus } from '../domain/types';
import type { Hasher } from '../ports';

export interface ApprovalContext {
  readonly policy: ApprovalPolicy;
  /** False while no owner has a PIN (approval.ts explains why nothing waits then). */
  readonly active: boolean;
}

/** What the detail screen needs to ask for (or show) an approval. */
export interface ApprovalView {
  readonly active: boolean;
  readonly reasons: readonly ApprovalReason[];
  /** The latest decision, if any: who, when, how, and their note or reason. */
  readonly decision?: {
    readonly kind: ApprovalKind | 'refused';
    readonly by: string;
    readonly at: string;
    readonly note?: string;
  };
}

function isDecision(event: RefundEvent): boolean {
  return event.kind === 'approved' || event.kind === 'override' || event.kind === 'refused';
}

/** An approval covers the refund, not one attempt: a retry with the same number needs no second approval. */
export function hasApproval(refund: Refund): boolean {
  return refund.events.some((event) => event.kind === 'approved' || event.kind === 'override');
}

export function reasonsFor(refund: Refund, payment: Payment, policy: ApprovalPolicy, now: Date): ApprovalReason[] {
  return approvalReasons({ type: refund.type, net: refund.net, paidAt: payment.paidAt }, policy, now);
}

export function needsApproval(refund: Refund, payment: Payment, context: ApprovalContext, now: Date): boolean {
  return context.active && !hasApproval(refund) && reasonsFor(refund, payment, context.policy, now).length > 0;
}

/** Run after a refund becomes `recorded` (new, or retried): one that needs approval goes to wait for it. */
export function gateRecorded(refund: Refund, payment: Payment, context: ApprovalContext | undefined, now: Date, hasher: Hasher): Refund {
  if (context === undefined || refund.status !== 'recorded' || !needsApproval(refund, payment, context, now)) return refund;
  const at = now.toISOString();
  const events = appendEvent(
    refund.events,
    { at, actor: refund.operator, kind: 'status_changed', from: 'recorded', to: 'awaiting_approval' },
    hasher,
  );
  return { ...refund, status: 'awaiting_approval', updatedAt: at, events };
}

/** Refuses a plain status change that only an approval decision may make, or that skips a needed approval. */
export function checkAdvance(refund: Refund, to: RefundStatus, payment: Payment, context: ApprovalContext | undefined, now: Date): void {
  if (DECISION_STATUSES.includes(to) || refund.status === 'awaiting_approval') {
    throw new DomainError('approval_required', 'Only an owner with a PIN can approve or refuse this refund.', {
      field: 'to',
      params: { from: refund.status, to },
    });
  }
  if (context !== undefined && refund.status === 'recorded' && to === 'done' && needsApproval(refund, payment, context, now)) {
    throw new DomainError('approval_required', 'This refund needs an owner’s approval first.', {
      field: 'to',
      params: { from: refund.status, to },
    });
  }
}

/** The status changes the detail screen offers: the table, less decisions and less skipping an approval. */
export function advanceTargets(refund: Refund, payment: Payment, context: ApprovalContext | undefined, now: Date): RefundStatus[] {
  if (refund.status === 'awaiting_approval') return [];
  const waits = context !== undefined && needsApproval(refund, payment, context, now);
  return allowedTransitions(refund.status).filter((to) => {
    if (DECISION_STATUSES.includes(to)) return false;
    if (refund.status !== 'recorded') return true;
    return waits ? to !== 'done' : to !== 'awaiting_approval';
  });
}

export function approvalView(refund: Refund, payment: Payment, context: ApprovalContext | undefined, now: Date): ApprovalView {
  const policy = context?.policy;
  const last = refund.events.findLast(isDecision);
  return {
    active: context?.active ?? false,
    reasons: policy === undefined ? [] : reasonsFor(refund, payment, policy, now),
    ...(last === undefined
      ? {}
      : {
          decision: {
            kind: last.kind as ApprovalKind | 'refused',
            by: last.actor,
            at: last.at,
            ...(last.note === undefined ? {} : { note: last.note }),
          },
        }),
  };
}

export interface DecisionArgs {
  readonly kind: ApprovalKind | 'refused';
  /** The approving owner's name (events name people, like `operator`). */
  readonly actor: string;
  readonly note: string | undefined;
  readonly now: Date;
  readonly hasher: Hasher;
}

/** awaiting_approval → approved (approved / override) or → refused, as one hash-chained event. */
export function withDecision(refund: Refund, args: DecisionArgs): Refund {
  if (refund.status !== 'awaiting_approval') {
    throw new DomainError('invalid_transition', `A ${refund.status} refund is not waiting for approval.`, {
      field: 'to',
      params: { from: refund.status, to: args.kind === 'refused' ? 'refused' : 'approved' },
    });
  }
  const at = args.now.toISOString();
  const to: RefundStatus = args.kind === 'refused' ? 'refused' : 'approved';
  const events = appendEvent(
    refund.events,
    { at, actor: args.actor, kind: args.kind, from: 'awaiting_approval', to, ...(args.note === undefined ? {} : { note: args.note }) },
    args.hasher,
  );
  return { ...refund, status: to, updatedAt: at, events };
}
