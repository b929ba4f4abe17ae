import { useCallback, useEffect, useRef, useState } from 'react';
import type { WireError } from '../../../../electron/common/domain/errors';
import type { RefundListQuery, RefundSummary } from '../../../../electron/common/ipc/contract';
import { call, toWireError } from '../../../bridge';
import { filtersKey, PAGE_SIZE, pagesForRows } from './list-query';
import type { ListFilters } from './list-query';

interface Snapshot {
  readonly key: string;
  readonly total: number | undefined;
  readonly pages: ReadonlyMap<number, readonly RefundSummary[]>;
  readonly error: WireError | undefined;
}

export interface RefundPages {
  /** Undefined until the first page of the current filters has arrived. */
  readonly total: number | undefined;
  readonly error: WireError | undefined;
  readonly rowAt: (index: number) => RefundSummary | undefined;
  /** Fetches the pages that hold rows `first..last` unless they are loaded or on their way. */
  readonly ensureRows: (first: number, last: number) => void;
}

/**
 * The list's rows, fetched a page at a time as they scroll into view, so 50,000 refunds never cross IPC at once.
 * Each set of filters has its own key; an answer for an older key is dropped when it arrives late.
 */
export function useRefundPages(filters: ListFilters): RefundPages {
  const key = filtersKey(filters);
  const [snapshot, setSnapshot] = useState<Snapshot>({ key, total: undefined, pages: new Map(), error: undefined });
  const requested = useRef(new Set<string>());
  // The filters the person is looking at now; answers for any other key are stale.
  const latestKey = useRef(key);

  const load = useCallback((forKey: string, page: number) => {
    const token = `${forKey}#${page}`;
    if (requested.current.has(token)) return;
    requested.current.add(token);
    // The key is the page-0 query itself, so the request is rebuilt from it rather than from stale props.
    const base = JSON.parse(forKey) as RefundListQuery;
    call('refund.list', { ...base, offset: page * PAGE_SIZE }).then(
      (result) => {
        setSnapshot((current) => {
          if (current.key !== forKey) {
            // The first answer for new filters replaces the old snapshot; a late answer for old filters is dropped.
            if (forKey !== latestKey.current) return current;
            return { key: forKey, total: result.total, pages: new Map([[page, result.items]]), error: undefined };
          }
          const pages = new Map(current.pages);
          pages.set(page, result.items);
          return { ...current, total: result.total, pages, error: undefined };
        });
      },
      (error: unknown) => {
        requested.current.delete(token);
        setSnapshot((current) => {
          if (forKey !== latestKey.current) return current;
          const base: Snapshot =
            current.key === forKey ? current : { key: forKey, total: undefined, pages: new Map(), error: undefined };
          return { ...base, error: toWireError(error) };
        });
      },
    );
  }, []);

  useEffect(() => {
    latestKey.current = key;
    requested.current = new Set();
    load(key, 0);
  }, [key, load]);

  const current = snapshot.key === key ? snapshot : undefined;
  const total = current?.total;

  const ensureRows = useCallback(
    (first: number, last: number) => {
      if (total === undefined) return;
      for (const page of pagesForRows(first, last, total)) load(key, page);
    },
    [key, load, total],
  );

  const pages = current?.pages;
  const rowAt = useCallback(
    (index: number) => pages?.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    [pages],
  );

  return { total, error: current?.error, rowAt, ensureRows };
}
