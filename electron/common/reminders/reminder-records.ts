/**
 * Snoozing and dismissing a reminder: one hash-chained event on the refund each, with the reason, so the
 * refund's history says who put it aside, until when, and why. Pure, like ledger/counter-records.ts.
 * Settlement days record the same marks (settlements/settlement-records.ts) after the same checks.
 */
import { DomainError } from '../domain/errors';
import { appendEvent } from '../domain/hash-chain';
import { refuseFullCardNumbers, requiredText } from '../domain/text-rules';
import type { Refund } from '../domain/types';
import type { Hasher } from '../ports';
import type { DismissReminderInput, SnoozeReminderInput } from '../ipc/contract-reminders';

type OnRefund<T> = Extract<T, { readonly refundId: string }>;

/** A snooze longer than this is a dismissal in disguise; say so instead. */
export const MAX_SNOOZE_DAYS = 30;

/**
 * Who and why, both required; for a snooze (an `until` is given) a time later than now and at most
 * MAX_SNOOZE_DAYS ahead, returned as a normalised ISO instant.
 */
export function checkPutAside(input: { readonly actor: string; readonly reason: string; readonly until?: string }, now: Date): { actor: string; reason: string; until?: string } {
  refuseFullCardNumbers({ actor: input.actor, reason: input.reason });
  const actor = requiredText(input.actor, 'actor', 'Choose who is doing this.');
  if (input.until === undefined) return { actor, reason: requiredText(input.reason, 'reason', 'Say why the reminder is not needed.') };
  const reason = requiredText(input.reason, 'reason', 'Say why the reminder can wait.');
  const until = Date.parse(input.until);
  if (!Number.isFinite(until) || until <= now.getTime()) {
    throw new DomainError('date_invalid', 'Snooze until a later time.', { field: 'until' });
  }
  if (until - now.getTime() > MAX_SNOOZE_DAYS * 86_400_000) {
    throw new DomainError('date_invalid', `Snooze for at most ${MAX_SNOOZE_DAYS} days.`, { field: 'until' });
  }
  return { actor, reason, until: new Date(until).toISOString() };
}

export function withReminderSnoozed(refund: Refund, input: OnRefund<SnoozeReminderInput>, now: Date, hasher: Hasher): Refund {
  const { actor, reason, until } = checkPutAside(input, now);
  const at = now.toISOString();
  const reminder = { kind: input.kind, ...(until === undefined ? {} : { until }), reason };
  return { ...refund, updatedAt: at, events: appendEvent(refund.events, { at, actor, kind: 'reminder_snoozed', reminder }, hasher) };
}

export function withReminderDismissed(refund: Refund, input: OnRefund<DismissReminderInput>, now: Date, hasher: Hasher): Refund {
  const { actor, reason } = checkPutAside(input, now);
  const at = now.toISOString();
  const reminder = { kind: input.kind, reason };
  return { ...refund, updatedAt: at, events: appendEvent(refund.events, { at, actor, kind: 'reminder_dismissed', reminder }, hasher) };
}
