import { describe, expect, it } from 'vitest';
import { cleanSettlementAccounts } from '../../electron/common/settlements/settlement-accounts';
import type { SettlementAccount } from '../../electron/common/settlements/settlement';
import type { Fen } from '../../electron/common/domain/money';
import { formatRatePercent, parseRatePercent } from '../../renderer/features/settlements/fee-rate';
import { isMonth, monthOf, shiftMonth, yesterdayOf } from '../../renderer/features/settlements/settlement-dates';
import { draftOfDay, emptyTakings, expectationOf, parseReceivedAmount, parseTakings } from '../../renderer/features/settlements/takings-draft';
import { accountsOf, newRow, rowOf } from '../../renderer/features/settings/settlement-accounts-draft';

const POS: SettlementAccount = {
  id: 'a1',
  name: '收银台 POS',
  source: 'pos',
  cycle: { basis: 'T', days: 1 },
  feeRateBp: 60,
  feeReturnedOnRefund: false,
  toleranceFen: 100 as Fen,
};

describe('fee rate text', () => {
  it('reads a percentage exactly as basis points', () => {
    expect(parseRatePercent('0.60')).toBe(60);
    expect(parseRatePercent('0.6')).toBe(60);
    expect(parseRatePercent(' 0.38% ')).toBe(38);
    expect(parseRatePercent('０.５８')).toBe(58);
    expect(parseRatePercent('1')).toBe(100);
    expect(parseRatePercent('10')).toBe(1000);
  });

  it('refuses more than two decimals, more than 10% and anything else', () => {
    expect(parseRatePercent('0.605')).toBeUndefined();
    expect(parseRatePercent('10.01')).toBeUndefined();
    expect(parseRatePercent('')).toBeUndefined();
    expect(parseRatePercent('-0.6')).toBeUndefined();
    expect(parseRatePercent('abc')).toBeUndefined();
  });

  it('writes basis points back as the owner typed them', () => {
    expect(formatRatePercent(60)).toBe('0.60');
    expect(formatRatePercent(125)).toBe('1.25');
    expect(formatRatePercent(0)).toBe('0.00');
    for (const bp of [0, 5, 38, 60, 100, 999, 1000]) expect(parseRatePercent(formatRatePercent(bp))).toBe(bp);
  });
});

describe('settlement months and days', () => {
  it('moves across years and starts the form on yesterday', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-11', 0)).toBe('2026-11');
    expect(monthOf('2026-11-20')).toBe('2026-11');
    expect(yesterdayOf('2026-12-01')).toBe('2026-11-30');
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-02')).toBe(true);
  });
});

describe('takings form', () => {
  it('reads the slip: empty refunds are zero, and estimates fee and net at the account rate', () => {
    const parsed = parseTakings({ ...emptyTakings('a1', '2026-11-19'), salesCount: '23', salesAmount: '3,456.00', refundsCount: '1', refundsAmount: '56' });
    expect(parsed).toEqual({ ok: true, value: { takings: { salesCount: 23, salesAmount: 345600, refundsCount: 1, refundsAmount: 5600 } } });
    if (!parsed.ok) return;
    // 0.60% of ¥3,456.00 = ¥20.736 → ¥20.74; no fee back on the refund.
    expect(expectationOf(parsed.value, POS)).toEqual({ fee: 2074, net: 345600 - 5600 - 2074, fromSlip: false });
    expect(expectationOf(parsed.value, { ...POS, feeReturnedOnRefund: true }).fee).toBe(2074 - 34);
  });

  it('uses the fee from the slip when typed', () => {
    const parsed = parseTakings({ ...emptyTakings('a1', '2026-11-19'), salesCount: '2', salesAmount: '100', fee: '0.58' });
    expect(parsed.ok && expectationOf(parsed.value, POS)).toEqual({ fee: 58, net: 9942, fromSlip: true });
  });

  it('names the box that is wrong with the code main would use', () => {
    const base = emptyTakings('a1', '2026-11-19');
    const field = (draft: typeof base) => {
      const parsed = parseTakings(draft);
      return parsed.ok ? undefined : [parsed.error.code, parsed.error.field];
    };
    expect(field(base)).toEqual(['amount_empty', 'takings.salesAmount']);
    expect(field({ ...base, salesAmount: '100' })).toEqual(['required', 'takings.salesCount']);
    expect(field({ ...base, salesCount: '1.5', salesAmount: '100' })).toEqual(['value_out_of_range', 'takings.salesCount']);
    expect(field({ ...base, salesCount: '1', salesAmount: '1.234' })).toEqual(['amount_too_many_decimals', 'takings.salesAmount']);
    expect(field({ ...base, salesCount: '1', salesAmount: '10', refundsAmount: '5' })).toEqual(['required', 'takings.refundsCount']);
    expect(field({ ...base, salesCount: '1', salesAmount: '10', fee: 'x' })).toEqual(['amount_invalid', 'expectedFee']);
  });

  it('takes 0 as a received amount and round-trips a recorded day into the correction form', () => {
    expect(parseReceivedAmount('0')).toEqual({ ok: true, value: 0 });
    expect(parseReceivedAmount('3,413.00')).toEqual({ ok: true, value: 341300 });
    const draft = draftOfDay({ accountId: 'a1', businessDate: '2026-11-19', batchNo: '000123', takings: { salesCount: 3, salesAmount: 10050 as Fen, refundsCount: 0, refundsAmount: 0 as Fen } });
    expect(draft).toMatchObject({ batchNo: '000123', salesCount: '3', salesAmount: '100.50', refundsCount: '', refundsAmount: '' });
    expect(parseTakings(draft)).toEqual({ ok: true, value: { takings: { salesCount: 3, salesAmount: 10050, refundsCount: 0, refundsAmount: 0 } } });
  });
});

describe('settlement accounts form', () => {
  it('starts a new account on T+1 with ¥1.00 tolerance and no invented rate', () => {
    const row = newRow();
    expect(row).toMatchObject({ basis: 'T', days: '1', feeRate: '', tolerance: '1.00' });
    expect(accountsOf([row])).toEqual({ ok: false, field: 'accounts.0.feeRateBp', problem: 'invalidRate' });
  });

  it('turns the boxes into what main accepts, and back', () => {
    const rows = [{ ...newRow(), name: ' 收银台 POS ', acquirer: '银联商务', terminalNo: '12345678', feeRate: '0.60' }, { ...newRow(), name: '微信收款码', source: 'wechat' as const, terminalNo: 'ignored', feeRate: '0.38', tolerance: '0' }];
    const check = accountsOf(rows);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.value[0]).toEqual({ name: '收银台 POS', source: 'pos', acquirer: '银联商务', terminalNo: '12345678', cycle: { basis: 'T', days: 1 }, feeRateBp: 60, feeReturnedOnRefund: false, toleranceFen: 100 });
    expect(check.value[1]).toMatchObject({ source: 'wechat', feeRateBp: 38, toleranceFen: 0 });
    expect(check.value[1]).not.toHaveProperty('terminalNo');
    const saved = cleanSettlementAccounts(check.value, [], { newId: () => 'a1' });
    expect(rowOf(saved[0] as SettlementAccount)).toMatchObject({ name: '收银台 POS', feeRate: '0.60', tolerance: '1.00', days: '1', basis: 'T' });
  });

  it('points at the days, the rate or the tolerance box', () => {
    const ok = { ...newRow(), name: 'POS', feeRate: '0.6' };
    expect(accountsOf([ok, { ...ok, days: '31' }])).toEqual({ ok: false, field: 'accounts.1.cycle.days', problem: 'invalidDays' });
    expect(accountsOf([{ ...ok, feeRate: '0.601' }])).toEqual({ ok: false, field: 'accounts.0.feeRateBp', problem: 'invalidRate' });
    expect(accountsOf([{ ...ok, tolerance: '1000.01' }])).toEqual({ ok: false, field: 'accounts.0.toleranceFen', problem: 'invalidTolerance' });
  });
});
