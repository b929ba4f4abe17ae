import { describe, expect, it } from 'vitest';
import { fen } from '../../../electron/common/domain/money';
import { estimateFee, expectedNetOf, feeOf } from '../../../electron/common/settlements/settlement-math';
import type { DayTakings } from '../../../electron/common/settlements/settlement';

const takings = (salesAmount: number, refundsAmount: number): DayTakings => ({
  salesCount: salesAmount > 0 ? 10 : 0,
  salesAmount: fen(salesAmount),
  refundsCount: refundsAmount > 0 ? 1 : 0,
  refundsAmount: fen(refundsAmount),
});

describe('feeOf: amount × rate, rounded half up to the fen', () => {
  it('0.60% of ¥12,345.67 is ¥74.07 (74.07402 rounds down)', () => {
    expect(feeOf(fen(1_234_567), 60)).toBe(7407);
  });

  it('rounds exactly half a fen up, not to even', () => {
    // ¥7.50 × 0.60% = 4.5 fen: half up gives 5 (banker's rounding would give 4).
    expect(feeOf(fen(750), 60)).toBe(5);
    // ¥2.50 × 0.60% = 1.5 fen → 2.
    expect(feeOf(fen(250), 60)).toBe(2);
    // Just below and just above half a fen.
    expect(feeOf(fen(83), 60)).toBe(0); // 0.498
    expect(feeOf(fen(84), 60)).toBe(1); // 0.504
  });

  it('is zero for a zero rate or a zero amount', () => {
    expect(feeOf(fen(1_234_567), 0)).toBe(0);
    expect(feeOf(fen(0), 60)).toBe(0);
  });

  it('stays exact at the largest amounts and rates', () => {
    expect(feeOf(fen(10_000_000_000), 1000)).toBe(1_000_000_000);
    // 9,999,999,250 × 60 / 10,000 = 59,999,995.5 → half up.
    expect(feeOf(fen(9_999_999_250), 60)).toBe(59_999_996);
    expect(feeOf(fen(9_999_999_999), 999)).toBe(999_000_000); // 998,999,999.9001
    expect(feeOf(fen(9_999_999_999), 38)).toBe(38_000_000); // 37,999,999.9962
  });

  it('agrees with exact integer arithmetic over a spread of amounts and rates', () => {
    const exact = (amount: number, rate: number) => Number((BigInt(amount) * BigInt(rate) * 2n + 10_000n) / 20_000n);
    for (const amount of [1, 49, 50, 99, 101, 12_345, 1_234_567, 99_999_999, 1_000_000_001, 9_876_543_210, 10_000_000_000]) {
      for (const rate of [1, 25, 38, 55, 60, 78, 125, 999, 1000]) {
        expect(feeOf(fen(amount), rate), `${amount} × ${rate}bp`).toBe(exact(amount, rate));
      }
    }
  });
});

describe('estimateFee', () => {
  it('subtracts the fee on refunds only when the acquirer returns it', () => {
    const day = takings(1_234_567, 10_000);
    // 7407 on the sales; 60 on ¥100.00 of refunds.
    expect(estimateFee(day, 60, true)).toBe(7347);
    expect(estimateFee(day, 60, false)).toBe(7407);
  });

  it('rounds the sales fee and the returned fee separately', () => {
    // Sales 250 × 0.60% = 1.5 → 2; refunds 83 × 0.60% = 0.498 → 0; so 2 (the net 167 × 0.60% would round to 1).
    expect(estimateFee(takings(250, 83), 60, true)).toBe(2);
    // Sales 750 → 5; refunds 250 → 2.
    expect(estimateFee(takings(750, 250), 60, true)).toBe(3);
  });

  it('is never negative on a day of more refunds than sales', () => {
    expect(estimateFee(takings(0, 10_000), 60, true)).toBe(0);
    expect(estimateFee(takings(100, 10_000), 60, true)).toBe(0);
    expect(estimateFee(takings(100, 10_000), 60, false)).toBe(1);
  });
});

describe('expectedNetOf', () => {
  it('is sales − refunds − fee', () => {
    const day = takings(1_234_567, 10_000);
    expect(expectedNetOf(day, estimateFee(day, 60, true))).toBe(1_234_567 - 10_000 - 7347);
    expect(expectedNetOf(day, estimateFee(day, 60, false))).toBe(1_217_160);
  });

  it('is negative on a refunds-heavy day', () => {
    const day = takings(5_000, 20_000);
    expect(expectedNetOf(day, estimateFee(day, 60, true))).toBe(-15_000);
    expect(expectedNetOf(day, estimateFee(day, 60, false))).toBe(-15_030);
  });

  it('is exact at the largest amounts', () => {
    const day = takings(10_000_000_000, 1);
    expect(expectedNetOf(day, feeOf(day.salesAmount, 1000))).toBe(8_999_999_999);
  });
});
