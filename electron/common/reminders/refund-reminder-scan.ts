/**
 * The first pass over the refunds that can remind: which reminders each one raises now (late or due money, an
 * approval waiting, a void before the batch settles, no follow-up), with only what counting and ordering need —
 * kind, severity, due date, the refund number — and the one number its reason quotes. The card itself (reason,
 * next steps, identifiers, whom to call) is built by refund-reminder-card.ts, only for the reminders returned.
 */
import { channelKind } from '../domain/channels';
import type { CounterSettings } from '../domain/counter-settings';
import { holdsMoney } from '../domain/lifecycle';
import { formatLocalMinute, localDateOfInstant } from '../domain/local-time';
import { adviseRoute } from '../domain/refund-route';
import type { Channel, Payment, Refund, RefundStatus } from '../domain/types';
import type { ArrivalEstimate, ReminderIdentifier } from './reminder';
import type { RefundReminderKind, ReminderSeverity } from './reminder-kinds';
import type { OrderKey } from './reminder-order';
import { rankOf } from './reminder-order';
import type { MarkedEvent } from './reminder-state';
import { isPutAsideByMarks, putAsideMarksOf } from './reminder-state';

export interface RefundRecord {
  readonly refund: Refund;
  readonly payment: Payment;
}

/** The expected-arrival computation (calendar/expected-arrival.ts), injected so this file does not depend on it. */
export type ArrivalOf = (refund: Refund, payment: Payment) => ArrivalEstimate | undefined;

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
export const REMINDING_STATUSES: ReadonlySet<RefundStatus> = new Set<RefundStatus>([...ON_THE_WAY, ...NOT_YET_DONE, 'failed', 'abnormal']);
/** What counts as someone following a refund up; putting a reminder aside does not. */
const FOLLOW_UPS = new Set(['created', 'status_changed', 'note_added', 'contact_logged', 'attachment_added', 'approved', 'override']);

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` as the UTC midnight of that day, in ms: whole days apart are whole multiples of DAY_MS. */
export function utcOfDate(text: string): number {
  return Date.UTC(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10)));
}

/** Whole calendar days from `from` to `to`, both `YYYY-MM-DD` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcOfDate(to) - utcOfDate(from)) / DAY_MS);
}

/** What a refund's reminders need that depends on the refund and its payment alone, never on the clock. */
export interface RefundFacts {
  readonly payment: Payment;
  /** The payment's, kept here so a card need not read the payment again. */
  readonly channel: Channel;
  readonly lastFollowUpDate: string;
  readonly lastFollowUpUtc: number;
  readonly lastFollowUpMinute: string;
  /** Since when an approval has been waiting (the last status change, else creation); only for awaiting_approval. */
  readonly waitingSince: string;
  /** Snoozes and dismissals since the last status change (usually none): whether a reminder is put aside. */
  readonly marks: readonly MarkedEvent[];
  /** What to have at hand on the phone: worked out by the first card built for this record, then kept. */
  identifiers?: readonly ReminderIdentifier[];
}

// Records are immutable (a change makes a new object), so facts worked out once stay true for that object:
// the Today screen asks again after every change, and most open refunds did not change in between. Looked up
// only where a reminder needs them: most refunds on their way raise nothing and never need any.
const FACTS = new WeakMap<Refund, RefundFacts>();

function factsOf(refund: Refund, payment: Payment): RefundFacts {
  const known = FACTS.get(refund);
  if (known !== undefined && known.payment === payment) return known;
  const last = refund.events.findLast((event) => FOLLOW_UPS.has(event.kind))?.at ?? refund.updatedAt;
  const lastFollowUpDate = localDateOfInstant(last);
  const since = refund.status === 'awaiting_approval' ? (refund.events.findLast((event) => event.kind === 'status_changed')?.at ?? refund.createdAt) : undefined;
  const facts: RefundFacts = {
    payment,
    channel: payment.channel,
    lastFollowUpDate,
    lastFollowUpUtc: utcOfDate(lastFollowUpDate),
    lastFollowUpMinute: formatLocalMinute(new Date(last)),
    waitingSince: since === undefined ? '' : formatLocalMinute(new Date(since)),
    marks: putAsideMarksOf(refund),
  };
  FACTS.set(refund, facts);
  return facts;
}

/** One reminder a refund raises, as far as counting and ordering need it. */
export interface RefundCandidate extends OrderKey {
  readonly kind: RefundReminderKind;
  readonly record: RefundRecord;
  readonly facts: RefundFacts;
  /** The days the reason quotes: how late (overdue) or how long without follow-up (stuck); 0 for the others. */
  readonly days: number;
}

export interface ScanContext {
  readonly now: Date;
  readonly today: string;
  readonly todayUtc: number;
  readonly counter: CounterSettings;
  readonly arrivalOf: ArrivalOf;
  readonly holdingOf: (paymentId: string) => number;
}

/** Where the pass puts what it finds (any list that takes refund candidates). */
export interface CandidateSink {
  push(candidate: RefundCandidate): unknown;
}

function raise(out: CandidateSink, record: RefundRecord, known: RefundFacts | undefined, now: Date, kind: RefundReminderKind, severity: ReminderSeverity, dueAt: string, days: number): void {
  const facts = known ?? factsOf(record.refund, record.payment);
  // From the marks kept with the facts: no walk back through the refund's history.
  if (isPutAsideByMarks(facts.marks, kind, now)) return;
  out.push({ severity, rank: rankOf(severity, kind), dueAt, tie: record.refund.number, kind, record, facts, days });
}

/** The reminders one refund raises now, appended to `out` (in the order the cards always came in). */
export function scanRefund(record: RefundRecord, context: ScanContext, out: CandidateSink): void {
  const { refund, payment } = record;
  const { now } = context;

  let arrivalRaised = false;
  if (ON_THE_WAY.has(refund.status)) {
    const arrival = context.arrivalOf(refund, payment);
    if (arrival !== undefined) {
      const late = Math.round((context.todayUtc - utcOfDate(arrival.latest)) / DAY_MS);
      if (late > 0) {
        arrivalRaised = true;
        raise(out, record, undefined, now, 'refund_overdue', 'overdue', arrival.latest, late);
      } else if (late === 0) {
        arrivalRaised = true;
        raise(out, record, undefined, now, 'refund_due_today', 'due_today', arrival.latest, 0);
      } else if (refund.status === 'processing') {
        // Still inside its window: not stuck, just on its way.
        arrivalRaised = true;
      }
    }
  }

  if (refund.status === 'awaiting_approval') {
    const facts = factsOf(refund, payment);
    raise(out, record, facts, now, 'approval_waiting', 'due_today', facts.waitingSince, 0);
  }

  if (refund.type === 'void' && NOT_YET_DONE.has(refund.status) && channelKind(payment.channel) === 'card') raiseVoid(record, context, out);

  const stuckAfter = STUCK_DAYS[refund.status];
  if (stuckAfter !== undefined && !arrivalRaised) {
    const facts = factsOf(refund, payment);
    const idle = Math.round((context.todayUtc - facts.lastFollowUpUtc) / DAY_MS);
    if (idle >= stuckAfter) raise(out, record, facts, now, 'refund_stuck', refund.status === 'processing' ? 'coming_up' : 'overdue', facts.lastFollowUpMinute, idle);
  }
}

/**
 * A void to do before its batch settles, or one missed. Advised first as if no other refund of the payment held
 * money: another one only ever turns the advice into "already refunded", which raises nothing, so the ledger is
 * asked to count them only for a void that would raise a reminder.
 */
function raiseVoid(record: RefundRecord, context: ScanContext, out: CandidateSink): void {
  const { refund, payment } = record;
  const { now, today } = context;
  const advice = adviseRoute({ channel: payment.channel, paidAt: payment.paidAt, terminalNo: payment.ids.terminalNo, now, settings: context.counter, earlierRefunds: 0 });
  const dueAt = advice.kind === 'void' ? advice.closesAt : advice.kind === 'card_refund' && 'closedAt' in advice ? advice.closedAt : undefined;
  if (dueAt === undefined || context.holdingOf(payment.id) - (holdsMoney(refund.status) ? 1 : 0) > 0) return;
  // Overdue once the batch has settled (the card then says the void was missed); else by when it closes.
  const severity = advice.kind !== 'void' ? 'overdue' : dueAt.startsWith(today) ? 'due_today' : 'coming_up';
  raise(out, record, undefined, now, 'void_cutoff', severity, dueAt, 0);
}
