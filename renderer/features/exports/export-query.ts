/** The refund list's query without its paging: an export takes every refund the list would show. Pure. */
import type { RefundExportFilters } from '../../../electron/common/exports/export-contract';
import type { RefundListQuery } from '../../../electron/common/ipc/contract';

export function exportFiltersOf(query: RefundListQuery): RefundExportFilters {
  const { offset: _offset, limit: _limit, ...filters } = query;
  return filters;
}
