/**
 * A fixed window in CALENDAR days from the refund's latest `done` event: a simple, predictable `arrivalOf` for
 * the reminder tests, so they test the reminders and not the working-day calendar (which has its own tests).
 */
import { formatLocalDate } from '../../../electron/common/domain/local-time';
import type { Payment, Refund, RefundType } from '../../../electron/common/domain/types';
import type { ArrivalEstimate } from '../../../electron/common/reminders/reminder';

/** Calendar-day stand-ins for DOMAIN §3.2's working-day windows (5 working days ≈ 7 days). */
const FIXED_WINDOW_DAYS: Partial<Record<RefundType, number>> = { void: 1, card_refund: 7, qr_refund: 5 };

export function fixedWindowArrival(refund: Refund, _payment: Payment): ArrivalEstimate | undefined {
  const days = FIXED_WINDOW_DAYS[refund.type];
  const done = refund.events.findLast((event) => event.kind === 'status_changed' && event.to === 'done')?.at;
  if (days === undefined || done === undefined) return undefined;
  const from = new Date(done);
  const latest = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days);
  return { earliest: formatLocalDate(from), latest: formatLocalDate(latest) };
}
