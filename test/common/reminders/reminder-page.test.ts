/**
 * The two-pass list (compute-reminders.ts: count and order everything, build only the page) against the one-pass
 * computation it replaced (one-pass-reminders.ts): 1,500 demo refunds in every status, a third of the open ones with
 * a snooze or dismissal somewhere in their history, voids before and after their batch, settlement days and cases,
 * at six clock times, with no limits and with limits of 0, 1, 50 and mixed — the same reminders, order, fields and
 * totals every time.
 */
import { describe, expect, it } from 'vitest';
import { evaluateChecklist, missingItems } from '../../../electron/common/cases/case-checklist';
import { resolveLinks } from '../../../electron/common/cases/case-links';
import { buildDemoSettlements } from '../../../electron/common/demo/demo-settlements';
import { buildDemoShop } from '../../../electron/common/demo/demo-shop';
import { Random } from '../../../electron/common/demo/prng';
import { channelKind } from '../../../electron/common/domain/channels';
import type { CounterSettings } from '../../../electron/common/domain/counter-settings';
import { holdsMoney } from '../../../electron/common/domain/lifecycle';
import { formatLocalMinute } from '../../../electron/common/domain/local-time';
import type { Refund, RefundStatus } from '../../../electron/common/domain/types';
import { computeReminderPage, computeReminders, REMINDING_STATUSES } from '../../../electron/common/reminders/compute-reminders';
import type { RefundRecord, ReminderInput, ReminderLimits } from '../../../electron/common/reminders/compute-reminders';
import { DEFAULT_HOTLINES } from '../../../electron/common/reminders/hotlines';
import type { Reminder } from '../../../electron/common/reminders/reminder';
import { REFUND_REMINDER_KINDS, REMINDER_SEVERITIES } from '../../../electron/common/reminders/reminder-kinds';
import { compareReminders } from '../../../electron/common/reminders/reminder-order';
import type { ReminderSeverity } from '../../../electron/common/reminders/reminder-kinds';
import { withReminderDismissed, withReminderSnoozed } from '../../../electron/common/reminders/reminder-records';
import { isPutAside, isPutAsideByMarks, putAsideMarksOf } from '../../../electron/common/reminders/reminder-state';
import { expectedSettlementDate } from '../../../electron/common/settlements/settlement-due';
import { nodeHasher } from '../../support/node-hasher';
import { link, lookup, opened } from '../cases/case-fixture';
import { calendar } from '../settlements/settlement-fixture';
import { fixedWindowArrival } from './fixed-window-arrival';
import { computeRemindersOnePass } from './one-pass-reminders';

const NOW = new Date('2026-11-20T10:00:00+08:00');
const HOUR = 3_600_000;
/** The demo's two terminals: one settles late in the evening, one early in the afternoon. */
const COUNTER: CounterSettings = {
  terminals: [
    { terminalNo: '10382716', acquirer: '银联商务', cutoff: '23:00' },
    { terminalNo: '10382717', acquirer: '银联商务', cutoff: '14:30' },
  ],
  acquirers: [],
};
const PENDING: readonly RefundStatus[] = ['recorded', 'awaiting_approval', 'approved'];
/** This morning, after both cutoffs, after midnight, and days later (due dates pass, snoozes run out). */
const TIMES = [0, 5, 13.5, 24, 72, 9 * 24].map((hours) => new Date(NOW.getTime() + hours * HOUR));
const LIMITS: readonly (ReminderLimits | undefined)[] = [
  undefined,
  {},
  { overdue: 0, due_today: 0, coming_up: 0 },
  { overdue: 1, due_today: 1, coming_up: 1 },
  { overdue: 50, due_today: 50, coming_up: 50 },
  { overdue: 1, due_today: 50 },
  { overdue: 3, coming_up: 0 },
  { overdue: 100_000, due_today: 2, coming_up: 100_000 },
  // Below the IPC schema's minimum, but the function answers as the old cut did.
  { overdue: -1, due_today: 0.5, coming_up: 1.5 },
];

/** A snooze or dismissal of a random kind, put at a random place in the history (mostly last, sometimes before a status change). */
function marked(refund: Refund, random: Random): Refund {
  const kind = random.pick(REFUND_REMINDER_KINDS);
  const at = new Date(NOW.getTime() - random.int(0, 72) * HOUR);
  const input = { refundId: refund.id, kind, reason: '顾客说周末再来', actor: '店长' };
  const withMark = random.chance(0.6)
    ? withReminderSnoozed(refund, { ...input, until: new Date(at.getTime() + random.int(1, 240) * HOUR).toISOString() }, at, nodeHasher)
    : withReminderDismissed(refund, input, at, nodeHasher);
  const mark = withMark.events.at(-1);
  if (mark === undefined) return refund;
  const place = random.chance(0.5) ? refund.events.length : random.int(1, refund.events.length);
  return { ...refund, events: [...refund.events.slice(0, place), mark, ...refund.events.slice(place)] };
}

function shop() {
  const random = new Random(20261120);
  const demo = buildDemoShop({ seed: 7, now: NOW, hasher: nodeHasher, refundCount: 1_500, spanDays: 40 });
  const payments = new Map(demo.payments.map((payment) => [payment.id, payment]));
  const unmarked: RefundRecord[] = [];
  const records: RefundRecord[] = [];
  // A third of the open refunds get a snooze or dismissal; `unmarked` keeps them without, to see what the marks hide.
  const add = (record: RefundRecord) => {
    unmarked.push(record);
    records.push(REMINDING_STATUSES.has(record.refund.status) && random.chance(0.35) ? { ...record, refund: marked(record.refund, random) } : record);
  };
  for (const refund of demo.refunds) {
    const payment = payments.get(refund.paymentId);
    if (payment === undefined) continue;
    add({ refund, payment });
    // Voids still to do (the demo's few are done within minutes), of card sales over the last day and a half: to do
    // before the batch settles or missed, and some with a second refund on the sale, after which only 退货 is left.
    if (channelKind(payment.channel) === 'card' && random.chance(0.4)) {
      const sale = { ...payment, id: `${payment.id}-v`, paidAt: formatLocalMinute(new Date(NOW.getTime() - random.int(0, 36 * 60) * 60_000)) };
      add({ refund: { ...refund, id: `${refund.id}-v`, number: `${refund.number}V`, type: 'void', paymentId: sale.id, status: random.pick(PENDING) }, payment: sale });
      if (random.chance(0.5)) add({ refund: { ...refund, id: `${refund.id}-w`, number: `${refund.number}W`, paymentId: sale.id, status: 'done' }, payment: sale });
    }
  }
  const settlements = buildDemoSettlements({ seed: 7, now: NOW, hasher: nodeHasher, expectedBy: (date, cycle) => expectedSettlementDate(date, cycle, calendar).date });
  const cases = [
    opened('retrieval', [link('payment', 'p-1')], { deadline: '2026-11-25', ticketNo: 'DD-889' }, 'AJ-202611-0001'),
    { ...opened('chargeback', [link('payment', 'p-2')], { requestId: 'r2', deadline: '2026-11-21' }, 'AJ-202611-0002'), id: 'case-cb' },
    { ...opened('complaint', [link('payment', 'p-2')], { requestId: 'r3', deadline: '2026-11-27' }, 'AJ-202611-0003'), id: 'case-cp' },
  ].map((kase) => ({ case: kase, missing: missingItems(evaluateChecklist(kase, resolveLinks(kase.links, lookup))) }));
  return { records, unmarked, settlements: { days: settlements.days, accounts: settlements.accounts, calendar }, cases };
}

const SHOP = shop();

/** Every refund and no count given (counted from the records), or only the open ones with the ledger's count. */
function inputsAt(now: Date, records = SHOP.records): ReminderInput[] {
  const common = { now, arrivalOf: fixedWindowArrival, hotlines: DEFAULT_HOTLINES, counter: COUNTER, settlements: SHOP.settlements, cases: SHOP.cases };
  const holding = new Map<string, number>();
  for (const { refund } of records) if (holdsMoney(refund.status)) holding.set(refund.paymentId, (holding.get(refund.paymentId) ?? 0) + 1);
  return [
    { ...common, records },
    { ...common, records: records.filter(({ refund }) => REMINDING_STATUSES.has(refund.status)), holdingOf: (id) => holding.get(id) ?? 0 },
  ];
}

/** What 'reminder.list' answered before: the whole list, cut per severity in order, with the totals. */
function cut(items: readonly Reminder[], limits: ReminderLimits | undefined) {
  const totals: Record<ReminderSeverity, number> = { overdue: 0, due_today: 0, coming_up: 0 };
  const kept: Reminder[] = [];
  for (const item of items) {
    totals[item.severity] += 1;
    if (totals[item.severity] <= (limits?.[item.severity] ?? Infinity)) kept.push(item);
  }
  return { items: kept, totals };
}

describe('the two-pass reminder list', () => {
  it('covers every status, every kind and severity, snoozes and dismissals, settlements and cases', () => {
    const statuses = new Set<string>(SHOP.records.map(({ refund }) => refund.status));
    expect([...REMINDING_STATUSES, 'arrived', 'closed', 'refused'].filter((status) => !statuses.has(status))).toEqual([]);
    const all = TIMES.flatMap((now) => computeRemindersOnePass(inputsAt(now)[0] as ReminderInput));
    expect(REFUND_REMINDER_KINDS.filter((kind) => !all.some((item) => item.kind === kind))).toEqual([]);
    expect(REMINDER_SEVERITIES.filter((severity) => !all.some((item) => item.severity === severity))).toEqual([]);
    expect(new Set(all.map((item) => item.subject))).toEqual(new Set(['refund', 'settlement', 'case']));
    // Both void reminders (to do, missed) at some time, and voids with a second refund that raise none.
    const reasons = new Set(all.map((item) => item.reason.key));
    expect(['reason.voidCutoff', 'reason.voidMissed'].filter((key) => !reasons.has(key))).toEqual([]);
    const refundedAgain = new Set(SHOP.records.filter(({ refund }) => refund.id.endsWith('-w')).map(({ refund }) => refund.id.replace(/-w$/, '-v')));
    expect(refundedAgain.size).toBeGreaterThan(3);
    expect(all.filter((item) => item.subject === 'refund' && item.kind === 'void_cutoff' && refundedAgain.has(item.refundId))).toEqual([]);
    // The marks hide some reminders at some times and not at others.
    const hidden = TIMES.map((now) => computeRemindersOnePass(inputsAt(now, SHOP.unmarked)[0] as ReminderInput).length - computeRemindersOnePass(inputsAt(now)[0] as ReminderInput).length);
    expect(Math.max(...hidden)).toBeGreaterThan(0);
    expect(new Set(hidden).size).toBeGreaterThan(1);
  });

  it('gives exactly the one-pass answer: same reminders, order, fields and totals, for any limits', () => {
    let compared = 0;
    for (const now of TIMES) {
      for (const input of inputsAt(now)) {
        const oracle = computeRemindersOnePass(input);
        expect(oracle.length).toBeGreaterThan(50);
        const all = computeReminders(input);
        expect(all).toStrictEqual(oracle);
        // The order is the one compareReminders states on whole reminders.
        expect([...all].reverse().sort(compareReminders)).toStrictEqual(all);
        for (const limits of LIMITS) {
          const page = computeReminderPage(input, limits);
          const expected = cut(oracle, limits);
          expect(page).toStrictEqual(expected);
          // Key order too: what crosses IPC is the same text.
          expect(JSON.stringify(page)).toBe(JSON.stringify(expected));
          compared += 1;
        }
      }
    }
    expect(compared).toBe(TIMES.length * 2 * LIMITS.length);
  });

  it('asks the same again for the same records (facts kept per record object) and for new objects', () => {
    const input = inputsAt(TIMES[1] as Date)[1] as ReminderInput;
    const first = computeReminderPage(input, { overdue: 5 });
    expect(computeReminderPage(input, { overdue: 5 })).toStrictEqual(first);
    const copies = input.records.map(({ refund, payment }) => ({ refund: { ...refund }, payment: { ...payment } }));
    expect(computeReminderPage({ ...input, records: copies }, { overdue: 5 })).toStrictEqual(first);
  });

  it('reads a snooze or dismissal from the marks since the last status change as from the whole history', () => {
    const fromMarks: boolean[] = [];
    const fromHistory: boolean[] = [];
    for (const { refund } of SHOP.records) {
      const marks = putAsideMarksOf(refund);
      for (const kind of REFUND_REMINDER_KINDS) {
        for (const now of TIMES) {
          fromMarks.push(isPutAsideByMarks(marks, kind, now));
          fromHistory.push(isPutAside(refund, kind, now));
        }
      }
    }
    expect(fromMarks).toEqual(fromHistory);
    expect(fromHistory.filter(Boolean).length).toBeGreaterThan(100);
  });
});
