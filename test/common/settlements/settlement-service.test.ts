import { describe, expect, it, vi } from 'vitest';
import { DomainError } from '../../../electron/common/domain/errors';
import { fen } from '../../../electron/common/domain/money';
import { computeReminders } from '../../../electron/common/reminders/compute-reminders';
import { DEFAULT_HOTLINES } from '../../../electron/common/reminders/hotlines';
import { verifySettlementChain } from '../../../electron/common/settlements/settlement-chain';
import { createSettlementService } from '../../../electron/common/settlements/settlement-service';
import { FixedClock } from '../../support/fixed-clock';
import { MemorySettlementStore } from '../../support/memory-settlement-store';
import { nodeHasher } from '../../support/node-hasher';
import { SequentialIds } from '../../support/sequential-ids';
import { calendar, local, POS, recordInput, takings, WECHAT } from './settlement-fixture';

function shop(start = '2026-11-19T21:00') {
  const store = new MemorySettlementStore({ accounts: [POS, WECHAT] });
  const clock = new FixedClock(local(start));
  const requireSession = vi.fn<(actor: string) => void>();
  const requireOwner = vi.fn<() => void>();
  const service = createSettlementService({ store, clock, hasher: nodeHasher, ids: new SequentialIds('day'), calendar: () => calendar, requireSession, requireOwner });
  const h = service.handlers;
  return { store, clock, requireSession, requireOwner, service, h };
}

describe('settlement.record and settlement.get', () => {
  it('records a day and answers with its view', async () => {
    const { store, h, requireSession } = shop();
    const view = await h['settlement.record'](recordInput());
    expect(requireSession).toHaveBeenCalledWith('店长');
    expect(view).toMatchObject({ accountName: '收银台 POS', source: 'pos', expectedBy: '2026-11-20', beyondCoverage: false, state: 'waiting' });
    expect(view.day).toMatchObject({ id: 'day-0001', requestId: 'req-1', businessDate: '2026-11-19', expectedFee: 7407, expectedNet: 1_227_160, createdAt: local('2026-11-19T21:00').toISOString() });
    expect(store.days()).toEqual([view.day]);
    expect(await h['settlement.get']({ id: 'day-0001' })).toEqual(view);
  });

  it('refuses the same account and day twice, naming both', async () => {
    const { store, h } = shop();
    await h['settlement.record'](recordInput());
    await expect(h['settlement.record'](recordInput({ requestId: 'req-2', takings: takings(1_000, 1) }))).rejects.toMatchObject({
      code: 'settlement_exists',
      field: 'businessDate',
      params: { date: '2026-11-19', account: '收银台 POS' },
    });
    expect(store.days()).toHaveLength(1);
    // Another account on the same day is a different settlement.
    await h['settlement.record'](recordInput({ requestId: 'req-3', accountId: WECHAT.id, batchNo: undefined }));
    expect(store.days().map((day) => [day.accountId, day.businessDate])).toEqual([
      ['acc-pos', '2026-11-19'],
      ['acc-wx', '2026-11-19'],
    ]);
  });

  it('returns the first day for a repeated request id without recording a second one', async () => {
    const { store, h, clock } = shop();
    const [first, second] = await Promise.all([h['settlement.record'](recordInput()), h['settlement.record'](recordInput())]);
    clock.advance(60_000);
    const third = await h['settlement.record'](recordInput({ takings: takings(999, 1) }));
    expect(second).toEqual(first);
    expect(third.day).toEqual(first.day);
    expect(store.saves).toHaveLength(1);
    expect(store.days()).toHaveLength(1);
  });

  it('refuses an unknown account, and a day in the future of the clock', async () => {
    const { store, h } = shop();
    await expect(h['settlement.record'](recordInput({ accountId: 'acc-none' }))).rejects.toMatchObject({ code: 'not_found', field: 'accountId' });
    await expect(h['settlement.record'](recordInput({ businessDate: '2026-11-20' }))).rejects.toMatchObject({ code: 'date_in_future', field: 'businessDate' });
    // `settlement.get` throws synchronously for an unknown id (the dispatcher awaits inside its try, so both work).
    await expect(Promise.resolve().then(() => h['settlement.get']({ id: 'day-none' }))).rejects.toMatchObject({ code: 'not_found' });
    expect(store.saves).toHaveLength(0);
  });

  it('records nothing when the session check refuses the actor', async () => {
    const { store, h, requireSession } = shop();
    requireSession.mockImplementation(() => {
      throw new DomainError('not_signed_in', 'Nobody is signed in.');
    });
    await expect(h['settlement.record'](recordInput())).rejects.toMatchObject({ code: 'not_signed_in' });
    expect(store.days()).toEqual([]);
  });
});

describe('a failed save changes nothing', () => {
  it('when recording', async () => {
    const { store, h } = shop();
    store.failNextSave();
    await expect(h['settlement.record'](recordInput())).rejects.toMatchObject({ code: 'disk_full' });
    expect(store.days()).toEqual([]);
    // The retry with the same request id records it (the failed attempt left no trace to return).
    const view = await h['settlement.record'](recordInput());
    expect(view.state).toBe('waiting');
    expect(store.days()).toHaveLength(1);
  });

  it('when marking received: the stored day and the next view are as before', async () => {
    const { store, h, clock } = shop();
    const recorded = await h['settlement.record'](recordInput());
    clock.set(local('2026-11-23T10:00'));
    const before = await h['settlement.get']({ id: recorded.day.id });
    expect(before).toMatchObject({ state: 'late', lateWorkingDays: 1 });
    store.failNextSave();
    await expect(h['settlement.markReceived']({ id: recorded.day.id, amount: fen(1_227_160), date: '2026-11-23', actor: '店长' })).rejects.toMatchObject({ code: 'disk_full' });
    expect(store.days()).toEqual([recorded.day]);
    expect(await h['settlement.get']({ id: recorded.day.id })).toEqual(before);
    // The queue is not stuck: the next change goes through.
    const after = await h['settlement.markReceived']({ id: recorded.day.id, amount: fen(1_227_160), date: '2026-11-23', actor: '店长' });
    expect(after).toMatchObject({ state: 'received', difference: 0 });
  });
});

describe('settlement.markReceived and settlement.correct', () => {
  it('marks the money received in full or short, on the hash chain', async () => {
    const { h, clock, requireSession } = shop();
    const pos = await h['settlement.record'](recordInput());
    const wx = await h['settlement.record'](recordInput({ requestId: 'req-wx', accountId: WECHAT.id, batchNo: undefined, takings: takings(100_000, 10) }));
    clock.set(local('2026-11-20T18:00'));
    const full = await h['settlement.markReceived']({ id: pos.day.id, amount: fen(1_227_100), date: '2026-11-20', actor: '店员小王' });
    expect(requireSession).toHaveBeenLastCalledWith('店员小王');
    expect(full).toMatchObject({ state: 'received', difference: -60 });
    expect(full.day.received).toEqual({ amount: 1_227_100, date: '2026-11-20' });
    expect(verifySettlementChain(full.day.events, nodeHasher)).toBe(true);
    // 100,000 × 0.38% = 380; net 99,620; 500 short is beyond the ¥1.00 tolerance.
    const short = await h['settlement.markReceived']({ id: wx.day.id, amount: fen(99_120), date: '2026-11-20', actor: '店长' });
    expect(short).toMatchObject({ state: 'short', difference: -500 });
  });

  it('corrects the takings with the recorded rate', async () => {
    const { h, store, requireSession } = shop();
    const pos = await h['settlement.record'](recordInput());
    await h['settlement.saveAccounts']({ accounts: [{ ...POS, feeRateBp: 38 }, WECHAT] });
    const corrected = await h['settlement.correct']({ id: pos.day.id, takings: takings(1_000_000, 40), reason: '少录了', actor: '店长' });
    expect(requireSession).toHaveBeenLastCalledWith('店长');
    expect(corrected.day).toMatchObject({ feeRateBp: 60, expectedFee: 6_000, expectedNet: 994_000 });
    expect(store.days()[0]?.events.map((event) => event.kind)).toEqual(['recorded', 'corrected']);
    await expect(h['settlement.correct']({ id: 'day-none', takings: takings(1, 1), reason: 'x', actor: '店长' })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('settlement.month', () => {
  async function november() {
    const s = shop('2026-11-23T10:00');
    const { h } = s;
    const record = (accountId: string, businessDate: string, t: ReturnType<typeof takings>) =>
      h['settlement.record']({ requestId: `req-${accountId}-${businessDate}`, accountId, businessDate, takings: t, actor: '店长' });
    const wx17 = await record(WECHAT.id, '2026-11-17', takings(50_000, 20, 10_000, 1)); // fee 190 − 38 = 152, net 39,848
    const pos18 = await record(POS.id, '2026-11-18', takings(100_000, 10)); // fee 600, net 99,400
    await record(POS.id, '2026-11-19', takings(1_234_567, 50)); // fee 7,407, net 1,227,160: late on the 23rd
    await record(WECHAT.id, '2026-11-20', takings(20_000, 5)); // fee 76, net 19,924: due on Monday the 23rd
    await record(POS.id, '2026-10-30', takings(5_000, 1)); // another month
    await h['settlement.markReceived']({ id: wx17.day.id, amount: fen(39_848), date: '2026-11-18', actor: '店长' });
    await h['settlement.markReceived']({ id: pos18.day.id, amount: fen(98_900), date: '2026-11-19', actor: '店长' }); // 500 short
    return s;
  }

  it('lists the month’s days by business day with totals overall and per account', async () => {
    const { h } = await november();
    const month = await h['settlement.month']({ month: '2026-11' });
    expect(month.month).toBe('2026-11');
    expect(month.today).toBe('2026-11-23');
    expect(month.rows.map((row) => `${row.day.businessDate} ${row.accountName} ${row.state}`)).toEqual([
      '2026-11-17 微信收款码 received',
      '2026-11-18 收银台 POS short',
      '2026-11-19 收银台 POS late',
      '2026-11-20 微信收款码 due_today',
    ]);
    expect(month.totals).toEqual({
      days: 4,
      sales: 1_404_567,
      refunds: 10_000,
      expectedFee: 8_235,
      expectedNet: 1_386_332,
      received: 138_748,
      outstanding: 1_247_084,
      short: 500,
      lateDays: 1,
    });
    expect(month.byAccount).toEqual([
      {
        accountId: 'acc-wx',
        accountName: '微信收款码',
        totals: { days: 2, sales: 70_000, refunds: 10_000, expectedFee: 228, expectedNet: 59_772, received: 39_848, outstanding: 19_924, short: 0, lateDays: 0 },
      },
      {
        accountId: 'acc-pos',
        accountName: '收银台 POS',
        totals: { days: 2, sales: 1_334_567, refunds: 0, expectedFee: 8_007, expectedNet: 1_326_560, received: 98_900, outstanding: 1_227_160, short: 500, lateDays: 1 },
      },
    ]);
  });

  it('filters by account, and an empty month has zero totals', async () => {
    const { h } = await november();
    const pos = await h['settlement.month']({ month: '2026-11', accountId: POS.id });
    expect(pos.rows.map((row) => row.day.businessDate)).toEqual(['2026-11-18', '2026-11-19']);
    expect(pos.byAccount.map((entry) => entry.accountId)).toEqual(['acc-pos']);
    expect(pos.totals.expectedNet).toBe(1_326_560);
    const empty = await h['settlement.month']({ month: '2026-12' });
    expect(empty).toEqual({
      month: '2026-12',
      today: '2026-11-23',
      rows: [],
      totals: { days: 0, sales: 0, refunds: 0, expectedFee: 0, expectedNet: 0, received: 0, outstanding: 0, short: 0, lateDays: 0 },
      byAccount: [],
    });
  });
});

describe('settlement.saveAccounts', () => {
  it('needs an owner: a refusal saves nothing', async () => {
    const { store, h, requireOwner } = shop();
    requireOwner.mockImplementation(() => {
      throw new DomainError('not_owner', 'Only an owner can do this.', { field: 'operatorId' });
    });
    await expect(h['settlement.saveAccounts']({ accounts: [] })).rejects.toMatchObject({ code: 'not_owner' });
    expect(store.accounts()).toEqual([POS, WECHAT]);
    expect(store.saves).toHaveLength(0);
  });

  it('saves the cleaned accounts and answers with what was stored', async () => {
    const { store, h, requireOwner } = shop();
    const saved = await h['settlement.saveAccounts']({
      accounts: [POS, { name: '支付宝', source: 'alipay', cycle: { basis: 'D', days: 0 }, feeRateBp: 60, feeReturnedOnRefund: false, toleranceFen: fen(100) }],
    });
    expect(requireOwner).toHaveBeenCalledTimes(1);
    expect(saved.map((account) => [account.id, account.name, account.archived ?? false])).toEqual([
      ['acc-pos', '收银台 POS', false],
      ['day-0001', '支付宝', false],
      ['acc-wx', '微信收款码', true],
    ]);
    expect(await h['settlement.accounts']({})).toEqual(saved);
    expect(store.accounts()).toEqual(saved);
    // An archived account takes no new days.
    await expect(h['settlement.record'](recordInput({ accountId: WECHAT.id }))).rejects.toMatchObject({ code: 'invalid_argument', field: 'accountId' });
  });

  it('keeps the accounts when the save fails', async () => {
    const { store, h } = shop();
    store.failNextSave();
    await expect(h['settlement.saveAccounts']({ accounts: [POS] })).rejects.toMatchObject({ code: 'disk_full' });
    expect(store.accounts()).toEqual([POS, WECHAT]);
  });
});

describe('snooze and dismiss through the service', () => {
  it('checks the actor, records the mark, and the reminders honour it', async () => {
    const { h, service, clock, requireSession } = shop();
    const pos = await h['settlement.record'](recordInput());
    clock.set(local('2026-11-23T10:00'));
    const reminders = (at: string) =>
      computeReminders({ records: [], now: local(at), arrivalOf: () => undefined, hotlines: DEFAULT_HOTLINES, settlements: service.records() }).map((reminder) => reminder.key);
    expect(reminders('2026-11-23T10:00')).toEqual([`settlement_late:${pos.day.id}`]);
    await service.snooze({ settlementId: pos.day.id, kind: 'settlement_late', until: local('2026-11-24T09:00').toISOString(), reason: '银行说明天到', actor: '店员小王' });
    expect(requireSession).toHaveBeenLastCalledWith('店员小王');
    expect(reminders('2026-11-24T08:59')).toEqual([]);
    expect(reminders('2026-11-24T09:00')).toEqual([`settlement_late:${pos.day.id}`]);
    await service.dismiss({ settlementId: pos.day.id, kind: 'settlement_late', reason: '已核对', actor: '店长' });
    expect(reminders('2026-11-30T09:00')).toEqual([]);
    await service.idle();
    expect(verifySettlementChain((await h['settlement.get']({ id: pos.day.id })).day.events, nodeHasher)).toBe(true);
    await expect(service.snooze({ settlementId: 'day-none', kind: 'settlement_late', until: local('2026-11-24T09:00').toISOString(), reason: 'x', actor: '店长' })).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
