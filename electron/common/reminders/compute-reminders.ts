/**
 * Reminders, computed from the records and a clock, nothing else: refunds late or due today, approvals
 * waiting, voids to do before the batch settles, refunds stuck without follow-up. Pure, so the same data at
 * the same moment always gives the same list, and tests can try any hour of any day.
 *
 * Two passes, because a shop years in has thousands of open reminders and a list shows fifty of a severity:
 * the first finds every reminder with only what counting and ordering need (refund-reminder-scan.ts), the
 * second builds in full only those the page returns (refund-reminder-card.ts). Same list, same order either way.
 */
import type { CounterSettings } from '../domain/counter-settings';
import { EMPTY_COUNTER_SETTINGS } from '../domain/counter-settings';
import { holdsMoney } from '../domain/lifecycle';
import { formatLocalDate } from '../domain/local-time';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { computeCaseReminders } from '../cases/case-reminders';
import type { CaseDeadlineRecord } from '../cases/case-reminders';
import { computeSettlementReminders } from '../settlements/settlement-reminders';
import { settlementViewOf } from '../settlements/settlement-view';
import type { SettlementAccount, SettlementDay } from '../settlements/settlement';
import type { Hotline } from './hotlines';
import type { Reminder } from './reminder';
import type { ReminderSeverity } from './reminder-kinds';
import { REMINDER_SEVERITIES } from './reminder-kinds';
import type { OrderKey } from './reminder-order';
import { compareOrderKeys, rankOf, tieBreaker } from './reminder-order';
import { createRefundCards } from './refund-reminder-card';
import type { ArrivalOf, RefundCandidate, RefundRecord, ScanContext } from './refund-reminder-scan';
import { REMINDING_STATUSES, scanRefund, utcOfDate } from './refund-reminder-scan';

export type { ArrivalOf, RefundRecord } from './refund-reminder-scan';
export { daysBetween, REMINDING_STATUSES } from './refund-reminder-scan';

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
  /**
   * How many refunds of a payment still hold money (a void's advice counts the others). Given by the ledger, which
   * indexes refunds by payment, so `records` may hold only refunds that can remind; absent, counted from `records`.
   */
  readonly holdingOf?: (paymentId: string) => number;
}

export interface SettlementRecords {
  readonly days: readonly SettlementDay[];
  readonly accounts: readonly SettlementAccount[];
  readonly calendar: WorkingCalendar;
}

/** At most this many reminders of a severity (absent: all of them). */
export type ReminderLimits = Partial<Readonly<Record<ReminderSeverity, number>>>;

export interface ReminderPage {
  /** Most urgent first: overdue, due today, coming up; at most `limits` of each. */
  readonly items: Reminder[];
  /** How many reminders of each severity there are in all. */
  readonly totals: Record<ReminderSeverity, number>;
}

/** A settlement or case reminder: few, so built in full right away. */
interface BuiltCandidate extends OrderKey {
  readonly built: Reminder;
}

type Candidate = RefundCandidate | BuiltCandidate;

/** Every reminder now, in order. */
export function computeReminders(input: ReminderInput): readonly Reminder[] {
  return computeReminderPage(input).items;
}

/**
 * The first `limits[severity]` reminders of each severity in order, and how many there are of each: exactly what
 * `computeReminders` followed by a cut per severity would give, but only the reminders returned are built.
 */
export function computeReminderPage(input: ReminderInput, limits?: ReminderLimits): ReminderPage {
  const { now } = input;
  const today = formatLocalDate(now);
  const context: ScanContext = {
    now,
    today,
    todayUtc: utcOfDate(today),
    counter: input.counter ?? EMPTY_COUNTER_SETTINGS,
    arrivalOf: input.arrivalOf,
    holdingOf: input.holdingOf ?? holdingFrom(input.records),
  };
  const candidates: Candidate[] = [];
  for (const record of input.records) {
    if (REMINDING_STATUSES.has(record.refund.status)) scanRefund(record, context, candidates);
  }
  const cases = input.cases === undefined ? [] : computeCaseReminders({ cases: input.cases, hotlines: input.hotlines, now });
  for (const reminder of [...settlementReminders(input, today), ...cases]) {
    candidates.push({ severity: reminder.severity, rank: rankOf(reminder.severity, reminder.kind), dueAt: reminder.dueAt, tie: tieBreaker(reminder), built: reminder });
  }

  const cardOf = createRefundCards(input.hotlines);
  const totals: Record<ReminderSeverity, number> = { overdue: 0, due_today: 0, coming_up: 0 };
  const items: Reminder[] = [];
  // Severity comes first in the order: each severity is sorted (stable, so ties keep the order found) and cut alone.
  for (const severity of REMINDER_SEVERITIES) {
    const ofSeverity = candidates.filter((candidate) => candidate.severity === severity);
    totals[severity] = ofSeverity.length;
    const limit = limits?.[severity] ?? Infinity;
    const kept = limit > 0 ? Math.min(limit, ofSeverity.length) : 0;
    if (kept === 0) continue;
    for (const candidate of ofSeverity.sort(compareOrderKeys).slice(0, kept)) {
      items.push('built' in candidate ? candidate.built : cardOf(candidate));
    }
  }
  return { items, totals };
}

/** Counted from `records` when the ledger does not say (tests, callers that hand over every refund). */
function holdingFrom(records: readonly RefundRecord[]): (paymentId: string) => number {
  const holdingByPayment = new Map<string, number>();
  for (const { refund } of records) {
    if (holdsMoney(refund.status)) holdingByPayment.set(refund.paymentId, (holdingByPayment.get(refund.paymentId) ?? 0) + 1);
  }
  return (paymentId) => holdingByPayment.get(paymentId) ?? 0;
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
