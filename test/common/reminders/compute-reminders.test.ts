import { describe, expect, it } from 'vitest';
import { computeReminders, daysBetween } from '../../../electron/common/reminders/compute-reminders';
import { DEFAULT_HOTLINES } from '../../../electron/common/reminders/hotlines';
import { at, remindersAt, reminderShop } from './reminder-fixture';

const summary = (reminders: ReturnType<typeof remindersAt>) =>
  reminders.map((reminder) => `${reminder.severity} ${reminder.kind} ${reminder.subject === 'refund' ? reminder.refundNumber : reminder.subject === 'settlement' ? reminder.settlementId : reminder.caseNumber} ${reminder.reason.key}`);

describe('computeReminders', () => {
  it('at 10:00 on the 20th: overdue first, then today, then coming up', async () => {
    const { ledger } = await reminderShop();
    expect(summary(remindersAt(ledger, '2026-11-20T10:00'))).toEqual([
      'overdue refund_overdue TK-202611-0001 reason.overdue',
      'overdue refund_stuck TK-202611-0002 reason.stuck.failed',
      'due_today void_cutoff TK-202611-0006 reason.voidCutoff',
      'due_today refund_due_today TK-202611-0003 reason.dueToday',
      'due_today approval_waiting TK-202611-0005 reason.approvalWaiting',
      'due_today approval_waiting TK-202611-0006 reason.approvalWaiting',
    ]);
  });

  it('after the batch settles at 23:00 the void is late, and the due refund becomes overdue the next day', async () => {
    const { ledger } = await reminderShop();
    // Within a severity: the missed void, then late money (oldest first), then the backlog.
    expect(summary(remindersAt(ledger, '2026-11-21T08:00'))).toEqual([
      'overdue void_cutoff TK-202611-0006 reason.voidMissed',
      'overdue refund_overdue TK-202611-0001 reason.overdue',
      'overdue refund_overdue TK-202611-0003 reason.overdue',
      'overdue refund_stuck TK-202611-0002 reason.stuck.failed',
      'due_today approval_waiting TK-202611-0005 reason.approvalWaiting',
      'due_today approval_waiting TK-202611-0006 reason.approvalWaiting',
    ]);
  });

  it('on the 17th nothing is late yet except the failed refund', async () => {
    const { ledger } = await reminderShop();
    const reminders = remindersAt(ledger, '2026-11-17T10:00').filter((reminder) => reminder.kind !== 'approval_waiting' && reminder.kind !== 'void_cutoff');
    expect(summary(reminders)).toEqual(['overdue refund_stuck TK-202611-0002 reason.stuck.failed']);
  });

  it('says what to do next, with the card identifiers and whom to call', async () => {
    const { ledger, ids } = await reminderShop();
    const card = remindersAt(ledger, '2026-11-20T10:00').find((reminder) => reminder.subject === 'refund' && reminder.refundId === ids.card.id);
    expect(card?.reason).toEqual({ key: 'reason.overdue', params: { latest: '2026-11-18', days: 2 } });
    expect(card?.nextSteps.map((step) => step.key)).toEqual([
      'steps.checkCard',
      'steps.haveIdentifiers',
      'steps.callAcquirer',
      'steps.callPlatform',
      'steps.provideRecords',
      'steps.escalate',
    ]);
    expect(card?.identifiers.slice(0, 2)).toEqual([
      { field: 'referenceNo', value: '152000123456' },
      { field: 'paidDate', value: '2026-11-10' },
    ]);
    expect(card?.hotlines.map((entry) => [entry.id, entry.number, entry.source])).toEqual([
      ['unionpay', '95516', 'third_party'],
      ['nfra', '12378', 'third_party'],
    ]);
    const wechat = remindersAt(ledger, '2026-11-21T10:00').find((reminder) => reminder.subject === 'refund' && reminder.refundId === ids.due.id);
    expect(wechat?.identifiers[0]).toEqual({ field: 'transactionNo', value: '4200006666202611156666' });
    expect(wechat?.hotlines.map((entry) => entry.number)).toEqual(['95017', '12363']);
    const cutoff = remindersAt(ledger, '2026-11-20T10:00').find((reminder) => reminder.kind === 'void_cutoff');
    expect(cutoff?.reason.params).toEqual({ closesAt: '2026-11-20T23:00', terminal: 'T1' });
    expect(cutoff?.identifiers[0]).toEqual({ field: 'voucherNo', value: '000777' });
  });

  it('uses the owner’s edited numbers', async () => {
    const { ledger, ids } = await reminderShop();
    const hotlines = DEFAULT_HOTLINES.map((entry) => (entry.id === 'unionpay' ? { ...entry, number: '95516-1' } : entry));
    const reminders = computeReminders({ records: ledger.records(), now: new Date(at('2026-11-20T10:00')), arrivalOf: () => ({ latest: '2026-11-18' }), hotlines });
    expect(reminders.find((reminder) => reminder.subject === 'refund' && reminder.refundId === ids.card.id)?.hotlines[0]?.number).toBe('95516-1');
    // Without counter settings the void's cutoff is unknown: no reminder is invented.
    expect(reminders.some((reminder) => reminder.kind === 'void_cutoff')).toBe(false);
  });

  it('counts calendar days', () => {
    expect(daysBetween('2026-11-18', '2026-11-20')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-11-20', '2026-11-20')).toBe(0);
  });
});
