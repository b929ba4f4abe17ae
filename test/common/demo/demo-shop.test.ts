import { describe, expect, it } from 'vitest';
import { buildDemoShop, DEMO_OPERATORS } from '../../../electron/common/demo/demo-shop';
import { containsFullCardNumber } from '../../../electron/common/domain/card-number';
import { channelKind, identifierFieldsOf, refundTypesOf } from '../../../electron/common/domain/channels';
import { verifyChain } from '../../../electron/common/domain/hash-chain';
import { canTransition } from '../../../electron/common/domain/lifecycle';
import { parseLocalMinute } from '../../../electron/common/domain/local-time';
import { fen } from '../../../electron/common/domain/money';
import { matchKey } from '../../../electron/common/domain/payment-match';
import { remainderOf } from '../../../electron/common/domain/remainder';
import { parseRefundNumber } from '../../../electron/common/domain/refund-number';
import { CHANNELS, REFUND_STATUSES } from '../../../electron/common/domain/types';
import type { Payment, Refund } from '../../../electron/common/domain/types';
import { nodeHasher } from '../../support/node-hasher';

const NOW = new Date('2026-11-22T02:30:00.000Z');
const shop = buildDemoShop({ seed: 20261122, now: NOW, hasher: nodeHasher });
const paymentsById = new Map(shop.payments.map((payment) => [payment.id, payment]));
const paymentOf = (refund: Refund): Payment => {
  const payment = paymentsById.get(refund.paymentId);
  if (payment === undefined) throw new Error(`no payment for ${refund.id}`);
  return payment;
};

// Map.groupBy is ES2024; the project targets ES2023.
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return groups;
}

function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) allStrings(item, out);
  else if (typeof value === 'object' && value !== null) {
    // Hex hashes are the app's own output, not typed text; their digit runs can pass Luhn by chance.
    for (const [key, item] of Object.entries(value)) if (!['hash', 'prevHash', 'facts'].includes(key)) allStrings(item, out);
  }
  return out;
}

describe('buildDemoShop', () => {
  it('has 300 refunds by default and is deterministic', () => {
    expect(shop.refunds).toHaveLength(300);
    const again = buildDemoShop({ seed: 20261122, now: NOW, hasher: nodeHasher });
    expect(again).toEqual(shop);
    expect(buildDemoShop({ seed: 7, now: NOW, hasher: nodeHasher })).not.toEqual(shop);
  });

  it('covers every channel, status and refund type in use', () => {
    expect(new Set(shop.refunds.map((refund) => paymentOf(refund).channel))).toEqual(new Set(CHANNELS));
    expect(new Set(shop.refunds.map((refund) => refund.status))).toEqual(new Set(REFUND_STATUSES));
    expect(new Set(shop.refunds.map((refund) => refund.type))).toEqual(new Set(['void', 'card_refund', 'qr_refund', 'cash_refund', 'other']));
  });

  it('has valid chains whose events follow the lifecycle and end in the refund status', () => {
    for (const refund of shop.refunds) {
      expect(verifyChain(refund.events, nodeHasher)).toBe(true);
      let status = refund.events[0]?.to;
      expect(refund.events[0]?.kind).toBe('created');
      for (const event of refund.events.slice(1)) {
        // Approval decisions move the status too (approved / refused / override events carry from and to).
        if (event.to === undefined || status === undefined || event.kind === 'created') continue;
        expect(event.from).toBe(status);
        expect(canTransition(status, event.to)).toBe(true);
        status = event.to;
      }
      expect(status).toBe(refund.status);
      expect(refund.updatedAt).toBe(refund.events.at(-1)?.at);
      if (refund.status === 'failed') expect(refund.failureReason).toBeTruthy();
    }
  });

  it('keeps times plausible: payment before refund, events in order, nothing after now', () => {
    for (const refund of shop.refunds) {
      const paid = parseLocalMinute(paymentOf(refund).paidAt);
      expect(paid).toBeDefined();
      expect(new Date(refund.createdAt).getTime()).toBeGreaterThanOrEqual(paid?.getTime() ?? Infinity);
      const times = refund.events.map((event) => new Date(event.at).getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(Math.max(...times)).toBeLessThanOrEqual(NOW.getTime());
    }
    const oldest = Math.min(...shop.payments.map((payment) => parseLocalMinute(payment.paidAt)?.getTime() ?? 0));
    expect((NOW.getTime() - oldest) / 86_400_000).toBeGreaterThan(150);
  });

  it('never refunds a payment beyond its amount, and has partial refunds and deductions', () => {
    const byPayment = groupBy(shop.refunds, (refund) => refund.paymentId);
    for (const [paymentId, refunds] of byPayment) {
      const payment = paymentsById.get(paymentId);
      expect(remainderOf(payment?.amount ?? fen(0), refunds)).toBeGreaterThanOrEqual(0);
      const gross = refunds.reduce((sum, refund) => sum + refund.amount, 0);
      expect(gross).toBeLessThanOrEqual(payment?.amount ?? 0);
    }
    expect([...byPayment.values()].filter((refunds) => refunds.length > 1).length).toBeGreaterThan(10);
    const deducted = shop.refunds.filter((refund) => refund.deductions.length > 0);
    expect(new Set(deducted.flatMap((refund) => refund.deductions.map((deduction) => deduction.kind)))).toEqual(new Set(['fee', 'depreciation']));
    for (const refund of shop.refunds) {
      expect(refund.net).toBe(refund.amount - refund.deductions.reduce((sum, deduction) => sum + deduction.amount, 0));
      expect(refund.net).toBeGreaterThan(0);
    }
  });

  it('makes voids full, same-day and alone on their payment', () => {
    const voids = shop.refunds.filter((refund) => refund.type === 'void');
    expect(voids.length).toBeGreaterThan(0);
    for (const refund of voids) {
      const payment = paymentOf(refund);
      expect(refund.amount).toBe(payment.amount);
      expect(refund.deductions).toEqual([]);
      expect(shop.refunds.filter((other) => other.paymentId === payment.id)).toHaveLength(1);
      expect(new Date(refund.createdAt).getTime() - (parseLocalMinute(payment.paidAt)?.getTime() ?? 0)).toBeLessThan(2 * 3_600_000);
    }
  });

  it('amounts stay between ¥9.90 and ¥3,999.00', () => {
    for (const payment of shop.payments) {
      expect(payment.amount).toBeGreaterThanOrEqual(990);
      expect(payment.amount).toBeLessThanOrEqual(399_900);
    }
  });

  it('shapes identifiers like real slips and platform orders', () => {
    for (const payment of shop.payments) {
      const { ids } = payment;
      const allowed: readonly string[] = identifierFieldsOf(payment.channel);
      expect(Object.keys(ids).every((field) => allowed.includes(field))).toBe(true);
      expect(payment.matchKey).toBe(matchKey(payment.channel, payment.paidAt, ids));
      if (channelKind(payment.channel) === 'card') {
        expect(ids.merchantNo).toMatch(/^\d{15}$/);
        expect(ids.terminalNo).toMatch(/^\d{1,8}$/);
        expect(ids.batchNo).toMatch(/^\d{6}$/);
        expect(ids.voucherNo).toMatch(/^\d{6}$/);
        expect(ids.referenceNo).toMatch(/^\d{12}$/);
        expect(ids.cardLast4).toMatch(/^\d{4}$/);
        if (payment.channel === 'unionpay_credit') expect(ids.authCode).toMatch(/^\d{6}$/);
      }
      if (payment.channel === 'wechat') expect(ids.transactionNo).toMatch(/^42000\d{23}$/);
      if (payment.channel === 'alipay') expect(ids.transactionNo).toMatch(/^\d{28}$/);
      if (payment.channel === 'cash') expect(ids).toEqual({});
    }
  });

  it('contains nothing the app would refuse as a full card number', () => {
    for (const text of allStrings(shop)) expect(containsFullCardNumber(text)).toBe(false);
  });

  it('uses the three operators, Chinese names (some blank), phones and refund types valid for the channel', () => {
    expect(new Set(shop.refunds.map((refund) => refund.operator))).toEqual(new Set(DEMO_OPERATORS));
    const named = shop.refunds.filter((refund) => refund.customerName !== undefined).length;
    expect(named).toBeGreaterThan(100);
    expect(named).toBeLessThan(300);
    for (const refund of shop.refunds) {
      if (refund.customerPhone !== undefined) expect(refund.customerPhone).toMatch(/^1[3-9]\d{9}$/);
      expect(refundTypesOf(paymentOf(refund).channel)).toContain(refund.type);
    }
  });

  it('numbers refunds per creation month without gaps or repeats', () => {
    const byMonth = groupBy(shop.refunds, (refund) => parseRefundNumber(refund.number)?.month ?? 'bad');
    expect(byMonth.has('bad')).toBe(false);
    for (const refunds of byMonth.values()) {
      expect(refunds.map((refund) => parseRefundNumber(refund.number)?.seq)).toEqual(refunds.map((_, i) => i + 1));
    }
    expect(new Set(shop.refunds.map((refund) => refund.id)).size).toBe(300);
    expect(new Set(shop.refunds.map((refund) => refund.requestId)).size).toBe(300);
  });

  it('honours refundCount, including tiny shops', () => {
    expect(buildDemoShop({ seed: 1, now: NOW, hasher: nodeHasher, refundCount: 0 }).refunds).toHaveLength(0);
    const small = buildDemoShop({ seed: 1, now: NOW, hasher: nodeHasher, refundCount: 12 });
    expect(small.refunds).toHaveLength(12);
    expect(new Set(small.payments.map((payment) => payment.channel))).toEqual(new Set(CHANNELS));
  });
});
