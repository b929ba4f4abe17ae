/**
 * Builds the records a use case commits. Pure: the ledger decides when to save them and when they
 * become visible. Every change to a refund appends a hash-chained event; nothing is edited in place.
 */
import { appendEvent } from '../domain/hash-chain';
import type { RefundEventDraft } from '../domain/hash-chain';
import type { Fen } from '../domain/money';
import { matchKey } from '../domain/payment-match';
import { refundFacts } from '../domain/refund-facts';
import type { Payment, Refund, RefundStatus } from '../domain/types';
import type { PaymentInput, RefundInput } from '../ipc/contract';
import type { Hasher } from '../ports';
import type { RefundCounterFacts } from '../domain/refund-destination';

export function newPayment(input: PaymentInput, id: string, now: Date): Payment {
  return {
    id,
    channel: input.channel,
    paidAt: input.paidAt,
    amount: input.amount,
    ids: input.ids,
    matchKey: matchKey(input.channel, input.paidAt, input.ids),
    createdAt: now.toISOString(),
  };
}

export interface NewRefundArgs {
  readonly id: string;
  readonly number: string;
  readonly requestId: string;
  readonly payment: Payment;
  readonly input: RefundInput;
  readonly net: Fen;
  readonly now: Date;
  readonly hasher: Hasher;
  /** Destination, policy text, confirmed look-alike (counter-rules.ts); hashed with the facts. */
  readonly counter?: RefundCounterFacts;
}

export function newRefund(args: NewRefundArgs): Refund {
  const { input } = args;
  const at = args.now.toISOString();
  const facts = {
    number: args.number,
    paymentId: args.payment.id,
    type: input.type,
    amount: input.amount,
    deductions: input.deductions.map((deduction) => ({ ...deduction })),
    net: args.net,
    operator: input.operator,
    createdAt: at,
    ...(args.counter === undefined ? {} : { counter: args.counter }),
  };
  const created: RefundEventDraft = {
    at,
    actor: input.operator,
    kind: 'created',
    to: 'recorded',
    ...(input.note === undefined ? {} : { note: input.note }),
    facts: refundFacts(facts, args.payment, args.hasher),
  };
  return {
    ...facts,
    id: args.id,
    requestId: args.requestId,
    ...(input.customerName === undefined ? {} : { customerName: input.customerName }),
    ...(input.customerPhone === undefined ? {} : { customerPhone: input.customerPhone }),
    ...(input.note === undefined ? {} : { note: input.note }),
    status: 'recorded',
    updatedAt: at,
    events: appendEvent([], created, args.hasher),
  };
}

export interface TransitionArgs {
  readonly to: RefundStatus;
  readonly actor: string;
  /** Set when `to` is failed: what the bank or platform said. */
  readonly reason: string | undefined;
  readonly note: string | undefined;
  readonly now: Date;
  readonly hasher: Hasher;
}

export function withTransition(refund: Refund, args: TransitionArgs): Refund {
  const at = args.now.toISOString();
  // The reason is the event's note so the chain covers it; an extra note follows it on a new line.
  const note = [args.reason, args.note].filter((text): text is string => text !== undefined).join('\n');
  const events = appendEvent(
    refund.events,
    { at, actor: args.actor, kind: 'status_changed', from: refund.status, to: args.to, ...(note === '' ? {} : { note }) },
    args.hasher,
  );
  // A retried refund is no longer failed; its old reason stays in the event history.
  const { failureReason: _previousReason, ...rest } = refund;
  const failureReason = args.to === 'failed' ? args.reason : undefined;
  return { ...rest, status: args.to, updatedAt: at, events, ...(failureReason === undefined ? {} : { failureReason }) };
}

export function withNote(refund: Refund, actor: string, note: string, now: Date, hasher: Hasher): Refund {
  const at = now.toISOString();
  return { ...refund, updatedAt: at, events: appendEvent(refund.events, { at, actor, kind: 'note_added', note }, hasher) };
}
