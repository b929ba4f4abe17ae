/**
 * What the platform is expected to give back of its fee when a refund is made (DOMAIN §3.4), shown in the
 * form as an estimate with its source. Only WeChat Pay publishes a rule with a number (refund × rate, and the
 * rate is the shop's own, a setting); Alipay keeps the fee except on a same-day cancel; a card acquirer's
 * rule is a per-acquirer setting; a void never entered clearing, so no fee was taken.
 */
import { channelKind } from './channels';
import type { CounterSettings } from './counter-settings';
import { acquirerOf, terminalOf } from './counter-settings';
import { formatLocalDate } from './local-time';
import { fen } from './money';
import type { Fen } from './money';
import type { Channel, RefundType } from './types';

export type FeeEstimate =
  | { readonly kind: 'none' }
  /** WeChat Pay: refund × the shop's rate. */
  | { readonly kind: 'returned'; readonly amount: Fen; readonly rateBp: number; readonly source: 'wechat_official' }
  | { readonly kind: 'rate_unknown'; readonly source: 'wechat_official' }
  | { readonly kind: 'kept'; readonly source: 'alipay_official' | 'acquirer_setting'; readonly acquirer?: string }
  | { readonly kind: 'returned_unknown_amount'; readonly source: 'alipay_same_day' | 'acquirer_setting'; readonly acquirer?: string }
  | { readonly kind: 'no_fee_on_void' }
  | { readonly kind: 'unknown'; readonly acquirer?: string };

export interface FeeQuestion {
  readonly channel: Channel;
  readonly type: RefundType;
  /** What goes back through the platform. */
  readonly net: Fen;
  /** `YYYY-MM-DDTHH:mm` local. */
  readonly paidAt: string;
  readonly terminalNo: string | undefined;
  readonly now: Date;
  readonly settings: CounterSettings;
}

/** Fen × basis points / 10 000, rounded half up: the estimate is shown to the fen, never computed in floats of yuan. */
export function proportionalFee(net: Fen, rateBp: number): Fen {
  return fen(Math.floor((net * rateBp + 5_000) / 10_000));
}

export function estimateFee(question: FeeQuestion): FeeEstimate {
  const { channel, type, settings } = question;
  if (type === 'void') return channelKind(channel) === 'card' ? { kind: 'no_fee_on_void' } : { kind: 'none' };
  if (channel === 'wechat' && type === 'qr_refund') {
    const rateBp = settings.wechatFeeRateBp;
    if (rateBp === undefined) return { kind: 'rate_unknown', source: 'wechat_official' };
    return { kind: 'returned', amount: proportionalFee(question.net, rateBp), rateBp, source: 'wechat_official' };
  }
  if (channel === 'alipay' && type === 'qr_refund') {
    const sameDay = question.paidAt.slice(0, 10) === formatLocalDate(question.now);
    return sameDay ? { kind: 'returned_unknown_amount', source: 'alipay_same_day' } : { kind: 'kept', source: 'alipay_official' };
  }
  if (channelKind(channel) === 'card' && type === 'card_refund') {
    const terminal = terminalOf(settings, question.terminalNo);
    const rule = acquirerOf(settings, terminal);
    const acquirer = terminal?.acquirer;
    const named = acquirer === undefined ? {} : { acquirer };
    if (rule?.feeReturnedOnRefund === undefined) return { kind: 'unknown', ...named };
    return rule.feeReturnedOnRefund
      ? { kind: 'returned_unknown_amount', source: 'acquirer_setting', ...named }
      : { kind: 'kept', source: 'acquirer_setting', ...named };
  }
  return { kind: 'none' };
}
