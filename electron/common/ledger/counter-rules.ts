/**
 * The counter rules the ledger applies to a new refund, inside its queue, after the money rules:
 * platform limits (refund-limits.ts), the look-alike check (duplicate-check.ts), and what is recorded with
 * the refund: its destination and confirmation (already checked by validate-refund.ts), the refund policy
 * text as it read at that moment, and the look-alike the owner confirmed.
 */
import type { CounterSettings } from '../domain/counter-settings';
import { EMPTY_COUNTER_SETTINGS } from '../domain/counter-settings';
import { DUPLICATE_WINDOW_MINUTES, findLookAlike } from '../domain/duplicate-check';
import { DomainError } from '../domain/errors';
import type { Fen } from '../domain/money';
import { stillCounts } from '../domain/misdirect';
import { ORIGINAL_ROUTE } from '../domain/refund-destination';
import type { RefundCounterFacts } from '../domain/refund-destination';
import { checkRefundLimits } from '../domain/refund-limits';
import { optionalText } from '../domain/text-rules';
import type { Payment, Refund } from '../domain/types';
import type { CreateRefundInput } from '../ipc/contract';
import type { LedgerIndex } from './ledger-index';

/** Where the ledger reads the owner's counter settings; the composition root passes the settings store. */
export interface CounterRulesSource {
  counterSettings(): CounterSettings | undefined;
}

export interface CounterCheck {
  /** The validated input. */
  readonly input: CreateRefundInput;
  /** The owner confirmed the look-alike prompt. */
  readonly confirmDuplicate: boolean;
  readonly payment: Payment;
  /** False when the payment is new with this refund. */
  readonly paymentKnown: boolean;
  readonly siblings: readonly Refund[];
  readonly net: Fen;
  readonly now: Date;
  readonly index: LedgerIndex;
  readonly source: CounterRulesSource;
}

/** Newest first, stopping at the first refund older than the look-alike window (the list is in time order). */
function* recentRefunds(index: LedgerIndex, now: Date): Generator<Refund> {
  const since = new Date(now.getTime() - DUPLICATE_WINDOW_MINUTES * 60_000).toISOString();
  const entries = index.entries;
  for (let i = entries.length - 1; i >= 0; i -= 1) {
    const entry = entries[i];
    if (entry === undefined || entry.summary.createdAt < since) return;
    const refund = index.refund(entry.id);
    if (refund !== undefined) yield refund;
  }
}

export function applyCounterRules(check: CounterCheck): RefundCounterFacts {
  const settings = check.source.counterSettings() ?? EMPTY_COUNTER_SETTINGS;
  const { input, payment } = check;
  checkRefundLimits({
    channel: payment.channel,
    type: input.refund.type,
    paidAt: payment.paidAt,
    terminalNo: payment.ids.terminalNo,
    settings,
    now: check.now,
    earlierRefunds: check.siblings.filter(stillCounts).length,
  });
  const lookAlike = findLookAlike(
    {
      paymentId: check.paymentKnown ? payment.id : undefined,
      net: check.net,
      now: check.now,
      ...(input.refund.customerName === undefined ? {} : { customerName: input.refund.customerName }),
      ...(input.refund.customerPhone === undefined ? {} : { customerPhone: input.refund.customerPhone }),
    },
    recentRefunds(check.index, check.now),
  );
  if (lookAlike !== undefined && !check.confirmDuplicate) {
    throw new DomainError('possible_duplicate', `This looks like a duplicate of ${lookAlike.number}.`, {
      params: { number: lookAlike.number },
    });
  }
  const policyText = optionalText(settings.refundPolicy);
  return {
    destination: input.refund.destination ?? ORIGINAL_ROUTE,
    destinationConfirmed: input.refund.destinationConfirmed ?? false,
    ...(policyText === undefined ? {} : { policyText }),
    ...(lookAlike === undefined ? {} : { duplicateOf: lookAlike.number }),
  };
}
