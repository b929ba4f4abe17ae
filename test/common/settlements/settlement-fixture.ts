/**
 * Two settlement accounts of a small shop and helpers to record days on them through the real pure functions,
 * so every event and hash is what the app would write. Local Shanghai time (the unit project's TZ).
 */
import { createWorkingCalendar } from '../../../electron/common/calendar/working-calendar';
import { fen } from '../../../electron/common/domain/money';
import type { RecordTakingsInput } from '../../../electron/common/ipc/contract-settlements';
import type { DayTakings, SettlementAccount, SettlementDay } from '../../../electron/common/settlements/settlement';
import { createSettlementDay, withSettlementReceived } from '../../../electron/common/settlements/settlement-records';
import { OFFICIAL_2025, OFFICIAL_2026 } from '../../fixtures/calendar/official-schedules';
import { nodeHasher } from '../../support/node-hasher';

export const calendar = createWorkingCalendar({ schedules: [OFFICIAL_2025, OFFICIAL_2026] });

/** Local Shanghai time → Date. */
export const local = (text: string) => new Date(`${text}:00+08:00`);

export const POS: SettlementAccount = {
  id: 'acc-pos',
  name: '收银台 POS',
  source: 'pos',
  acquirer: '银联商务',
  merchantNo: '898310012345678',
  terminalNo: '01234567',
  cycle: { basis: 'T', days: 1 },
  feeRateBp: 60,
  feeReturnedOnRefund: false,
  toleranceFen: fen(100),
};

export const WECHAT: SettlementAccount = {
  id: 'acc-wx',
  name: '微信收款码',
  source: 'wechat',
  acquirer: '微信支付',
  merchantNo: '1600000001',
  cycle: { basis: 'T', days: 1 },
  feeRateBp: 38,
  feeReturnedOnRefund: true,
  toleranceFen: fen(100),
};

export const takings = (salesAmount: number, salesCount: number, refundsAmount = 0, refundsCount = 0): DayTakings => ({
  salesCount,
  salesAmount: fen(salesAmount),
  refundsCount,
  refundsAmount: fen(refundsAmount),
});

export function recordInput(overrides: Partial<RecordTakingsInput> = {}): RecordTakingsInput {
  return {
    requestId: 'req-1',
    accountId: POS.id,
    businessDate: '2026-11-19',
    batchNo: '000123',
    takings: takings(1_234_567, 50),
    actor: '店长',
    ...overrides,
  };
}

/** Records a day at 21:00 on its business day. */
export function dayOf(account: SettlementAccount, businessDate: string, input: Partial<RecordTakingsInput> = {}, id = `day-${account.id}-${businessDate}`): SettlementDay {
  return createSettlementDay({
    input: recordInput({ requestId: `req-${id}`, accountId: account.id, businessDate, ...input }),
    account,
    id,
    now: local(`${businessDate}T21:00`),
    today: businessDate,
    hasher: nodeHasher,
  });
}

/** Marks the money received on `date` (at 09:00 that day). */
export function received(day: SettlementDay, amount: number, date: string): SettlementDay {
  return withSettlementReceived(day, { id: day.id, amount: fen(amount), date, actor: '店长' }, local(`${date}T09:00`), date, nodeHasher);
}

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}
