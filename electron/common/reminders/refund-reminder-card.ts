/**
 * The second pass: one refund reminder in full, as the Today screen shows it — why in plain words, the next
 * steps, the identifiers to have at hand and whom to call — from what the first pass (refund-reminder-scan.ts)
 * found. Built only for the reminders a list returns, not for every one it counts.
 */
import type { Channel } from '../domain/types';
import type { Hotline } from './hotlines';
import type { RefundReminder, ReminderText } from './reminder';
import type { RefundCandidate } from './refund-reminder-scan';
import { approvalSteps, dueTodaySteps, hotlinesFor, identifiersFor, overdueSteps, stuckSteps, voidMissedSteps, voidSteps } from './reminder-steps';

/**
 * Builds the cards of one list. Whom to call depends on the channel alone, and the next steps (but a void's, which
 * name its time and terminal) on the kind, status and channel alone: each is worked out once per list and the
 * cards share it, as they share a refund's identifiers from one list to the next. Nobody changes a card.
 */
export function createRefundCards(directory: readonly Hotline[]): (candidate: RefundCandidate) => RefundReminder {
  const hotlinesByChannel = new Map<Channel, readonly Hotline[]>();
  const hotlinesOf = (channel: Channel): readonly Hotline[] => {
    const known = hotlinesByChannel.get(channel) ?? hotlinesFor(channel, directory);
    hotlinesByChannel.set(channel, known);
    return known;
  };
  // Nested by kind, status and channel rather than keyed by a joined string: no string is built per card.
  const stepsByCase = new Map<string, Map<string, Map<Channel, readonly ReminderText[]>>>();
  const sharedSteps: SharedSteps = (kind, status, channel, make) => {
    let byStatus = stepsByCase.get(kind);
    if (byStatus === undefined) {
      byStatus = new Map<string, Map<Channel, readonly ReminderText[]>>();
      stepsByCase.set(kind, byStatus);
    }
    let byChannel = byStatus.get(status);
    if (byChannel === undefined) {
      byChannel = new Map<Channel, readonly ReminderText[]>();
      byStatus.set(status, byChannel);
    }
    let steps = byChannel.get(channel);
    if (steps === undefined) {
      steps = make();
      byChannel.set(channel, steps);
    }
    return steps;
  };
  return (candidate) => refundReminderOf(candidate, hotlinesOf, sharedSteps);
}

type SharedSteps = (kind: string, status: string, channel: Channel, make: () => readonly ReminderText[]) => readonly ReminderText[];

function refundReminderOf(
  candidate: RefundCandidate,
  hotlinesOf: (channel: Channel) => readonly Hotline[],
  sharedSteps: SharedSteps,
): RefundReminder {
  const { kind, severity, dueAt, days } = candidate;
  const { refund, payment } = candidate.record;
  const { facts } = candidate;
  const { channel } = facts;
  const calls = kind === 'approval_waiting' || kind === 'void_cutoff' ? [] : hotlinesOf(channel);
  let reason: ReminderText;
  let nextSteps: readonly ReminderText[];
  switch (kind) {
    case 'refund_overdue':
      reason = { key: 'reason.overdue', params: { latest: dueAt, days } };
      nextSteps = sharedSteps(kind, '', channel, () => overdueSteps(channel, calls));
      break;
    case 'refund_due_today':
      reason = { key: 'reason.dueToday', params: { latest: dueAt } };
      nextSteps = sharedSteps(kind, '', channel, () => dueTodaySteps(channel));
      break;
    case 'approval_waiting':
      reason = { key: 'reason.approvalWaiting', params: { since: dueAt } };
      nextSteps = sharedSteps(kind, '', channel, approvalSteps);
      break;
    case 'void_cutoff':
      // Overdue only once the batch has settled: the void was missed and dueAt is when the batch closed.
      if (severity === 'overdue') {
        reason = { key: 'reason.voidMissed', params: { closedAt: dueAt } };
        nextSteps = sharedSteps(kind, 'missed', channel, voidMissedSteps);
      } else {
        const terminal = payment.ids.terminalNo ?? '';
        reason = { key: 'reason.voidCutoff', params: { closesAt: dueAt, terminal } };
        nextSteps = voidSteps(dueAt, terminal);
      }
      break;
    case 'refund_stuck':
      reason = { key: `reason.stuck.${refund.status}`, params: { days, since: facts.lastFollowUpDate, detail: refund.failureReason ?? refund.reroutedTo ?? '' } };
      nextSteps = sharedSteps(kind, refund.status, channel, () => stuckSteps(refund, channel, calls));
      break;
  }
  // Kept on the facts: the same record object has the same identifiers in every later list.
  const identifiers = (facts.identifiers ??= identifiersFor(refund, payment));
  const head = {
    subject: 'refund' as const,
    key: `${kind}:${refund.id}`,
    kind,
    severity,
    refundId: refund.id,
    refundNumber: refund.number,
    status: refund.status,
    type: refund.type,
    channel,
    net: refund.net,
  };
  // Two literals, not `...(name === undefined ? {} : { customerName })` in the middle: V8 builds such an object
  // the slow way, which cost more than the rest of the card.
  return refund.customerName === undefined
    ? { ...head, dueAt, reason, nextSteps, identifiers, hotlines: calls }
    : { ...head, customerName: refund.customerName, dueAt, reason, nextSteps, identifiers, hotlines: calls };
}
