/**
 * Filtering and paging the refund list. One pass over the precomputed entries, newest first, with no
 * sorting and no string building per query — at 50,000 refunds a search stays well under a frame.
 */
import type { RefundListPage, RefundListQuery, RefundSummary } from '../ipc/contract';
import { DomainError } from '../domain/errors';
import { parseAmount } from '../domain/money';
import type { Fen } from '../domain/money';
import { compactSearchText } from './refund-summary';
import type { ListEntry } from './refund-summary';

/** The same cap the IPC schema puts on a page; a page is one screen, not an export. */
export const MAX_PAGE_SIZE = 500;
/** Fewer digits than this would match a large share of all phone numbers. */
export const MIN_PHONE_TAIL = 4;

interface TextMatcher {
  readonly compact: string;
  readonly amount: Fen | undefined;
  readonly phoneTail: string | undefined;
}

function textMatcher(text: string | undefined): TextMatcher | undefined {
  const compact = compactSearchText(text ?? '');
  if (compact === '') return undefined;
  return {
    compact,
    amount: amountOf(compact),
    phoneTail: /^\+?\d+$/u.test(compact) && compact.replace('+', '').length >= MIN_PHONE_TAIL ? compact.replace('+', '') : undefined,
  };
}

/** `12.5`, `12.50`, `¥12.50` and `1,234` are amounts; anything parseAmount refuses simply is not one. */
function amountOf(compact: string): Fen | undefined {
  try {
    return parseAmount(compact);
  } catch (error) {
    if (error instanceof DomainError) return undefined;
    throw error;
  }
}

function matchesText(entry: ListEntry, matcher: TextMatcher): boolean {
  if (entry.search.includes(matcher.compact)) return true;
  if (matcher.amount !== undefined && (entry.summary.amount === matcher.amount || entry.summary.net === matcher.amount)) {
    return true;
  }
  return matcher.phoneTail !== undefined && entry.phoneDigits !== '' && entry.phoneDigits.endsWith(matcher.phoneTail);
}

function clampInteger(value: number, min: number, max: number): number {
  if (!Number.isFinite(value)) return min;
  return Math.min(max, Math.max(min, Math.trunc(value)));
}

/** `entries` is sorted oldest first; the page is newest first. */
export function listEntries(entries: readonly ListEntry[], query: RefundListQuery): RefundListPage {
  const offset = clampInteger(query.offset, 0, Number.MAX_SAFE_INTEGER);
  const limit = clampInteger(query.limit, 0, MAX_PAGE_SIZE);
  const matcher = textMatcher(query.text);
  const { status, channel, from, to } = query;
  const unfiltered = matcher === undefined && status === undefined && channel === undefined && !from && !to;

  if (unfiltered) {
    const items: RefundSummary[] = [];
    for (let i = entries.length - 1 - offset; i >= 0 && items.length < limit; i -= 1) {
      const entry = entries[i];
      if (entry !== undefined) items.push(entry.summary);
    }
    return { total: entries.length, offset, items };
  }

  const items: RefundSummary[] = [];
  let total = 0;
  for (let i = entries.length - 1; i >= 0; i -= 1) {
    const entry = entries[i];
    if (entry === undefined) continue;
    if (status !== undefined && entry.summary.status !== status) continue;
    if (channel !== undefined && entry.summary.channel !== channel) continue;
    if (from && entry.createdDate < from) continue;
    if (to && entry.createdDate > to) continue;
    if (matcher !== undefined && !matchesText(entry, matcher)) continue;
    if (total >= offset && items.length < limit) items.push(entry.summary);
    total += 1;
  }
  return { total, offset, items };
}
