/** The list's filters as the person set them, and their translation into refund.list pages. Pure. */
import type { Channel, RefundStatus } from '../../../../electron/common/domain/types';
import type { RefundListQuery } from '../../../../electron/common/ipc/contract';

export interface ListFilters {
  readonly text: string;
  readonly status?: RefundStatus | undefined;
  readonly channel?: Channel | undefined;
  /** `YYYY-MM-DD` or '' for "no bound". */
  readonly from: string;
  readonly to: string;
}

export const NO_FILTERS: ListFilters = { text: '', from: '', to: '' };

/** 100 rows per call: a screenful is ~15 rows, so one call covers several screens of fast scrolling. */
export const PAGE_SIZE = 100;

export function hasFilters(filters: ListFilters): boolean {
  return (
    filters.text.trim() !== '' ||
    filters.status !== undefined ||
    filters.channel !== undefined ||
    filters.from !== '' ||
    filters.to !== ''
  );
}

export function toListQuery(filters: ListFilters, page: number): RefundListQuery {
  const text = filters.text.trim();
  return {
    offset: page * PAGE_SIZE,
    limit: PAGE_SIZE,
    ...(text === '' ? {} : { text }),
    ...(filters.status === undefined ? {} : { status: filters.status }),
    ...(filters.channel === undefined ? {} : { channel: filters.channel }),
    ...(filters.from === '' ? {} : { from: filters.from }),
    ...(filters.to === '' ? {} : { to: filters.to }),
  };
}

/** A stable key for one set of filters: pages fetched under another key are stale and dropped. */
export function filtersKey(filters: ListFilters): string {
  return JSON.stringify(toListQuery(filters, 0));
}

/** The pages that hold rows `first..last` (inclusive), clamped to what exists. */
export function pagesForRows(first: number, last: number, total: number): readonly number[] {
  if (total <= 0 || last < first) return [];
  const lastRow = Math.min(last, total - 1);
  const pages: number[] = [];
  for (let page = Math.floor(Math.max(first, 0) / PAGE_SIZE); page <= Math.floor(lastRow / PAGE_SIZE); page += 1) {
    pages.push(page);
  }
  return pages;
}
