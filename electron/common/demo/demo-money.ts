/**
 * Demo amounts: what was bought, how a refund of it is split into parts, and what the shop deducts.
 * Parts add up to at most the payment, so no demo payment is ever refunded beyond its amount.
 */
import type { ChannelKind } from '../domain/channels';
import { fen } from '../domain/money';
import type { Deduction } from '../domain/types';
import { DEPRECIATION_REASONS, FEE_REASONS, MAX_PAYMENT, PRODUCTS } from './demo-catalog';
import type { Random } from './prng';

/** One to three items, ¥9.90 to ¥3,999.00. */
export function paymentAmount(random: Random): number {
  let total = 0;
  const items = random.weighted([[1, 70], [2, 22], [3, 8]]);
  for (let i = 0; i < items; i += 1) total += random.pick(PRODUCTS)[1];
  return Math.min(total, MAX_PAYMENT);
}

/**
 * Splits in units of ¥0.10 so partial refunds look like typed amounts. Each part leaves room for the
 * ones after it; the last takes the rest most of the time (a customer returning everything left).
 */
export function splitAmounts(random: Random, total: number, count: number, isVoid: boolean): number[] {
  if (isVoid || count === 1 && random.chance(0.7)) return [total];
  const parts: number[] = [];
  let left = total;
  for (let index = 0; index < count; index += 1) {
    const later = count - index - 1;
    const units = Math.floor(left / 10);
    if (later === 0 && count > 1 && random.chance(0.6)) {
      parts.push(left);
      break;
    }
    const share = later === 0 ? 0.3 + 0.6 * random.next() : 0.2 + 0.3 * random.next();
    const take = Math.min(Math.max(1, Math.round(units * share)), Math.max(1, units - later));
    // Tiny payments split into many parts: fall back to single fen so every part stays above zero.
    const amount = units >= count ? take * 10 : Math.max(1, Math.floor(left / (later + 1)));
    parts.push(amount);
    left -= amount;
  }
  return parts;
}

/** Some refunds keep a fee or a depreciation for used goods (DOMAIN §2 S5), always with a reason. */
export function deductionsFor(random: Random, amount: number, kind: ChannelKind): Deduction[] {
  if (amount < 2_000 || !random.chance(0.12)) return [];
  if (kind !== 'cash' && random.chance(0.4)) {
    const fee = Math.max(1, Math.round(amount * 0.006));
    return [{ kind: 'fee', amount: fen(fee), reason: kind === 'card' ? FEE_REASONS[0] : FEE_REASONS[1] }];
  }
  const depreciation = Math.max(100, Math.floor((amount * 0.1) / 100) * 100);
  return [{ kind: 'depreciation', amount: fen(depreciation), reason: random.pick(DEPRECIATION_REASONS) }];
}
