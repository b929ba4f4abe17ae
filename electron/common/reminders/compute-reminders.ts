/**
 * Reminders, computed from the records and a clock, nothing else: refunds late or due today, approvals
 * waiting, voids to do before the batch settles, refunds stuck without follow-up. Pure, so the same data at
 * the same moment always gives the same list, and tests can try any hour of any day.
 */
import { channelKind } from '../domain/channels';
import type { CounterSettings } from '../domain/counter-settings';
import { EMPTY_COUNTER_SETTINGS } from '../domain/counter-settings';
import { holdsMoney } from '../domain/lifecycle';
import { formatLocalDate, formatLocalMinute, localDateOfInstant } from '../domain/local-time';
import { adviseRoute } from '../domain/refund-route';
import type { Payment, Refund, RefundStatus } from '../domain/types';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { computeCaseReminders } from '../cases/case-reminders';
import type { CaseDeadlineRecord } from '../cases/case-reminders';
import { computeSettlementReminders } from '../settlements/settlement-reminders';
import { settlementViewOf } from '../settlements/settlement-view';
import type { SettlementAccount, SettlementDay } from '../settlements/settlement';
import type { Hotline } from './hotlines';
import type { ArrivalEstimate, Reminder, ReminderText } from './reminder';
import type { RefundReminderKind, ReminderKind, ReminderSeverity } from './reminder-kinds';
import { REMINDER_SEVERITIES } from './reminder-kinds';
import { isPutAside } from './reminder-state';
import {
  approvalSteps,
  dueTodaySteps,
  hotlinesFor,
  identifiersFor,
  overdueSteps,
  stuckSteps,
  voidMissedSteps,
  voidSteps,
} from './reminder-steps';

export interface RefundRecord {
  readonly refund: Refund;
  readonly payment: Payment;
}

/** The expected-arrival computation (calendar/expected-arrival.ts), injected so this file does not depend on it. */
export type ArrivalOf = (refund: Refund, payment: Payment) => ArrivalEstimate | undefined;

export interface ReminderInput {
  readonly records: readonly RefundRecord[];
  readonly now: Date;
  readonly arrivalOf: ArrivalOf;
  readonly hotlines: readonly Hotline[];
  readonly counter?: CounterSettings;
  /** Settlement days and their accounts, judged on the banks' calendar (settlements/). */
  readonly settlements?: SettlementRecords;
  /** Cases with a deadline and their missing evidence (cases/case-reminders.ts); closed ones never remind. */
  readonly cases?: readonly CaseDeadlineRecord[];
}

export interface SettlementRecords {
  readonly days: readonly SettlementDay[];
  readonly accounts: readonly SettlementAccount[];
  readonly calendar: WorkingCalendar;
}

/** Sent to the terminal or platform, waiting for the money to arrive. */
const ON_THE_WAY: ReadonlySet<RefundStatus> = new Set(['done', 'processing']);
/** Not yet done on the terminal: a void can still be done before the batch settles. */
const NOT_YET_DONE: ReadonlySet<RefundStatus> = new Set(['recorded', 'awaiting_approval', 'approved']);
/** Days without follow-up before a stuck refund is raised (failed and abnormal need someone at once). */
const STUCK_DAYS: Partial<Record<RefundStatus, number>> = { failed: 1, abnormal: 1, processing: 3 };
/** What counts as someone following a refund up; putting a reminder aside does not. */
const FOLLOW_UPS = new Set(['created', 'status_changed', 'note_added', 'contact_logged', 'attachment_added', 'approved', 'override']);

const DAY_MS = 86_400_000;

/** Whole calendar days from `from` to `to`, both `YYYY-MM-DD` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const utc = (text: string) => Date.UTC(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

export function computeReminders(input: ReminderInput): readonly Reminder[] {
  const { now } = input;
  const today = formatLocalDate(now);
  const counter = input.counter ?? EMPTY_COUNTER_SETTINGS;
  const holdingByPayment = new Map<string, number>();
  for (const { refund } of input.records) {
    if (holdsMoney(refund.status)) holdingByPayment.set(refund.paymentId, (holdingByPayment.get(refund.paymentId) ?? 0) + 1);
  }

  const out: Reminder[] = [];
  for (const record of input.records) {
    const { refund, payment } = record;
    const hotlines = hotlinesFor(payment.channel, input.hotlines);
    const add = (kind: RefundReminderKind, severity: ReminderSeverity, dueAt: string, reason: ReminderText, nextSteps: readonly ReminderText[]) => {
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
        nextSteps,
        identifiers: identifiersFor(refund, payment),
        hotlines: kind === 'approval_waiting' || kind === 'void_cutoff' ? [] : hotlines,
      });
    };

    let arrivalRaised = false;
    if (ON_THE_WAY.has(refund.status)) {
      const arrival = input.arrivalOf(refund, payment);
      if (arrival !== undefined) {
        const late = daysBetween(arrival.latest, today);
        if (late > 0) {
          arrivalRaised = true;
          add('refund_overdue', 'overdue', arrival.latest, { key: 'reason.overdue', params: { latest: arrival.latest, days: late } }, overdueSteps(payment.channel, hotlines));
        } else if (late === 0) {
          arrivalRaised = true;
          add('refund_due_today', 'due_today', arrival.latest, { key: 'reason.dueToday', params: { latest: arrival.latest } }, dueTodaySteps(payment.channel));
        } else if (refund.status === 'processing') {
          // Still inside its window: not stuck, just on its way.
          arrivalRaised = true;
        }
      }
    }

    if (refund.status === 'awaiting_approval') {
      const since = lastStatusChange(refund) ?? refund.createdAt;
      add('approval_waiting', 'due_today', formatLocalMinute(new Date(since)), { key: 'reason.approvalWaiting', params: { since: formatLocalMinute(new Date(since)) } }, approvalSteps());
    }

    if (refund.type === 'void' && NOT_YET_DONE.has(refund.status) && channelKind(payment.channel) === 'card') {
      const others = (holdingByPayment.get(payment.id) ?? 0) - (holdsMoney(refund.status) ? 1 : 0);
      const advice = adviseRoute({ channel: payment.channel, paidAt: payment.paidAt, terminalNo: payment.ids.terminalNo, now, settings: counter, earlierRefunds: others });
      if (advice.kind === 'void') {
        const severity = advice.closesAt.startsWith(today) ? 'due_today' : 'coming_up';
        const terminal = payment.ids.terminalNo ?? '';
        add('void_cutoff', severity, advice.closesAt, { key: 'reason.voidCutoff', params: { closesAt: advice.closesAt, terminal } }, voidSteps(advice.closesAt, terminal));
      } else if (advice.kind === 'card_refund' && 'closedAt' in advice) {
        add('void_cutoff', 'overdue', advice.closedAt, { key: 'reason.voidMissed', params: { closedAt: advice.closedAt } }, voidMissedSteps());
      }
    }

    const stuckAfter = STUCK_DAYS[refund.status];
    if (stuckAfter !== undefined && !arrivalRaised) {
      const last = lastFollowUp(refund);
      const idle = daysBetween(localDateOfInstant(last), today);
      if (idle >= stuckAfter) {
        const severity = refund.status === 'processing' ? 'coming_up' : 'overdue';
        const params = { days: idle, since: localDateOfInstant(last), detail: refund.failureReason ?? refund.reroutedTo ?? '' };
        add('refund_stuck', severity, formatLocalMinute(new Date(last)), { key: `reason.stuck.${refund.status}`, params }, stuckSteps(refund, payment.channel, hotlines));
      }
    }
  }
  const cases = input.cases === undefined ? [] : computeCaseReminders({ cases: input.cases, hotlines: input.hotlines, now });
  return [...out, ...settlementReminders(input, today), ...cases].sort(compareReminders);
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

export function compareReminders(a: Reminder, b: Reminder): number {
  const bySeverity = REMINDER_SEVERITIES.indexOf(a.severity) - REMINDER_SEVERITIES.indexOf(b.severity);
  if (bySeverity !== 0) return bySeverity;
  const byKind = KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
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
