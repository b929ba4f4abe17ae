/**
 * The demo shop: about six months of a phone-accessory and clothing stall's refunds, deterministic for a
 * seed, so the owner can try every screen before recording a real refund and tests see the same data.
 * Generation is linear in refundCount (one sort aside), so 50,000 refunds for benchmarks are fine.
 */
import { channelKind, defaultRefundTypeOf } from '../domain/channels';
import { formatLocalMinute, localMonthCompact } from '../domain/local-time';
import { fen } from '../domain/money';
import { matchKey } from '../domain/payment-match';
import { formatRefundNumber } from '../domain/refund-number';
import { CHANNELS } from '../domain/types';
import type { Channel, Payment, Refund } from '../domain/types';
import type { Hasher } from '../ports';
import { CHANNEL_WEIGHTS, CUSTOMER_NAMES, MOBILE_PREFIXES, OPERATOR_WEIGHTS, REFUND_REASONS } from './demo-catalog';
import { buildDemoHistory } from './demo-history';
import { approvalReasons, DEFAULT_APPROVAL_POLICY } from '../domain/approval';
import { refundFacts } from '../domain/refund-facts';
import { DemoIdentifiers } from './demo-identifiers';
import { deductionsFor, paymentAmount, splitAmounts } from './demo-money';
import { Random } from './prng';
import type { RefundDraft } from './refund-draft';

export { DEMO_OPERATORS } from './demo-catalog';

export interface DemoShopOptions {
  readonly seed: number;
  readonly now: Date;
  readonly hasher: Hasher;
  /** Default 300. */
  readonly refundCount?: number;
  /** Days of history before `now`. Default 182 (half a year); the benchmark asks for five years. */
  readonly spanDays?: number;
}

export interface DemoShop {
  readonly payments: Payment[];
  readonly refunds: Refund[];
}

const SPAN_DAYS = 182;
const OPEN_AT = 9 * 60 + 30;
const OPEN_MINUTES = 12 * 60;
const MINUTE = 60_000;

export function buildDemoShop(options: DemoShopOptions): DemoShop {
  const random = new Random(options.seed);
  const now = options.now;
  const counts = refundsPerPayment(random, Math.max(0, Math.floor(options.refundCount ?? 300)));
  const identifiers = new DemoIdentifiers(random);
  const spanDays = Math.max(1, Math.floor(options.spanDays ?? SPAN_DAYS));
  const firstDay = new Date(now.getFullYear(), now.getMonth(), now.getDate() - spanDays);
  // Payments spread evenly over the shop's opening hours up to yesterday, in time order.
  const slot = (spanDays * OPEN_MINUTES) / Math.max(1, counts.length);
  const payments: Payment[] = [];
  const drafts: RefundDraft[] = [];

  counts.forEach((count, index) => {
    const minute = Math.floor((index + random.next()) * slot);
    const dayIndex = Math.floor(minute / OPEN_MINUTES);
    const paid = dayTime(firstDay, dayIndex, OPEN_AT + (minute % OPEN_MINUTES));
    // The first payments take every channel in turn, so even a small demo shows each of them.
    const channel: Channel = CHANNELS[index] ?? random.weighted(CHANNEL_WEIGHTS);
    const amount = paymentAmount(random);
    const ids = identifiers.for(channel, paid, dayIndex);
    const paidAt = formatLocalMinute(paid);
    const paymentDrafts = planRefunds(random, { paymentIndex: index, channel, paid, amount, count, now });
    const first = paymentDrafts[0];
    payments.push({
      id: `demo-${options.seed}-p-${index.toString().padStart(6, '0')}`,
      channel,
      paidAt,
      amount: fen(amount),
      ids,
      matchKey: matchKey(channel, paidAt, ids),
      createdAt: new Date(first?.createdAt ?? paid.getTime()).toISOString(),
    });
    drafts.push(...paymentDrafts);
  });

  drafts.sort((a, b) => a.createdAt - b.createdAt || a.paymentIndex - b.paymentIndex || a.order - b.order);
  const sequences = new Map<string, number>();
  const refunds = drafts.map((draft, index): Refund => {
    const createdAt = new Date(draft.createdAt);
    const month = localMonthCompact(createdAt);
    const seq = (sequences.get(month) ?? 0) + 1;
    sequences.set(month, seq);
    const payment = payments[draft.paymentIndex];
    if (payment === undefined) throw new Error(`Demo refund without a payment (${draft.paymentIndex}).`);
    const id = index.toString().padStart(6, '0');
    const facts = {
      number: formatRefundNumber(month, seq),
      paymentId: payment.id,
      type: draft.type,
      amount: fen(draft.amount),
      deductions: draft.deductions,
      net: fen(draft.amount - draft.deductions.reduce((sum, deduction) => sum + deduction.amount, 0)),
      operator: draft.operator,
      createdAt: createdAt.toISOString(),
    };
    const history = buildDemoHistory(
      random,
      {
        createdAt,
        now,
        type: draft.type,
        kind: channelKind(draft.channel),
        operator: draft.operator,
        note: draft.note,
        facts: refundFacts(facts, payment, options.hasher),
        needsApproval: approvalReasons({ type: facts.type, net: facts.net, paidAt: payment.paidAt }, DEFAULT_APPROVAL_POLICY, createdAt).length > 0,
      },
      options.hasher,
    );
    return {
      ...facts,
      id: `demo-${options.seed}-r-${id}`,
      requestId: `demo-${options.seed}-q-${id}`,
      ...(draft.customerName === undefined ? {} : { customerName: draft.customerName }),
      ...(draft.customerPhone === undefined ? {} : { customerPhone: draft.customerPhone }),
      ...(draft.note === undefined ? {} : { note: draft.note }),
      status: history.status,
      ...(history.failureReason === undefined ? {} : { failureReason: history.failureReason }),
      ...(history.reroutedTo === undefined ? {} : { reroutedTo: history.reroutedTo }),
      updatedAt: history.events.at(-1)?.at ?? createdAt.toISOString(),
      events: history.events,
    };
  });
  return { payments, refunds };
}

function dayTime(firstDay: Date, dayIndex: number, minuteOfDay: number): Date {
  return new Date(firstDay.getFullYear(), firstDay.getMonth(), firstDay.getDate() + dayIndex, 0, minuteOfDay);
}

/** Most payments are refunded once; some in two or three parts (a partial refund, then the rest). */
function refundsPerPayment(random: Random, total: number): number[] {
  const counts: number[] = [];
  let left = total;
  while (left > 0) {
    const count = Math.min(left, random.weighted([[1, 82], [2, 13], [3, 5]]));
    counts.push(count);
    left -= count;
  }
  return counts;
}

interface PaymentPlan {
  readonly paymentIndex: number;
  readonly channel: Channel;
  readonly paid: Date;
  readonly amount: number;
  readonly count: number;
  readonly now: Date;
}

function planRefunds(random: Random, plan: PaymentPlan): RefundDraft[] {
  const isVoid = channelKind(plan.channel) === 'card' && plan.count === 1 && random.chance(0.25);
  const amounts = splitAmounts(random, plan.amount, plan.count, isVoid);
  const customerName = random.chance(0.65) ? random.pick(CUSTOMER_NAMES) : undefined;
  const withPhone = random.chance(customerName === undefined ? 0.25 : 0.7);
  const customerPhone = withPhone ? `${random.pick(MOBILE_PREFIXES)}${random.digits(8)}` : undefined;
  const paidMs = plan.paid.getTime();
  let previous = paidMs;
  return amounts.map((amount, order): RefundDraft => {
    let at: number;
    if (isVoid) at = paidMs + random.int(2, 90) * MINUTE;
    else if (order === 0 && random.chance(0.35)) at = paidMs + random.int(10, 240) * MINUTE;
    else {
      const days = order === 0 ? random.weighted([[random.int(1, 3), 60], [random.int(4, 14), 40]]) : random.int(1, 10);
      const base = new Date(previous);
      at = new Date(base.getFullYear(), base.getMonth(), base.getDate() + days, 0, OPEN_AT + random.int(0, OPEN_MINUTES - 1)).getTime();
    }
    // A refund planned after "now" happened somewhere between the previous one and now instead.
    const nowMs = plan.now.getTime();
    if (at > nowMs) at = previous + Math.floor(random.next() * (nowMs - previous));
    at = Math.min(Math.max(at, previous + MINUTE), nowMs);
    previous = at;
    const type = isVoid ? 'void' : defaultRefundTypeOf(plan.channel);
    return {
      paymentIndex: plan.paymentIndex,
      order,
      channel: plan.channel,
      createdAt: at,
      type,
      amount,
      deductions: type === 'void' ? [] : deductionsFor(random, amount, channelKind(plan.channel)),
      customerName,
      customerPhone,
      operator: random.weighted(OPERATOR_WEIGHTS),
      note: random.chance(0.8) ? (isVoid ? '顾客当场取消购买' : random.pick(REFUND_REASONS)) : undefined,
    };
  });
}
