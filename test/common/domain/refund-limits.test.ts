import { describe, expect, it } from 'vitest';
import type { CounterSettings } from '../../../electron/common/domain/counter-settings';
import { DomainError } from '../../../electron/common/domain/errors';
import { estimateFee, proportionalFee } from '../../../electron/common/domain/fee-estimate';
import { fen } from '../../../electron/common/domain/money';
import { checkRefundLimits, limitProblemOf, refundWindowOf } from '../../../electron/common/domain/refund-limits';

const none: CounterSettings = { terminals: [], acquirers: [] };
const paidAt = '2025-11-20T10:00';
const paid = new Date(2025, 10, 20, 10, 0);
const DAY = 24 * 60 * 60_000;

function wechat(now: Date, earlierRefunds = 0) {
  return { channel: 'wechat' as const, type: 'qr_refund' as const, paidAt, terminalNo: undefined, settings: none, now, earlierRefunds };
}

describe('platform refund limits', () => {
  it('WeChat Pay: 365 days after payment is allowed, a minute later is refused', () => {
    expect(limitProblemOf(wechat(new Date(paid.getTime() + 365 * DAY)))).toBeUndefined();
    expect(limitProblemOf(wechat(new Date(paid.getTime() + 365 * DAY + 60_000)))).toEqual({
      code: 'refund_window_passed',
      days: 365,
      source: 'wechat_official',
    });
  });

  it('WeChat Pay: the 50th refund of a payment is allowed, the 51st refused with a clear code', () => {
    const now = new Date(paid.getTime() + DAY);
    expect(() => checkRefundLimits(wechat(now, 49))).not.toThrow();
    let error: unknown;
    try {
      checkRefundLimits(wechat(now, 50));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('too_many_partial_refunds');
    expect((error as DomainError).params).toEqual({ max: 50 });
  });

  it('cash handed back for a WeChat payment is not limited by the platform', () => {
    expect(limitProblemOf({ ...wechat(new Date(paid.getTime() + 400 * DAY), 60), type: 'other' })).toBeUndefined();
  });

  it('Alipay and card acquirers: unknown until set, then enforced', () => {
    const alipay = { channel: 'alipay' as const, type: 'qr_refund' as const, paidAt, terminalNo: undefined };
    expect(refundWindowOf({ ...alipay, settings: none })).toEqual({ kind: 'unknown', who: 'alipay' });
    const set: CounterSettings = {
      terminals: [{ terminalNo: 'T1', acquirer: '拉卡拉', cutoff: '23:00' }],
      acquirers: [{ name: '拉卡拉', refundWindowDays: 180 }],
      alipayRefundWindowDays: 90,
    };
    expect(limitProblemOf({ ...alipay, settings: set, now: new Date(paid.getTime() + 91 * DAY), earlierRefunds: 0 })).toMatchObject({ days: 90 });
    const card = { channel: 'unionpay_debit' as const, type: 'card_refund' as const, paidAt, terminalNo: 'T1' };
    expect(refundWindowOf({ ...card, settings: none })).toEqual({ kind: 'unknown', who: 'acquirer' });
    expect(refundWindowOf({ ...card, settings: set })).toEqual({ kind: 'known', days: 180, source: 'acquirer_setting', acquirer: '拉卡拉' });
    expect(limitProblemOf({ ...card, settings: set, now: new Date(paid.getTime() + 179 * DAY), earlierRefunds: 3 })).toBeUndefined();
  });
});

describe('fee estimate', () => {
  const base = { paidAt, terminalNo: undefined, now: new Date(paid.getTime() + DAY), net: fen(10_000) };
  it('WeChat Pay returns refund × rate when the rate is set, and no estimate without it', () => {
    expect(proportionalFee(fen(10_000), 60)).toBe(60);
    expect(proportionalFee(fen(12_345), 60)).toBe(74); // 74.07 fen, rounded
    expect(estimateFee({ ...base, channel: 'wechat', type: 'qr_refund', settings: { ...none, wechatFeeRateBp: 60 } })).toEqual({
      kind: 'returned',
      amount: 60,
      rateBp: 60,
      source: 'wechat_official',
    });
    expect(estimateFee({ ...base, channel: 'wechat', type: 'qr_refund', settings: none }).kind).toBe('rate_unknown');
  });

  it('Alipay keeps the fee except on the same day; a void has none; a card refund follows the acquirer setting', () => {
    expect(estimateFee({ ...base, channel: 'alipay', type: 'qr_refund', settings: none }).kind).toBe('kept');
    expect(estimateFee({ ...base, now: new Date(paid.getTime() + 60_000), channel: 'alipay', type: 'qr_refund', settings: none }).kind).toBe(
      'returned_unknown_amount',
    );
    expect(estimateFee({ ...base, channel: 'unionpay_debit', type: 'void', settings: none }).kind).toBe('no_fee_on_void');
    expect(estimateFee({ ...base, channel: 'unionpay_debit', type: 'card_refund', settings: none }).kind).toBe('unknown');
  });
});
