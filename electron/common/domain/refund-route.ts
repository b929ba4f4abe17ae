/**
 * Void (撤销) or refund (退货) for a card sale, decided for the owner (DOMAIN §3.3). A void is possible only
 * while the sale's batch is still open: same batch, before settlement. The batch is defined by the terminal's
 * daily settlement time (cutoff): a sale before the cutoff belongs to that day's batch, which closes at the
 * cutoff; a sale at or after the cutoff belongs to the NEXT day's batch, which closes at the next cutoff.
 * So a 23:59 sale with a 23:00 cutoff can still be voided the next day until 23:00: "same day" in the POS
 * rules is the terminal's settlement day, not the calendar day. We decide from the batch because that is
 * what the terminal itself checks; the advice says which batch and when it closes, so the owner can see why.
 * Without a cutoff the app says so instead of guessing, except when the sale is more than 24 hours old:
 * a daily batch can never stay open that long.
 */
import { channelKind } from './channels';
import type { CounterSettings } from './counter-settings';
import { cutoffMinutes, terminalOf } from './counter-settings';
import { formatLocalMinute, parseLocalMinute } from './local-time';
import type { Channel } from './types';

const DAY_MS = 24 * 60 * 60_000;

export type RouteAdvice =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'void';
      readonly reason: 'same_batch' | 'next_batch';
      readonly cutoff: string;
      /** Local `YYYY-MM-DDTHH:mm` when the sale's batch settles. */
      readonly closesAt: string;
    }
  | {
      readonly kind: 'card_refund';
      readonly reason: 'settled_today' | 'settled_earlier';
      readonly cutoff: string;
      readonly closedAt: string;
    }
  | { readonly kind: 'card_refund'; readonly reason: 'already_refunded' | 'older_than_a_day' }
  | { readonly kind: 'unknown'; readonly reason: 'cutoff_unknown' | 'terminal_unknown'; readonly terminalNo: string };

export interface RouteQuestion {
  readonly channel: Channel;
  /** `YYYY-MM-DDTHH:mm` local time from the slip. */
  readonly paidAt: string;
  readonly terminalNo: string | undefined;
  readonly now: Date;
  readonly settings: CounterSettings;
  /** Refunds of the same payment that have not failed: after one of them, only 退货 is left. */
  readonly earlierRefunds: number;
}

/** When the batch holding a sale at `paid` settles, for a daily cutoff at `cutoff` minutes after midnight. */
export function batchClosesAt(paid: Date, cutoff: number): Date {
  const closes = new Date(paid.getFullYear(), paid.getMonth(), paid.getDate(), Math.floor(cutoff / 60), cutoff % 60);
  const paidMinutes = paid.getHours() * 60 + paid.getMinutes();
  if (paidMinutes >= cutoff) closes.setDate(closes.getDate() + 1);
  return closes;
}

export function adviseRoute(question: RouteQuestion): RouteAdvice {
  if (channelKind(question.channel) !== 'card') return { kind: 'none' };
  const paid = parseLocalMinute(question.paidAt);
  if (paid === undefined) return { kind: 'none' };
  if (question.earlierRefunds > 0) return { kind: 'card_refund', reason: 'already_refunded' };
  const terminal = terminalOf(question.settings, question.terminalNo);
  const cutoffText = terminal?.cutoff;
  const cutoff = cutoffMinutes(cutoffText);
  if (cutoff === undefined || cutoffText === undefined) {
    if (question.now.getTime() - paid.getTime() >= DAY_MS) return { kind: 'card_refund', reason: 'older_than_a_day' };
    const terminalNo = terminal?.terminalNo ?? question.terminalNo?.trim() ?? '';
    return { kind: 'unknown', reason: terminal === undefined ? 'terminal_unknown' : 'cutoff_unknown', terminalNo };
  }
  const closes = batchClosesAt(paid, cutoff);
  if (question.now.getTime() < closes.getTime()) {
    const sameDay = closes.getDate() === paid.getDate() && closes.getMonth() === paid.getMonth();
    return { kind: 'void', reason: sameDay ? 'same_batch' : 'next_batch', cutoff: cutoffText, closesAt: formatLocalMinute(closes) };
  }
  const today = formatLocalMinute(question.now).slice(0, 10);
  const closedAt = formatLocalMinute(closes);
  return { kind: 'card_refund', reason: closedAt.startsWith(today) ? 'settled_today' : 'settled_earlier', cutoff: cutoffText, closedAt };
}
