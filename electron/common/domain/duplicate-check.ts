/**
 * A refund that looks like one recorded a moment ago is usually the same refund logged twice (or the wrong
 * order picked). Before saving, the owner is asked; the app refuses a look-alike unless the request says the
 * owner confirmed it. Look-alike, within DUPLICATE_WINDOW_MINUTES of the earlier one:
 *  - the same payment already has a refund that moved money (not failed, closed or refused), or
 *  - the same net amount for the same customer (phone, else name) on any payment.
 * A second partial refund of the same payment a few minutes later is legitimate but rare at a counter;
 * one confirmation is the price of catching the double entry.
 */
import { holdsMoney } from './lifecycle';
import { phoneDigits } from './text-rules';
import type { Fen } from './money';
import type { Refund } from './types';

export const DUPLICATE_WINDOW_MINUTES = 10;

export interface DuplicateCandidate {
  /** The payment's id when it is already known to the ledger. */
  readonly paymentId: string | undefined;
  readonly net: Fen;
  readonly customerName?: string;
  readonly customerPhone?: string;
  readonly now: Date;
}

type Compared = Pick<Refund, 'number' | 'paymentId' | 'net' | 'status' | 'createdAt' | 'customerName' | 'customerPhone'>;

/** The newest earlier refund the candidate looks like, or undefined. `recent` may hold older ones too. */
export function findLookAlike(candidate: DuplicateCandidate, recent: Iterable<Compared>): Compared | undefined {
  const since = candidate.now.getTime() - DUPLICATE_WINDOW_MINUTES * 60_000;
  const phone = phoneDigits(candidate.customerPhone);
  const name = candidate.customerName?.trim() ?? '';
  let found: Compared | undefined;
  for (const other of recent) {
    if (!holdsMoney(other.status) || Date.parse(other.createdAt) < since) continue;
    const samePayment = candidate.paymentId !== undefined && other.paymentId === candidate.paymentId;
    const samePerson =
      phone !== '' ? phoneDigits(other.customerPhone) === phone : name !== '' && other.customerName?.trim() === name;
    if (samePayment || (samePerson && other.net === candidate.net)) {
      if (found === undefined || other.createdAt > found.createdAt) found = other;
    }
  }
  return found;
}
