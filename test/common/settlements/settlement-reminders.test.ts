import { describe, expect, it } from 'vitest';
import { computeReminders } from '../../../electron/common/reminders/compute-reminders';
import type { Reminder } from '../../../electron/common/reminders/reminder';
import { DEFAULT_HOTLINES } from '../../../electron/common/reminders/hotlines';
import { withSettlementSnoozed } from '../../../electron/common/settlements/settlement-records';
import type { SettlementDay } from '../../../electron/common/settlements/settlement';
import { nodeHasher } from '../../support/node-hasher';
import { fixedWindowArrival } from '../reminders/fixed-window-arrival';
import { COUNTER, reminderShop } from '../reminders/reminder-fixture';
import { calendar, dayOf, local, POS, received, takings, WECHAT } from './settlement-fixture';

/**
 * The refunds of reminder-fixture.ts plus a week of settlements:
 * - POS 18 Nov (Wed): ¥1,000.00, net ¥994.00, arrived ¥989.00 on the 19th: short.
 * - POS 19 Nov (Thu): ¥12,345.67, net ¥12,271.60, expected Friday the 20th, never arrives.
 * - WeChat 17 Nov (Tue): arrived in full on the 18th: nothing to do.
 * - WeChat 20 Nov (Fri): ¥200.00, net ¥199.24, expected Monday the 23rd, never arrives.
 */
function settlementDays(): SettlementDay[] {
  return [
    received(dayOf(POS, '2026-11-18', { batchNo: '000122', takings: takings(100_000, 10) }), 98_900, '2026-11-19'),
    dayOf(POS, '2026-11-19', { batchNo: '000123' }),
    received(dayOf(WECHAT, '2026-11-17', { batchNo: undefined, takings: takings(50_000, 20, 10_000, 1) }), 39_848, '2026-11-18'),
    dayOf(WECHAT, '2026-11-20', { batchNo: undefined, takings: takings(20_000, 5) }),
  ];
}

async function fixture(days = settlementDays()) {
  const { ledger } = await reminderShop();
  const at = (time: string) =>
    computeReminders({
      records: ledger.records(),
      now: local(time),
      arrivalOf: fixedWindowArrival,
      hotlines: DEFAULT_HOTLINES,
      counter: COUNTER,
      settlements: { days, accounts: [POS, WECHAT], calendar },
    });
  return { at, days };
}

const label = (reminder: Reminder) =>
  reminder.subject === 'refund' ? reminder.refundNumber : reminder.subject === 'settlement' ? `${reminder.accountName} ${reminder.businessDate}` : reminder.caseNumber;
const summary = (reminders: readonly Reminder[]) => reminders.map((reminder) => `${reminder.severity} ${reminder.kind} ${label(reminder)}`);
const settlementOnly = (reminders: readonly Reminder[]) => reminders.filter((reminder) => reminder.subject === 'settlement');

describe('settlement reminders among the refunds', () => {
  it('on the evening of the 20th (the POS money’s expected day, WeChat’s business day): only the shortfall', async () => {
    const { at } = await fixture();
    expect(summary(at('2026-11-20T21:00'))).toEqual([
      'overdue refund_overdue TK-202611-0001',
      'overdue refund_stuck TK-202611-0002',
      'due_today void_cutoff TK-202611-0006',
      'due_today refund_due_today TK-202611-0003',
      'due_today settlement_short 收银台 POS 2026-11-18',
      'due_today approval_waiting TK-202611-0005',
      'due_today approval_waiting TK-202611-0006',
    ]);
  });

  it('the day after (Saturday): the POS money is late, after the refunds customers wait for', async () => {
    const { at } = await fixture();
    expect(summary(at('2026-11-21T10:00'))).toEqual([
      'overdue void_cutoff TK-202611-0006',
      'overdue refund_overdue TK-202611-0001',
      'overdue refund_overdue TK-202611-0003',
      'overdue settlement_late 收银台 POS 2026-11-19',
      'overdue refund_stuck TK-202611-0002',
      'due_today settlement_short 收银台 POS 2026-11-18',
      'due_today approval_waiting TK-202611-0005',
      'due_today approval_waiting TK-202611-0006',
    ]);
    // Friday, the expected day, passed without the money: one working day late, even on a Saturday.
    const late = settlementOnly(at('2026-11-21T10:00')).find((reminder) => reminder.kind === 'settlement_late');
    expect(late?.reason).toEqual({
      key: 'reason.settlementLate',
      params: { account: '收银台 POS', date: '2026-11-19', expectedBy: '2026-11-20', expected: '12,271.60', days: 1 },
    });
  });

  it('Monday the 23rd: WeChat’s money is due, not late; Tuesday it is late too, oldest first', async () => {
    const { at } = await fixture();
    expect(summary(settlementOnly(at('2026-11-23T10:00')))).toEqual(['overdue settlement_late 收银台 POS 2026-11-19', 'due_today settlement_short 收银台 POS 2026-11-18']);
    expect(settlementOnly(at('2026-11-23T10:00'))[0]?.reason.params?.['days']).toBe(1);
    expect(summary(settlementOnly(at('2026-11-24T10:00')))).toEqual([
      'overdue settlement_late 收银台 POS 2026-11-19',
      'overdue settlement_late 微信收款码 2026-11-20',
      'due_today settlement_short 收银台 POS 2026-11-18',
    ]);
    expect(at('2026-11-24T10:00').map((reminder) => reminder.key).filter((key) => key.startsWith('settlement'))).toEqual([
      'settlement_late:day-acc-pos-2026-11-19',
      'settlement_late:day-acc-wx-2026-11-20',
      'settlement_short:day-acc-pos-2026-11-18',
    ]);
  });

  it('a late POS settlement says what to check, whom to call, and which numbers to have at hand', async () => {
    const { at } = await fixture();
    const late = settlementOnly(at('2026-11-24T10:00'));
    const pos = late[0];
    expect(pos).toMatchObject({ subject: 'settlement', settlementId: 'day-acc-pos-2026-11-19', accountName: '收银台 POS', source: 'pos', expectedNet: 1_227_160, dueAt: '2026-11-20' });
    expect(pos?.nextSteps).toEqual([
      { key: 'steps.checkStatement' },
      { key: 'steps.checkSettlementQuery' },
      { key: 'steps.checkHoldCauses' },
      { key: 'steps.callAcquirerSettlement' },
      { key: 'steps.callPlatform', params: { hotline: 'unionpay', number: '95516' } },
      { key: 'steps.escalate', params: { hotline: 'pboc', number: '12363' } },
    ]);
    expect(pos?.identifiers).toEqual([
      { field: 'acquirer', value: '银联商务' },
      { field: 'merchantNo', value: '898310012345678' },
      { field: 'terminalNo', value: '01234567' },
      { field: 'batchNo', value: '000123' },
      { field: 'businessDate', value: '2026-11-19' },
    ]);
    expect(pos?.hotlines.map((entry) => entry.number)).toEqual(['95516', '12363']);
    expect(pos?.reason.params?.['days']).toBe(2);

    const wechat = late[1];
    expect(wechat?.nextSteps.slice(3)).toEqual([
      { key: 'steps.callAcquirerSettlement' },
      { key: 'steps.callPlatform', params: { hotline: 'wechat_pay', number: '95017' } },
      { key: 'steps.escalate', params: { hotline: 'pboc', number: '12363' } },
    ]);
    expect(wechat?.identifiers).toEqual([
      { field: 'acquirer', value: '微信支付' },
      { field: 'merchantNo', value: '1600000001' },
      { field: 'businessDate', value: '2026-11-20' },
    ]);
  });

  it('a short settlement says how much arrived and how much is missing', async () => {
    const { at } = await fixture();
    const short = settlementOnly(at('2026-11-20T21:00'))[0];
    expect(short).toMatchObject({ kind: 'settlement_short', severity: 'due_today', dueAt: '2026-11-19', received: 98_900, expectedNet: 99_400 });
    expect(short?.reason).toEqual({
      key: 'reason.settlementShort',
      params: { account: '收银台 POS', date: '2026-11-18', expectedBy: '2026-11-19', expected: '994.00', received: '989.00', short: '5.00', receivedOn: '2026-11-19' },
    });
    expect(short?.nextSteps.map((step) => step.key)).toEqual([
      'steps.checkStatement',
      'steps.compareFee',
      'steps.checkDeductions',
      'steps.callAcquirerSettlement',
      'steps.callPlatform',
      'steps.escalate',
    ]);
  });

  it('a snoozed settlement reminder is hidden until its time and back at it', async () => {
    const days = settlementDays();
    const pos19 = days[1]!;
    days[1] = withSettlementSnoozed(
      pos19,
      { settlementId: pos19.id, kind: 'settlement_late', until: local('2026-11-23T09:00').toISOString(), reason: '银行说周一到账', actor: '店长' },
      local('2026-11-21T10:00'),
      nodeHasher,
    );
    const { at } = await fixture(days);
    const keys = (time: string) => settlementOnly(at(time)).map((reminder) => reminder.key);
    expect(keys('2026-11-21T10:01')).toEqual(['settlement_short:day-acc-pos-2026-11-18']);
    expect(keys('2026-11-23T08:59')).toEqual(['settlement_short:day-acc-pos-2026-11-18']);
    expect(keys('2026-11-23T09:00')).toEqual(['settlement_late:day-acc-pos-2026-11-19', 'settlement_short:day-acc-pos-2026-11-18']);
  });

  it('money that arrives ends the late reminder', async () => {
    const days = settlementDays();
    days[1] = received(days[1]!, 1_227_160, '2026-11-23');
    const { at } = await fixture(days);
    expect(summary(settlementOnly(at('2026-11-23T10:00')))).toEqual(['due_today settlement_short 收银台 POS 2026-11-18']);
  });
});

describe('across a holiday week', () => {
  // Sales on the eve of National Day 2026, T+1: the banks pay on Thursday 8 October.
  const days = [dayOf(POS, '2026-09-30', { batchNo: '000200' }), dayOf(WECHAT, '2026-09-30', { batchNo: undefined, takings: takings(20_000, 5) })];
  const at = (time: string) =>
    computeReminders({ records: [], now: local(time), arrivalOf: () => undefined, hotlines: DEFAULT_HOTLINES, settlements: { days, accounts: [POS, WECHAT], calendar } });

  it('raises nothing during the holiday, nor on the expected day', () => {
    expect(summary(at('2026-10-01T10:00'))).toEqual([]);
    expect(summary(at('2026-10-07T20:00'))).toEqual([]);
    expect(summary(at('2026-10-08T20:00'))).toEqual([]);
  });

  it('says late the next day, counting one working day, and keeps counting on the make-up Saturday', () => {
    // Same day, same due date: ordered by the account's name (code units: 微 U+5FAE before 收 U+6536).
    expect(summary(at('2026-10-09T09:00'))).toEqual(['overdue settlement_late 微信收款码 2026-09-30', 'overdue settlement_late 收银台 POS 2026-09-30']);
    expect(at('2026-10-09T09:00').map((reminder) => [reminder.dueAt, reminder.reason.params?.['days']])).toEqual([
      ['2026-10-08', 1],
      ['2026-10-08', 1],
    ]);
    expect(at('2026-10-10T09:00').map((reminder) => reminder.reason.params?.['days'])).toEqual([2, 2]);
  });

  it('without settlements the reminders are the refunds’ alone', () => {
    expect(computeReminders({ records: [], now: local('2026-10-09T09:00'), arrivalOf: () => undefined, hotlines: DEFAULT_HOTLINES })).toEqual([]);
  });
});

