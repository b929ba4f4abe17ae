/**
 * Retention (RELIABILITY §6, PIPL "minimum necessary"): after N days a closed refund no longer needs to know
 * who the customer was. Only the name and phone go; amounts, numbers and identifiers stay, because they are
 * the shop's own books and the evidence behind them (refund-facts.ts leaves personal data out of the chain).
 */
import { isFinal } from '../domain/lifecycle';
import type { Refund } from '../domain/types';

/** The choices the owner sees: keep (null), 1, 2 or 3 years. */
export const RETENTION_CHOICES: readonly (number | null)[] = Object.freeze([null, 365, 730, 1095]);
/** Pre-selected at first run and shown there, so the default is a visible decision, not a hidden one. */
export const DEFAULT_RETENTION_DAYS = 1095;
/** Auto-lock after this many idle minutes; null = off. */
export const AUTO_LOCK_CHOICES: readonly (number | null)[] = Object.freeze([null, 5, 15, 30]);

const DAY_MS = 24 * 60 * 60 * 1000;

export function hasPersonalData(refund: Refund): boolean {
  return (refund.customerName ?? '') !== '' || (refund.customerPhone ?? '') !== '';
}

/**
 * When the refund last changed status: its newest event that set a status (created, status_changed or an
 * approval decision). Notes, receipts or reminders later on do not restart the clock: they are not the
 * refund's business finishing.
 */
export function lastStatusChangeAt(refund: Refund): Date {
  for (let i = refund.events.length - 1; i >= 0; i -= 1) {
    const event = refund.events[i];
    if (event?.to !== undefined) return new Date(event.at);
  }
  return new Date(refund.createdAt);
}

/**
 * The refunds whose personal data is due for erasure: final status (lifecycle.ts: arrived, closed, refused —
 * a failed refund may still be retried, so it keeps its contact details), unchanged for at least
 * `retentionDays`, and still holding a name or phone. `null` keeps everything.
 */
export function retentionPlan(refunds: readonly Refund[], now: Date, retentionDays: number | null): Refund[] {
  if (retentionDays === null) return [];
  const cutoff = now.getTime() - retentionDays * DAY_MS;
  return refunds.filter(
    (refund) => isFinal(refund.status) && hasPersonalData(refund) && lastStatusChangeAt(refund).getTime() <= cutoff,
  );
}
