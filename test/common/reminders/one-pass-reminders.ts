/**
 * The oracle: the one-pass computation 'reminder.list' used before the two passes of compute-reminders.ts, kept
 * as it was (every reminder built in full, then sorted), so reminder-page.test.ts can show that the two-pass list
 * is the same list. Change it only together with a deliberate change to what a reminder says or when it is raised.
 */
import { channelKind } from '../../../electron/common/domain/channels';
import type { CounterSettings } from '../../../electron/common/domain/counter-settings';
import { EMPTY_COUNTER_SETTINGS } from '../../../electron/common/domain/counter-settings';
import { holdsMoney } from '../../../electron/common/domain/lifecycle';
import { formatLocalDate, formatLocalMinute, localDateOfInstant } from '../../../electron/common/domain/local-time';
import { adviseRoute } from '../../../electron/common/domain/refund-route';
import type { Channel, Payment, Refund, RefundStatus } from '../../../electron/common/domain/types';
import { computeCaseReminders } from '../../../electron/common/cases/case-reminders';
import { computeSettlementReminders } from '../../../electron/common/settlements/settlement-reminders';
import { settlementViewOf } from '../../../electron/common/settlements/settlement-view';
import type { RefundRecord, ReminderInput } from '../../../electron/common/reminders/compute-reminders';
import type { Hotline } from '../../../electron/common/reminders/hotlines';
import type { Reminder, ReminderText } from '../../../electron/common/reminders/reminder';
import type { RefundReminderKind, ReminderKind, ReminderSeverity } from '../../../electron/common/reminders/reminder-kinds';
import { REMINDER_SEVERITIES } from '../../../electron/common/reminders/reminder-kinds';
import { isPutAside } from '../../../electron/common/reminders/reminder-state';
import {
  approvalSteps,
  dueTodaySteps,
  hotlinesFor,
  identifiersFor,
  overdueSteps,
  stuckSteps,
  voidMissedSteps,
  voidSteps,
} from '../../../electron/common/reminders/reminder-steps';

/** Sent to the terminal or platform, waiting for the money to arrive. */
const ON_THE_WAY: ReadonlySet<RefundStatus> = new Set(['done', 'processing']);
/** Not yet done on the terminal: a void can still be done before the batch settles. */
const NOT_YET_DONE: ReadonlySet<RefundStatus> = new Set(['recorded', 'awaiting_approval', 'approved']);
/** Days without follow-up before a stuck refund is raised (failed and abnormal need someone at once). */
const STUCK_DAYS: Partial<Record<RefundStatus, number>> = { failed: 1, abnormal: 1, processing: 3 };
/**
 * Every status a refund can remind in (on the way, waiting for approval, a void not yet done, stuck); arrived,
 * closed and refused refunds never remind, so the ledger hands over only these and their payments' other refunds.
 */
const REMINDING_STATUSES: ReadonlySet<RefundStatus> = new Set<RefundStatus>([...ON_THE_WAY, ...NOT_YET_DONE, 'failed', 'abnormal']);
/** What counts as someone following a refund up; putting a reminder aside does not. */
const FOLLOW_UPS = new Set(['created', 'status_changed', 'note_added', 'contact_logged', 'attachment_added', 'approved', 'override']);

const DAY_MS = 86_400_000;

/** Whole calendar days from `from` to `to`, both `YYYY-MM-DD` (negative when `to` is earlier). */
function daysBetween(from: string, to: string): number {
  const utc = (text: string) => Date.UTC(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

export function computeRemindersOnePass(input: ReminderInput): readonly Reminder[] {
  const { now } = input;
  const today = formatLocalDate(now);
  const counter = input.counter ?? EMPTY_COUNTER_SETTINGS;
  let holdingOf = input.holdingOf;
  if (holdingOf === undefined) {
    const holdingByPayment = new Map<string, number>();
    for (const { refund } of input.records) {
      if (holdsMoney(refund.status)) holdingByPayment.set(refund.paymentId, (holdingByPayment.get(refund.paymentId) ?? 0) + 1);
    }
    holdingOf = (paymentId) => holdingByPayment.get(paymentId) ?? 0;
  }
  const hotlinesByChannel = new Map<Channel, readonly Hotline[]>();
  const hotlinesOf = (channel: Channel): readonly Hotline[] => {
    const known = hotlinesByChannel.get(channel) ?? hotlinesFor(channel, input.hotlines);
    hotlinesByChannel.set(channel, known);
    return known;
  };

  const out: Reminder[] = [];
  for (const record of input.records) {
    if (!REMINDING_STATUSES.has(record.refund.status)) continue;
    refundReminders(record, { input, now, today, counter, holdingOf, hotlinesOf }, out);
  }
  const cases = input.cases === undefined ? [] : computeCaseReminders({ cases: input.cases, hotlines: input.hotlines, now });
  return [...out, ...settlementReminders(input, today), ...cases].sort(compareReminders);
}

interface RefundContext {
  readonly input: ReminderInput;
  readonly now: Date;
  readonly today: string;
  readonly counter: CounterSettings;
  readonly holdingOf: (paymentId: string) => number;
  readonly hotlinesOf: (channel: Channel) => readonly Hotline[];
}

/** What a refund's reminders need that depends on the refund and its payment alone, never on the clock. */
interface RefundFacts {
  readonly payment: Payment;
  readonly identifiers: ReturnType<typeof identifiersFor>;
  readonly lastStatusChange: string | undefined;
  readonly lastFollowUp: string;
  readonly lastFollowUpDate: string;
  readonly lastFollowUpMinute: string;
}

// Records are immutable (a change makes a new object), so facts worked out once stay true for that object:
// the Today screen asks again after every change, and most open refunds did not change in between.
const FACTS = new WeakMap<Refund, RefundFacts>();

function factsOf(refund: Refund, payment: Payment): RefundFacts {
  const known = FACTS.get(refund);
  if (known !== undefined && known.payment === payment) return known;
  const last = lastFollowUp(refund);
  const facts = {
    payment,
    identifiers: identifiersFor(refund, payment),
    lastStatusChange: lastStatusChange(refund),
    lastFollowUp: last,
    lastFollowUpDate: localDateOfInstant(last),
    lastFollowUpMinute: formatLocalMinute(new Date(last)),
  };
  FACTS.set(refund, facts);
  return facts;
}

/** The reminders one refund raises now, appended to `out`. */
function refundReminders(record: RefundRecord, context: RefundContext, out: Reminder[]): void {
  const { refund, payment } = record;
  const { input, now, today, counter } = context;
  // Worked out once per record object (FACTS): the next list after a change reuses them for every refund it left alone.
  const facts = factsOf(refund, payment);
  const hotlinesOf = (): readonly Hotline[] => context.hotlinesOf(payment.channel);
  const add = (kind: RefundReminderKind, severity: ReminderSeverity, dueAt: string, reason: ReminderText, nextSteps: () => readonly ReminderText[]) => {
    if (isPutAside(refund, kind, now)) return;
    out.push({
      subject: 'refund',
      key: `${kind}:${refund.id}`,
      kind,
      severity,
      refundId: refund.id,
      refundNumber: refund.number,
      status: refund.status,
      type: refund.type,
      channel: payment.channel,
      net: refund.net,
      ...(refund.customerName === undefined ? {} : { customerName: refund.customerName }),
      dueAt,
      reason,
      nextSteps: nextSteps(),
      identifiers: facts.identifiers,
      hotlines: kind === 'approval_waiting' || kind === 'void_cutoff' ? [] : hotlinesOf(),
    });
  };

  let arrivalRaised = false;
  if (ON_THE_WAY.has(refund.status)) {
    const arrival = input.arrivalOf(refund, payment);
    if (arrival !== undefined) {
      const late = daysBetween(arrival.latest, today);
      if (late > 0) {
        arrivalRaised = true;
        add('refund_overdue', 'overdue', arrival.latest, { key: 'reason.overdue', params: { latest: arrival.latest, days: late } }, () => overdueSteps(payment.channel, hotlinesOf()));
      } else if (late === 0) {
        arrivalRaised = true;
        add('refund_due_today', 'due_today', arrival.latest, { key: 'reason.dueToday', params: { latest: arrival.latest } }, () => dueTodaySteps(payment.channel));
      } else if (refund.status === 'processing') {
        // Still inside its window: not stuck, just on its way.
        arrivalRaised = true;
      }
    }
  }

  if (refund.status === 'awaiting_approval') {
    const since = facts.lastStatusChange ?? refund.createdAt;
    add('approval_waiting', 'due_today', formatLocalMinute(new Date(since)), { key: 'reason.approvalWaiting', params: { since: formatLocalMinute(new Date(since)) } }, approvalSteps);
  }

  if (refund.type === 'void' && NOT_YET_DONE.has(refund.status) && channelKind(payment.channel) === 'card') {
    const others = context.holdingOf(payment.id) - (holdsMoney(refund.status) ? 1 : 0);
    const advice = adviseRoute({ channel: payment.channel, paidAt: payment.paidAt, terminalNo: payment.ids.terminalNo, now, settings: counter, earlierRefunds: others });
    if (advice.kind === 'void') {
      const severity = advice.closesAt.startsWith(today) ? 'due_today' : 'coming_up';
      const terminal = payment.ids.terminalNo ?? '';
      add('void_cutoff', severity, advice.closesAt, { key: 'reason.voidCutoff', params: { closesAt: advice.closesAt, terminal } }, () => voidSteps(advice.closesAt, terminal));
    } else if (advice.kind === 'card_refund' && 'closedAt' in advice) {
      add('void_cutoff', 'overdue', advice.closedAt, { key: 'reason.voidMissed', params: { closedAt: advice.closedAt } }, voidMissedSteps);
    }
  }

  const stuckAfter = STUCK_DAYS[refund.status];
  if (stuckAfter !== undefined && !arrivalRaised) {
    const idle = daysBetween(facts.lastFollowUpDate, today);
    if (idle >= stuckAfter) {
      const severity = refund.status === 'processing' ? 'coming_up' : 'overdue';
      const params = { days: idle, since: facts.lastFollowUpDate, detail: refund.failureReason ?? refund.reroutedTo ?? '' };
      add('refund_stuck', severity, facts.lastFollowUpMinute, { key: `reason.stuck.${refund.status}`, params }, () => stuckSteps(refund, payment.channel, hotlinesOf()));
    }
  }
}

/** Only days not yet settled in full can need the owner: received-in-full days are skipped before any date math. */
function settlementReminders(input: ReminderInput, today: string): readonly Reminder[] {
  const records = input.settlements;
  if (records === undefined) return [];
  const accounts = new Map(records.accounts.map((account) => [account.id, account]));
  const views = records.days
    .map((day) => settlementViewOf(day, accounts.get(day.accountId), records.calendar, today))
    .filter((view) => view.state === 'late' || view.state === 'short');
  return computeSettlementReminders({ views, accounts: records.accounts, hotlines: input.hotlines, now: input.now });
}

/**
 * Within one severity: hard deadlines (the batch settles, a 调单/拒付 notice's date) first, then customers waiting for money that is late
 * or due, then approvals, then the backlog of refunds nobody follows up; oldest first within each kind.
 */
const KIND_ORDER: readonly ReminderKind[] = [
  'void_cutoff',
  'case_deadline',
  'refund_overdue',
  'refund_due_today',
  'settlement_late',
  'settlement_short',
  'approval_waiting',
  'refund_stuck',
];

const SEVERITY_RANK = new Map(REMINDER_SEVERITIES.map((severity, rank) => [severity, rank]));
const KIND_RANK = new Map(KIND_ORDER.map((kind, rank) => [kind, rank]));

function compareReminders(a: Reminder, b: Reminder): number {
  const bySeverity = (SEVERITY_RANK.get(a.severity) ?? -1) - (SEVERITY_RANK.get(b.severity) ?? -1);
  if (bySeverity !== 0) return bySeverity;
  const byKind = (KIND_RANK.get(a.kind) ?? -1) - (KIND_RANK.get(b.kind) ?? -1);
  if (byKind !== 0) return byKind;
  if (a.dueAt !== b.dueAt) return a.dueAt < b.dueAt ? -1 : 1;
  const [left, right] = [tieBreaker(a), tieBreaker(b)];
  return left < right ? -1 : left > right ? 1 : 0;
}

/** A stable last resort: the refund number, the settlement day's account and date, or the case number. */
function tieBreaker(reminder: Reminder): string {
  switch (reminder.subject) {
    case 'refund':
      return reminder.refundNumber;
    case 'settlement':
      return `${reminder.businessDate} ${reminder.accountName} ${reminder.settlementId}`;
    case 'case':
      return reminder.caseNumber;
  }
}

function lastStatusChange(refund: Refund): string | undefined {
  return refund.events.findLast((event) => event.kind === 'status_changed')?.at;
}

function lastFollowUp(refund: Refund): string {
  return refund.events.findLast((event) => FOLLOW_UPS.has(event.kind))?.at ?? refund.updatedAt;
}
