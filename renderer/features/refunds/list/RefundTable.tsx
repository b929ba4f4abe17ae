import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { KeyboardEvent, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { RefundRowCells, RefundRowPlaceholder } from './RefundRow';
import type { RefundPages } from './use-refund-pages';

/** Fixed height: the virtualiser then knows every row's position without measuring 50,000 of them. */
const ROW_HEIGHT = 52;

export interface ListPosition {
  readonly scrollOffset: number;
  readonly activeIndex: number;
}

interface RefundTableProps {
  readonly pages: RefundPages;
  readonly total: number;
  readonly initial: ListPosition;
  readonly onPosition: (position: ListPosition) => void;
  readonly onOpen: (id: string) => void;
  /** Put the keyboard on the active row once mounted (coming back from a refund). */
  readonly focusOnMount: boolean;
  /** Lets the search box hand focus down to the rows with ↓. */
  readonly handleRef: Ref<RefundTableHandle>;
}

export interface RefundTableHandle {
  focusActiveRow(): void;
}

/** The virtualised refund table: only the rows on screen exist in the DOM; ↑ ↓ Home End move, Enter opens. */
export function RefundTable({ pages, total, initial, onPosition, onOpen, focusOnMount, handleRef }: RefundTableProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(Math.min(initial.activeIndex, Math.max(total - 1, 0)));
  // Set when the keyboard moved the active row, so focus follows it after the row is rendered.
  const [focusPending, setFocusPending] = useState(false);

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // Rows kept beyond the screen's edges. Each is laid out and painted afresh when a fast wheel brings it in: with
    // 8 a side, 1 bench run in 2 had a frame over 50 ms at 50k; with 3, none in 6 (scripts/bench renderer phase).
    overscan: 3,
    initialOffset: initial.scrollOffset,
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  const { ensureRows } = pages;

  useEffect(() => {
    ensureRows(first, last);
  }, [ensureRows, first, last]);

  useEffect(() => {
    if (!focusPending) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`);
    if (row !== null && row !== undefined) {
      row.focus({ preventScroll: true });
      setFocusPending(false);
    }
  }, [active, focusPending, items]);

  // Once, on mount: the rendered rows are not there yet, so ask the pending-focus effect to do it.
  const [mountFocus] = useState(focusOnMount);
  useEffect(() => {
    if (mountFocus) setFocusPending(true);
  }, [mountFocus]);

  useImperativeHandle(handleRef, () => ({
    focusActiveRow() {
      // Synchronous when the row is on screen, so a quick ↓ Enter opens the row instead of typing into search.
      const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`);
      if (row !== null && row !== undefined) row.focus();
      else moveTo(active);
    },
  }));

  function moveTo(index: number): void {
    const clamped = Math.max(0, Math.min(total - 1, index));
    setActive(clamped);
    virtualizer.scrollToIndex(clamped, { align: 'auto' });
    setFocusPending(true);
  }

  const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + pageRows,
      PageUp: active - pageRows,
      Home: 0,
      End: total - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
      return;
    }
    if (event.key === 'Enter') {
      const refund = pages.rowAt(active);
      if (refund !== undefined) {
        event.preventDefault();
        onOpen(refund.id);
      }
    }
  }

  return (
    <div className="table" role="table" aria-label={t('list.title')} aria-rowcount={total + 1}>
      <div role="rowgroup" className="table__head">
        <div role="row" className="table__row table__row--head" aria-rowindex={1}>
          <span role="columnheader">{t('list.columns.number')}</span>
          <span role="columnheader">{t('list.columns.createdAt')}</span>
          <span role="columnheader">{t('list.columns.channel')}</span>
          <span role="columnheader">{t('list.columns.customer')}</span>
          <span role="columnheader">{t('list.columns.identifier')}</span>
          <span role="columnheader" className="cell--money">
            {t('list.columns.net')}
          </span>
          <span role="columnheader">{t('list.columns.status')}</span>
        </div>
      </div>
      <div
        ref={scrollRef}
        role="rowgroup"
        className="table__body"
        onKeyDown={onKeyDown}
        onScroll={(event) => onPosition({ scrollOffset: event.currentTarget.scrollTop, activeIndex: active })}
      >
        <div className="table__spacer" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const refund = pages.rowAt(item.index);
            return (
              <div
                key={item.key}
                role="row"
                data-index={item.index}
                aria-rowindex={item.index + 2}
                tabIndex={item.index === active ? 0 : -1}
                className="table__row table__row--body"
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                onFocus={() => {
                  if (active !== item.index) setActive(item.index);
                  onPosition({ scrollOffset: scrollRef.current?.scrollTop ?? 0, activeIndex: item.index });
                }}
                onClick={() => {
                  if (refund !== undefined) onOpen(refund.id);
                }}
              >
                {refund === undefined ? <RefundRowPlaceholder /> : <RefundRowCells refund={refund} />}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
