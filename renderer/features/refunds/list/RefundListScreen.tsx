import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { isDialogOpen, isTypingTarget } from '../../../lib/keys';
import { useApp } from '../../app/app-context';
import { ListEmpty } from './ListEmpty';
import { hasFilters, NO_FILTERS } from './list-query';
import type { ListFilters } from './list-query';
import { ListToolbar } from './ListToolbar';
import { RefundTable } from './RefundTable';
import type { ListPosition, RefundTableHandle } from './RefundTable';
import { useRefundPages } from './use-refund-pages';

/** What the list remembers while the person looks at a refund, so "back" lands where they were. */
export interface ListMemory {
  readonly filters: ListFilters;
  readonly position: ListPosition;
  /** True after opening a refund: coming back puts the keyboard on that row again. */
  readonly focusRow: boolean;
}

const TOP: ListPosition = { scrollOffset: 0, activeIndex: 0 };

export const INITIAL_LIST_MEMORY: ListMemory = { filters: NO_FILTERS, position: TOP, focusRow: false };

/** Typing is quick at a counter; wait for a short pause before asking for a new page of results. */
const SEARCH_DEBOUNCE_MS = 250;

export function RefundListScreen({ memory, onMemory }: { readonly memory: ListMemory; readonly onMemory: (memory: ListMemory) => void }) {
  const { t } = useTranslation();
  const { navigate } = useApp();
  const [filters, setFilters] = useState<ListFilters>(memory.filters);
  const [searchText, setSearchText] = useState(memory.filters.text);
  const tableRef = useRef<RefundTableHandle>(null);
  // Back from a refund, the keyboard returns to its row; after a new search it stays where the person is typing.
  const [focusBack, setFocusBack] = useState(memory.focusRow);
  const searchRef = useRef<HTMLInputElement>(null);
  const positionRef = useRef<ListPosition>(memory.position);
  // Where a freshly mounted table starts: the remembered spot once, the top after any new search.
  const [startAt, setStartAt] = useState<ListPosition>(memory.position);
  const pages = useRefundPages(filters);

  useEffect(() => {
    if (searchText === filters.text) return;
    const timer = window.setTimeout(() => {
      setFilters((current) => ({ ...current, text: searchText }));
      positionRef.current = TOP;
      setStartAt(TOP);
      setFocusBack(false);
    }, SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [searchText, filters.text]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if (event.key !== '/' || isTypingTarget(event.target) || isDialogOpen()) return;
      event.preventDefault();
      searchRef.current?.focus();
      searchRef.current?.select();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  function changeFilters(next: ListFilters): void {
    positionRef.current = TOP;
    setStartAt(TOP);
    setFocusBack(false);
    setFilters(next);
  }

  function open(id: string): void {
    onMemory({ filters, position: positionRef.current, focusRow: true });
    navigate({ name: 'detail', id });
  }

  const total = pages.total;
  // A brand-new shop sees one clear next step, not a search box over nothing.
  const nothingYet = total === 0 && !hasFilters(filters) && searchText.trim() === '';
  return (
    <main className="screen screen--list" aria-labelledby="list-title">
      <div className="screen__header">
        <h1 id="list-title" className="screen__title">
          {t('list.title')}
        </h1>
        {total === undefined || nothingYet ? null : (
          <span className="screen__count">{t('list.count', { count: total })}</span>
        )}
      </div>
      {nothingYet ? null : (
        <ListToolbar
          searchText={searchText}
          filters={filters}
          searchRef={searchRef}
          onSearchText={setSearchText}
          onFilters={changeFilters}
          onSearchArrowDown={() => tableRef.current?.focusActiveRow()}
        />
      )}
      {pages.error === undefined ? null : <ErrorBanner error={pages.error} />}
      {total === undefined ? (
        <p className="screen__loading" role="status">
          {t('list.loadingRow')}
        </p>
      ) : total === 0 ? (
        <ListEmpty
          filtered={hasFilters(filters)}
          onNew={() => navigate({ name: 'new' })}
          onClear={() => {
            setSearchText('');
            changeFilters(NO_FILTERS);
          }}
        />
      ) : (
        // Keyed by the filters so a new search starts at the top with a fresh virtualiser.
        <RefundTable
          key={JSON.stringify({ ...filters })}
          pages={pages}
          total={total}
          initial={startAt}
          onPosition={(position) => {
            positionRef.current = position;
          }}
          onOpen={open}
          focusOnMount={focusBack}
          handleRef={tableRef}
        />
      )}
    </main>
  );
}
