/**
 * When the customer should see the money. Computed on demand from the refund, the arrival table and the working
 * calendar, never stored: a changed table or a newly loaded holiday year changes every estimate at once.
 *
 * Counted from the moment the refund was done on the terminal or platform (the latest `done` event); before that
 * (recorded, awaiting approval, approved) from `now`, i.e. "if it were done now" (`basis.from` says which).
 * Working days are counted on the national calendar: the n-th working day after the start date, the start day
 * itself never counted, whatever the hour. The shop's own closures do not delay a bank, so they are ignored here.
 */
import { formatLocalDate } from '../domain/local-time';
import type { Channel, RefundEvent, RefundStatus, RefundType } from '../domain/types';
import { routesOf } from './arrival-windows';
import type { ArrivalRoute, ArrivalTable, ArrivalWindow, FundingSource, SourceClass } from './arrival-windows';
import type { IsoDate } from './iso-date';
import type { WorkingCalendar } from './working-calendar';

export interface ArrivalRefund {
  readonly type: RefundType;
  readonly status: RefundStatus;
  readonly events: readonly Pick<RefundEvent, 'kind' | 'to' | 'at'>[];
}

export interface ArrivalPayment {
  readonly channel: Channel;
  /** How the customer paid (零钱, card, 花呗), when known; payments do not record it yet. */
  readonly funding?: FundingSource;
}

export interface ArrivalBasisRow {
  readonly route: ArrivalRoute;
  readonly window?: ArrivalWindow;
  readonly source: SourceClass;
}

export interface ArrivalBasis {
  /** The table rows used, one per possible route (two when the channel alone does not decide it). */
  readonly rows: readonly ArrivalBasisRow[];
  readonly from: 'done' | 'now';
  /** ISO instant counted from. */
  readonly fromAt: string;
}

export type ExpectedArrival =
  | {
      /** No rule for at least one possible route (e.g. Alipay paid by card, a credit card): ask, do not guess. */
      readonly unknown: true;
      readonly basis: ArrivalBasis;
      readonly beyondCoverage: false;
    }
  | {
      readonly unknown?: undefined;
      /** `instant`: earliest/latest are ISO instants (minutes windows); `date`: they are `YYYY-MM-DD`. */
      readonly precision: 'instant' | 'date';
      readonly earliest: string;
      readonly latest: string;
      readonly basis: ArrivalBasis;
      /** Some counted day lies in a year without a holiday schedule: Monday–Friday was assumed. */
      readonly beyondCoverage: boolean;
    };

/** The instant the refund was done, if it was: the latest `done` event (a retried refund is done again). */
export function doneAt(refund: ArrivalRefund): string | undefined {
  let at: string | undefined;
  for (const event of refund.events) if (event.kind === 'status_changed' && event.to === 'done') at = event.at;
  return at;
}

const MINUTE_MS = 60_000;

function plusMinutes(iso: string, minutes: number): Date {
  return new Date(new Date(iso).getTime() + minutes * MINUTE_MS);
}

export function expectedArrival(
  refund: ArrivalRefund,
  payment: ArrivalPayment,
  table: ArrivalTable,
  calendar: WorkingCalendar,
  now: Date,
): ExpectedArrival {
  const done = doneAt(refund);
  const fromAt = done ?? now.toISOString();
  const rows: ArrivalBasisRow[] = routesOf(payment.channel, refund.type, payment.funding).map((route) => {
    const row = table.find((entry) => entry.route === route);
    return { route, source: row?.source ?? 'unverified', ...(row?.window === undefined ? {} : { window: row.window }) };
  });
  const basis: ArrivalBasis = { rows, from: done === undefined ? 'now' : 'done', fromAt };
  const windows = rows.map((row) => row.window);
  if (windows.length === 0 || windows.some((window) => window === undefined)) return { unknown: true, basis, beyondCoverage: false };
  const known = windows as readonly ArrivalWindow[];

  if (known.every((window) => window.unit === 'minutes')) {
    const earliest = plusMinutes(fromAt, Math.min(...known.map((window) => window.min))).toISOString();
    const latest = plusMinutes(fromAt, Math.max(...known.map((window) => window.max))).toISOString();
    return { precision: 'instant', earliest, latest, basis, beyondCoverage: false };
  }

  // At least one window is in working days: answer in dates (a minutes window ends on its own local date).
  const startDate: IsoDate = formatLocalDate(new Date(fromAt));
  let beyondCoverage = false;
  const bounds = known.map((window) => {
    if (window.unit === 'minutes') {
      return { min: formatLocalDate(plusMinutes(fromAt, window.min)), max: formatLocalDate(plusMinutes(fromAt, window.max)) };
    }
    const min = calendar.addWorkingDays(startDate, window.min, { ignoreClosures: true });
    const max = calendar.addWorkingDays(startDate, window.max, { ignoreClosures: true });
    if (min.beyondCoverage || max.beyondCoverage) beyondCoverage = true;
    return { min: min.date, max: max.date };
  });
  const earliest = bounds.map((bound) => bound.min).sort()[0] ?? startDate;
  const latest = bounds.map((bound) => bound.max).sort().at(-1) ?? startDate;
  return { precision: 'date', earliest, latest, basis, beyondCoverage };
}
