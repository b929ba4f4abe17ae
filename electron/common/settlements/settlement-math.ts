/**
 * The money of a settlement day, in integer fen: the fee the acquirer keeps and the net it pays. Rates are in
 * basis points and every product is rounded half up to the fen, as the slips print them.
 */
import { fen } from '../domain/money';
import type { Fen } from '../domain/money';
import type { DayTakings } from './settlement';

/** `amount × rateBp / 10 000`, rounded half up. Exact: amount ≤ 10^10 fen and rate ≤ 10^3 stay below 2^53. */
export function feeOf(amount: Fen, rateBp: number): Fen {
  return fen(Math.floor((amount * rateBp + 5000) / 10_000));
}

/**
 * The fee on the day's sales, less the fee on its refunds when the acquirer returns it (DOMAIN §3.4); never
 * below zero. An estimate: acquirers round per sale, which is what the account's tolerance absorbs.
 */
export function estimateFee(takings: DayTakings, rateBp: number, feeReturnedOnRefund: boolean): Fen {
  const returned = feeReturnedOnRefund ? feeOf(takings.refundsAmount, rateBp) : 0;
  return fen(Math.max(0, feeOf(takings.salesAmount, rateBp) - returned));
}

/** What should reach the shop's account: sales − refunds − fee. Negative when refunds outweigh the day's sales. */
export function expectedNetOf(takings: DayTakings, fee: Fen): Fen {
  return fen(takings.salesAmount - takings.refundsAmount - fee);
}
