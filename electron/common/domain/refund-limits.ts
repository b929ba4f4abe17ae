/**
 * How long after a sale, and how many times, a payment can be refunded on its platform (DOMAIN §3.3).
 * WeChat Pay's limits are official (365 days, 50 refunds per payment) and built in. Alipay's window is set by
 * the shop's contract and a card acquirer's by its contract: both are settings with no default, and while
 * unset the app says "unknown — check with your acquirer" instead of refusing or allowing on a guess.
 * The limits apply to refunds made ON the platform (原路退款 / 退货); cash handed back is not limited.
 */
import { channelKind } from './channels';
import type { CounterSettings } from './counter-settings';
import { acquirerOf, terminalOf } from './counter-settings';
import { DomainError } from './errors';
import { parseLocalMinute } from './local-time';
import type { Channel, RefundType } from './types';

export const WECHAT_REFUND_WINDOW_DAYS = 365;
export const WECHAT_MAX_REFUNDS_PER_PAYMENT = 50;
const DAY_MS = 24 * 60 * 60_000;

export type WindowSource = 'wechat_official' | 'alipay_setting' | 'acquirer_setting';

export type RefundWindow =
  | { readonly kind: 'none' }
  | { readonly kind: 'known'; readonly days: number; readonly source: WindowSource; readonly acquirer?: string }
  | { readonly kind: 'unknown'; readonly who: 'alipay' | 'acquirer'; readonly acquirer?: string };

export interface LimitQuestion {
  readonly channel: Channel;
  readonly type: RefundType;
  readonly paidAt: string;
  readonly terminalNo: string | undefined;
  readonly settings: CounterSettings;
}

export function refundWindowOf(question: LimitQuestion): RefundWindow {
  const { channel, type, settings } = question;
  if (channel === 'wechat' && type === 'qr_refund') {
    return { kind: 'known', days: WECHAT_REFUND_WINDOW_DAYS, source: 'wechat_official' };
  }
  if (channel === 'alipay' && type === 'qr_refund') {
    const days = settings.alipayRefundWindowDays;
    return days === undefined ? { kind: 'unknown', who: 'alipay' } : { kind: 'known', days, source: 'alipay_setting' };
  }
  if (channelKind(channel) === 'card' && type === 'card_refund') {
    const terminal = terminalOf(settings, question.terminalNo);
    const rule = acquirerOf(settings, terminal);
    const acquirer = terminal?.acquirer;
    if (rule?.refundWindowDays === undefined) {
      return { kind: 'unknown', who: 'acquirer', ...(acquirer === undefined ? {} : { acquirer }) };
    }
    return { kind: 'known', days: rule.refundWindowDays, source: 'acquirer_setting', acquirer: rule.name };
  }
  return { kind: 'none' };
}

export type LimitProblem =
  | { readonly code: 'refund_window_passed'; readonly days: number; readonly source: WindowSource }
  | { readonly code: 'too_many_partial_refunds'; readonly max: number };

/** `earlierRefunds`: the payment's refunds that have not failed (a failed one is retried under its own number). */
export function limitProblemOf(question: LimitQuestion & { readonly now: Date; readonly earlierRefunds: number }): LimitProblem | undefined {
  const window = refundWindowOf(question);
  const paid = parseLocalMinute(question.paidAt);
  if (window.kind === 'known' && paid !== undefined && question.now.getTime() > paid.getTime() + window.days * DAY_MS) {
    return { code: 'refund_window_passed', days: window.days, source: window.source };
  }
  if (question.channel === 'wechat' && question.type === 'qr_refund' && question.earlierRefunds >= WECHAT_MAX_REFUNDS_PER_PAYMENT) {
    return { code: 'too_many_partial_refunds', max: WECHAT_MAX_REFUNDS_PER_PAYMENT };
  }
  return undefined;
}

export function checkRefundLimits(question: LimitQuestion & { readonly now: Date; readonly earlierRefunds: number }): void {
  const problem = limitProblemOf(question);
  if (problem === undefined) return;
  if (problem.code === 'refund_window_passed') {
    throw new DomainError('refund_window_passed', `Refunds are accepted only ${problem.days} days after the sale.`, {
      field: 'refund.type',
      params: { days: problem.days, source: problem.source },
    });
  }
  throw new DomainError('too_many_partial_refunds', `At most ${problem.max} refunds per payment.`, {
    field: 'refund.amount',
    params: { max: problem.max },
  });
}
