import { useTranslation } from 'react-i18next';
import type { RefObject } from 'react';
import { CHANNELS, REFUND_STATUSES } from '../../../../electron/common/domain/types';
import type { Channel, RefundStatus } from '../../../../electron/common/domain/types';
import { hasFilters, toListQuery } from './list-query';
import type { ListFilters } from './list-query';
import { ExportButton } from '../../exports/ExportButton';
import { exportFiltersOf } from '../../exports/export-query';

interface ListToolbarProps {
  /** What is in the search box now; `filters.text` lags behind it by the debounce. */
  readonly searchText: string;
  readonly filters: ListFilters;
  readonly searchRef: RefObject<HTMLInputElement | null>;
  readonly onSearchText: (text: string) => void;
  readonly onFilters: (filters: ListFilters) => void;
  readonly onSearchArrowDown: () => void;
}

function isStatus(value: string): value is RefundStatus {
  return (REFUND_STATUSES as readonly string[]).includes(value);
}

function isChannel(value: string): value is Channel {
  return (CHANNELS as readonly string[]).includes(value);
}

export function ListToolbar({ searchText, filters, searchRef, onSearchText, onFilters, onSearchArrowDown }: ListToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="toolbar" role="search">
      <label className="toolbar__search">
        <span className="visually-hidden">{t('list.searchLabel')}</span>
        <input
          ref={searchRef}
          type="search"
          className="input input--search"
          value={searchText}
          placeholder={t('list.searchPlaceholder')}
          aria-label={t('list.searchLabel')}
          maxLength={200}
          onChange={(event) => onSearchText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              onSearchArrowDown();
            }
          }}
        />
      </label>
      <label className="toolbar__filter">
        <span className="toolbar__label">{t('list.statusFilter')}</span>
        <select
          className="input"
          value={filters.status ?? ''}
          onChange={(event) => {
            const value = event.target.value;
            onFilters({ ...filters, status: isStatus(value) ? value : undefined });
          }}
        >
          <option value="">{t('list.allStatuses')}</option>
          {REFUND_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="toolbar__filter">
        <span className="toolbar__label">{t('list.channelFilter')}</span>
        <select
          className="input"
          value={filters.channel ?? ''}
          onChange={(event) => {
            const value = event.target.value;
            onFilters({ ...filters, channel: isChannel(value) ? value : undefined });
          }}
        >
          <option value="">{t('list.allChannels')}</option>
          {CHANNELS.map((channel) => (
            <option key={channel} value={channel}>
              {t(`channel.${channel}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="toolbar__filter">
        <span className="toolbar__label">{t('list.from')}</span>
        <input
          type="date"
          className="input input--date"
          value={filters.from}
          max={filters.to === '' ? undefined : filters.to}
          onChange={(event) => onFilters({ ...filters, from: event.target.value })}
        />
      </label>
      <label className="toolbar__filter">
        <span className="toolbar__label">{t('list.to')}</span>
        <input
          type="date"
          className="input input--date"
          value={filters.to}
          min={filters.from === '' ? undefined : filters.from}
          onChange={(event) => onFilters({ ...filters, to: event.target.value })}
        />
      </label>
      {hasFilters({ ...filters, text: searchText }) ? (
        <button
          type="button"
          className="button button--small button--quiet"
          onClick={() => {
            onSearchText('');
            onFilters({ text: '', from: '', to: '' });
          }}
        >
          {t('list.clearFilters')}
        </button>
      ) : null}
      <ExportButton target={{ kind: 'refunds', query: exportFiltersOf(toListQuery(filters, 0)) }} />
    </div>
  );
}
