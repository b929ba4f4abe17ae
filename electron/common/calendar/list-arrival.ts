/**
 * The expected arrival on the rows of one list page. Only the page's rows (a few dozen) are computed, so the
 * list stays as fast at 50,000 refunds as at 50, and nothing is stored that a changed table would make stale.
 */
import type { RefundListPage, RefundSummary } from '../ipc/contract';
import type { ArrivalEstimate } from '../reminders/reminder';
import type { RefundStatus } from '../domain/types';

const ON_THE_WAY: ReadonlySet<RefundStatus> = new Set(['done', 'processing']);

export function withListArrivals(page: RefundListPage, arrivalOf: (id: string) => ArrivalEstimate | undefined, today: string): RefundListPage {
  return { ...page, items: page.items.map((item) => decorate(item, arrivalOf, today)) };
}

function decorate(item: RefundSummary, arrivalOf: (id: string) => ArrivalEstimate | undefined, today: string): RefundSummary {
  if (!ON_THE_WAY.has(item.status)) return item;
  const arrival = arrivalOf(item.id);
  return arrival === undefined ? item : { ...item, arrival: { latest: arrival.latest, late: arrival.latest < today } };
}
