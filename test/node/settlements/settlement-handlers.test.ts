/**
 * The settlement methods through the composition root on a real temp data folder: a fixed clock (main's only
 * source of "now"), an owner signed in, the real FsSettlementStore, the real calendar (chinese-days 2026) and the
 * reminders computed in main. Who may change what is decided here, not trusted from the renderer.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fen } from '../../../electron/common/domain/money';
import type { RecordTakingsInput, SettlementAccountInput } from '../../../electron/common/ipc/contract-settlements';
import type { SettlementReminder } from '../../../electron/common/reminders/reminder';
import { verifySettlementChain } from '../../../electron/common/settlements/settlement-chain';
import { openAppServices } from '../../../electron/node/app-services';
import type { AppServices } from '../../../electron/node/app-services';
import { createScryptPinHasher } from '../../../electron/node/pin-hasher';
import { FixedClock } from '../../support/fixed-clock';
import { nodeHasher } from '../../support/node-hasher';
import { diskState, makeTempDir, removeTempDir } from '../../support/storage-temp-dir';

const OWNER = '店长';
const OWNER_PIN = '2468';
const CLERK = '小王';
const CLERK_PIN = '1357';

const POS: SettlementAccountInput = {
  name: '收银台 POS',
  source: 'pos',
  acquirer: '银联商务',
  merchantNo: '898310012345678',
  terminalNo: '12345678',
  cycle: { basis: 'T', days: 1 },
  feeRateBp: 60,
  feeReturnedOnRefund: false,
  toleranceFen: fen(100),
};

const TAKINGS = { salesCount: 40, salesAmount: fen(1_234_567), refundsCount: 1, refundsAmount: fen(20_000) };
// 0.60% of ¥12,345.67 = 7407.402 fen → 7407 (half up); the refund's fee is not returned (feeReturnedOnRefund false).
const EXPECTED_FEE = fen(7_407);
// 1,234,567 − 20,000 − 7,407.
const EXPECTED_NET = fen(1_207_160);
const SHORT_BY_FIVE_YUAN = fen(EXPECTED_NET - 500);

/**
 * T+1 from Wednesday 2026-09-30 on the banks' calendar (chinese-days 1.5.7, asserted below through the calendar
 * service): 10-01…10-07 are the National Day holiday (国庆节, Mid-Autumn is 09-25 this year), so the first banks'
 * working day after the business day is Thursday 2026-10-08. The 调休 make-up days are Sunday 09-20 and
 * Saturday 10-10; neither lies between 09-30 and 10-08, so the answer is 10-08, not 10-09.
 */
const EXPECTED_BY = '2026-10-08';

const pins = createScryptPinHasher({ log2N: 10, r: 8, p: 1 });
const clock = new FixedClock('2026-09-30T21:00:00+08:00');
let dataDir = '';
let services: AppServices;

function start(): Promise<AppServices> {
  return openAppServices({ dataDir, version: 'test', clock, pins });
}

async function operatorId(name: string): Promise<string> {
  const found = (await services.handlers['operator.list']({})).find((operator) => operator.name === name);
  if (found === undefined) throw new Error(`no operator ${name}`);
  return found.id;
}

async function savePos(): Promise<string> {
  const saved = await services.handlers['settlement.saveAccounts']({ accounts: [POS] });
  const id = saved[0]?.id;
  if (id === undefined) throw new Error('no account saved');
  return id;
}

function recordInput(accountId: string, overrides: Partial<RecordTakingsInput> = {}): RecordTakingsInput {
  return { requestId: 'req-1', accountId, businessDate: '2026-09-30', batchNo: '000123', takings: TAKINGS, actor: OWNER, ...overrides };
}

async function settlementReminders(): Promise<SettlementReminder[]> {
  const list = await services.handlers['reminder.list']({});
  return list.items.filter((item): item is SettlementReminder => item.subject === 'settlement');
}

function steps(...keys: string[]): { key: string; params?: Record<string, string> }[] {
  const callSteps = [
    { key: 'steps.callAcquirerSettlement' },
    { key: 'steps.callPlatform', params: { hotline: 'unionpay', number: '95516' } },
    { key: 'steps.escalate', params: { hotline: 'pboc', number: '12363' } },
  ];
  return [...keys.map((key) => ({ key })), ...callSteps];
}

beforeEach(async () => {
  dataDir = await makeTempDir('refunddesk-settlement-services-');
  clock.set('2026-09-30T21:00:00+08:00');
  services = await start();
  await services.handlers['app.setup']({ shopName: '小店', operatorName: OWNER, language: 'zh-CN', loadDemo: false, ownerPin: OWNER_PIN });
});

afterEach(async () => {
  await services.close();
  await removeTempDir(dataDir);
});

describe('settlement methods through openAppServices', () => {
  it('the calendar behind T+1 is the real 2026 schedule (National Day 10-01…10-07, make-up Saturday 10-10)', () => {
    const banks = { ignoreClosures: true } as const;
    const calendar = services.calendar.calendar();
    expect(calendar.isWorkingDay('2026-09-30', banks)).toEqual({ working: true, reason: 'weekday', beyondCoverage: false });
    for (const date of ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07']) {
      expect(calendar.isWorkingDay(date, banks), date).toMatchObject({ working: false, reason: 'holiday' });
    }
    expect(calendar.isWorkingDay('2026-10-08', banks)).toMatchObject({ working: true, reason: 'weekday' });
    expect(calendar.isWorkingDay('2026-10-10', banks)).toMatchObject({ working: true, reason: 'makeup_workday' });
    expect(calendar.addWorkingDays('2026-09-30', 1, banks)).toEqual({ date: EXPECTED_BY, beyondCoverage: false });
  });

  it('records a day, reminds when late, snoozes, then reminds of a short settlement; all of it survives a restart', async () => {
    const accountId = await savePos();
    expect(await services.handlers['settlement.accounts']({})).toEqual([
      { id: accountId, ...POS, toleranceFen: 100 },
    ]);

    const recorded = await services.handlers['settlement.record'](recordInput(accountId));
    const id = recorded.day.id;
    expect(recorded).toMatchObject({
      accountName: '收银台 POS',
      source: 'pos',
      expectedBy: EXPECTED_BY,
      beyondCoverage: false,
      state: 'waiting',
      day: {
        accountId,
        businessDate: '2026-09-30',
        batchNo: '000123',
        takings: TAKINGS,
        cycle: { basis: 'T', days: 1 },
        feeRateBp: 60,
        toleranceFen: 100,
        expectedFee: EXPECTED_FEE,
        expectedNet: EXPECTED_NET,
        createdAt: '2026-09-30T13:00:00.000Z',
      },
    });
    expect(recorded.day.received).toBeUndefined();
    expect(await settlementReminders()).toEqual([]);

    // On the expected day it is due, not late: no reminder yet.
    clock.set('2026-10-08T18:00:00+08:00');
    expect((await services.handlers['settlement.get']({ id })).state).toBe('due_today');
    expect(await settlementReminders()).toEqual([]);

    // Tuesday 10-13: late by 4 banks' working days (10-09, Saturday 10-10 make-up day, 10-12, 10-13).
    clock.set('2026-10-13T09:00:00+08:00');
    const [late, ...moreLate] = await settlementReminders();
    expect(moreLate).toEqual([]);
    expect(late).toMatchObject({
      subject: 'settlement',
      key: `settlement_late:${id}`,
      kind: 'settlement_late',
      settlementId: id,
      severity: 'overdue',
      dueAt: EXPECTED_BY,
      accountName: '收银台 POS',
      source: 'pos',
      businessDate: '2026-09-30',
      expectedNet: EXPECTED_NET,
      reason: {
        key: 'reason.settlementLate',
        params: { account: '收银台 POS', date: '2026-09-30', expectedBy: EXPECTED_BY, expected: '12,071.60', days: 4 },
      },
    });
    expect(late?.nextSteps).toEqual(steps('steps.checkStatement', 'steps.checkSettlementQuery', 'steps.checkHoldCauses'));
    expect(late?.identifiers).toEqual([
      { field: 'acquirer', value: '银联商务' },
      { field: 'merchantNo', value: '898310012345678' },
      { field: 'terminalNo', value: '12345678' },
      { field: 'batchNo', value: '000123' },
      { field: 'businessDate', value: '2026-09-30' },
    ]);
    expect(late?.hotlines.map((hotline) => hotline.id)).toEqual(['unionpay', 'pboc']);
    expect((await services.handlers['reminder.list']({})).items).toHaveLength(1);

    // Snoozed until tomorrow 09:00: hidden until then, back at that moment.
    const snoozed = await services.handlers['reminder.snooze']({
      settlementId: id,
      kind: 'settlement_late',
      until: '2026-10-14T09:00:00+08:00',
      reason: '银行说明天到账',
      actor: OWNER,
    });
    expect(snoozed.items.filter((item) => item.subject === 'settlement')).toEqual([]);
    const afterSnooze = await services.handlers['settlement.get']({ id });
    expect(afterSnooze.day.events.map((event) => event.kind)).toEqual(['recorded', 'reminder_snoozed']);
    expect(afterSnooze.day.events[1]).toMatchObject({
      actor: OWNER,
      at: '2026-10-13T01:00:00.000Z',
      reminder: { kind: 'settlement_late', until: '2026-10-14T01:00:00.000Z', reason: '银行说明天到账' },
    });
    clock.set('2026-10-14T08:59:59+08:00');
    expect(await settlementReminders()).toEqual([]);
    clock.set('2026-10-14T09:00:00+08:00');
    expect((await settlementReminders()).map((item) => [item.kind, item.reason.params?.['days']])).toEqual([['settlement_late', 5]]);

    // The money arrives ¥5.00 short (tolerance ¥1.00): the late reminder becomes a short one.
    const received = await services.handlers['settlement.markReceived']({ id, amount: SHORT_BY_FIVE_YUAN, date: '2026-10-14', actor: OWNER });
    expect(received).toMatchObject({ state: 'short', difference: -500, day: { received: { amount: SHORT_BY_FIVE_YUAN, date: '2026-10-14' } } });
    const [short, ...moreShort] = await settlementReminders();
    expect(moreShort).toEqual([]);
    expect(short).toMatchObject({
      key: `settlement_short:${id}`,
      kind: 'settlement_short',
      settlementId: id,
      severity: 'due_today',
      dueAt: '2026-10-14',
      received: SHORT_BY_FIVE_YUAN,
      expectedNet: EXPECTED_NET,
      reason: {
        key: 'reason.settlementShort',
        params: {
          account: '收银台 POS',
          date: '2026-09-30',
          expectedBy: EXPECTED_BY,
          expected: '12,071.60',
          received: '12,066.60',
          short: '5.00',
          receivedOn: '2026-10-14',
        },
      },
    });
    expect(short?.nextSteps).toEqual(steps('steps.checkStatement', 'steps.compareFee', 'steps.checkDeductions'));

    // Everything is on disk and comes back after a restart (which starts locked: the owner has a PIN).
    const dayBefore = await services.handlers['settlement.get']({ id });
    const remindersBefore = await services.handlers['reminder.list']({});
    expect(verifySettlementChain(dayBefore.day.events, nodeHasher)).toBe(true);
    expect(await diskState(join(dataDir, 'settlements', '2026.json'))).toEqual({ days: [dayBefore.day] });
    expect(await diskState(join(dataDir, 'settlements', 'accounts.json'))).toEqual({ accounts: await services.handlers['settlement.accounts']({}) });
    await services.close();

    services = await start();
    const info = await services.handlers['app.info']({});
    expect(info.currentOperator).toBeUndefined();
    expect(info.recoveries).toEqual([]);
    await services.handlers['session.unlock']({ operatorId: await operatorId(OWNER), pin: OWNER_PIN });
    expect(await services.handlers['settlement.accounts']({})).toEqual([{ id: accountId, ...POS, toleranceFen: 100 }]);
    expect(await services.handlers['settlement.get']({ id })).toEqual(dayBefore);
    expect(await services.handlers['reminder.list']({})).toEqual(remindersBefore);
    expect((await services.handlers['settlement.month']({ month: '2026-09' })).totals).toMatchObject({
      days: 1,
      sales: 1_234_567,
      refunds: 20_000,
      expectedFee: EXPECTED_FEE,
      expectedNet: EXPECTED_NET,
      received: SHORT_BY_FIVE_YUAN,
      outstanding: 0,
      short: 500,
      lateDays: 0,
    });
  });

  it('a shortfall within the tolerance is not a reminder', async () => {
    const accountId = await savePos();
    const { day } = await services.handlers['settlement.record'](recordInput(accountId));
    clock.set('2026-10-13T09:00:00+08:00');
    const within = fen(EXPECTED_NET - 100);
    const view = await services.handlers['settlement.markReceived']({ id: day.id, amount: within, date: '2026-10-09', actor: OWNER });
    expect(view).toMatchObject({ state: 'received', difference: -100 });
    expect(await settlementReminders()).toEqual([]);
  });

  it('refuses the same account and day twice (settlement_exists) and adds nothing; a repeated submit returns the first', async () => {
    const accountId = await savePos();
    const first = await services.handlers['settlement.record'](recordInput(accountId));
    await expect(
      services.handlers['settlement.record'](recordInput(accountId, { requestId: 'req-2', takings: { ...TAKINGS, salesCount: 41 } })),
    ).rejects.toMatchObject({ code: 'settlement_exists', field: 'businessDate', params: { date: '2026-09-30', account: '收银台 POS' } });

    const again = await services.handlers['settlement.record'](recordInput(accountId, { takings: { ...TAKINGS, salesCount: 99 } }));
    expect(again.day).toEqual(first.day);

    const month = await services.handlers['settlement.month']({ month: '2026-09' });
    expect(month.rows.map((row) => row.day.id)).toEqual([first.day.id]);
    expect(await diskState(join(dataDir, 'settlements', '2026.json'))).toEqual({ days: [first.day] });
  });

  it('a clerk may record takings but not change the accounts (not_owner)', async () => {
    const accountId = await savePos();
    const accountsFile = await readFile(join(dataDir, 'settlements', 'accounts.json'));
    await services.handlers['operator.add']({ name: CLERK, role: 'clerk', pin: CLERK_PIN });
    await services.handlers['session.unlock']({ operatorId: await operatorId(CLERK), pin: CLERK_PIN });

    await expect(
      services.handlers['settlement.saveAccounts']({ accounts: [{ ...POS, id: accountId, feeRateBp: 0 }] }),
    ).rejects.toMatchObject({ code: 'not_owner' });
    await expect(services.handlers['settlement.saveAccounts']({ accounts: [] })).rejects.toMatchObject({ code: 'not_owner' });
    expect(await services.handlers['settlement.accounts']({})).toEqual([{ id: accountId, ...POS, toleranceFen: 100 }]);
    expect(await readFile(join(dataDir, 'settlements', 'accounts.json'))).toEqual(accountsFile);

    const recorded = await services.handlers['settlement.record'](recordInput(accountId, { actor: CLERK }));
    expect(recorded.day.events[0]).toMatchObject({ actor: CLERK, kind: 'recorded' });
  });

  it('refuses every settlement change while locked (not_signed_in), and records nothing', async () => {
    const accountId = await savePos();
    const { day } = await services.handlers['settlement.record'](recordInput(accountId));
    clock.set('2026-10-13T09:00:00+08:00');
    const fileBefore = await readFile(join(dataDir, 'settlements', '2026.json'));
    await services.handlers['session.lock']({});

    await expect(
      services.handlers['settlement.record'](recordInput(accountId, { requestId: 'req-2', businessDate: '2026-10-09' })),
    ).rejects.toMatchObject({ code: 'not_signed_in' });
    await expect(services.handlers['settlement.markReceived']({ id: day.id, amount: EXPECTED_NET, date: '2026-10-09', actor: OWNER })).rejects.toMatchObject({
      code: 'not_signed_in',
    });
    await expect(
      services.handlers['settlement.correct']({ id: day.id, takings: TAKINGS, reason: '更正', actor: OWNER }),
    ).rejects.toMatchObject({ code: 'not_signed_in' });
    await expect(
      services.handlers['reminder.snooze']({ settlementId: day.id, kind: 'settlement_late', until: '2026-10-14T09:00:00+08:00', reason: '等', actor: OWNER }),
    ).rejects.toMatchObject({ code: 'not_signed_in' });
    await expect(
      services.handlers['reminder.dismiss']({ settlementId: day.id, kind: 'settlement_late', reason: '等', actor: OWNER }),
    ).rejects.toMatchObject({ code: 'not_signed_in' });
    // Changing accounts needs an owner's session; with nobody signed in that is refused as not_owner.
    await expect(services.handlers['settlement.saveAccounts']({ accounts: [] })).rejects.toMatchObject({ code: 'not_owner' });

    expect((await services.handlers['settlement.month']({ month: '2026-10' })).rows).toEqual([]);
    expect((await services.handlers['settlement.get']({ id: day.id })).day).toEqual(day);
    expect(await readFile(join(dataDir, 'settlements', '2026.json'))).toEqual(fileBefore);
    // Reading still works while locked: the late reminder is there, not snoozed.
    expect((await settlementReminders()).map((item) => item.kind)).toEqual(['settlement_late']);
  });

  it('a damaged settlements year file found at start is restored from its generation and reported by app.info', async () => {
    const accountId = await savePos();
    const { day } = await services.handlers['settlement.record'](recordInput(accountId));
    clock.set('2026-10-09T10:00:00+08:00');
    await services.handlers['settlement.markReceived']({ id: day.id, amount: EXPECTED_NET, date: '2026-10-09', actor: OWNER });
    await services.close();
    const path = join(dataDir, 'settlements', '2026.json');
    const good = await readFile(path);
    await writeFile(path, good.subarray(0, good.length - 40));

    services = await start();
    const info = await services.handlers['app.info']({});
    expect(info.recoveries).toMatchObject([{ file: 'settlements/2026.json', problem: 'not_json', dataMayBeMissing: false }]);
    await services.handlers['session.unlock']({ operatorId: await operatorId(OWNER), pin: OWNER_PIN });
    // The generation holds the day as recorded, before the money was marked received.
    const restored = await services.handlers['settlement.get']({ id: day.id });
    expect(restored.day).toEqual(day);
    expect(restored).toMatchObject({ state: 'late', lateWorkingDays: 1 });
  });
});
