import { describe, expect, it } from 'vitest';
import { filtersKey, hasFilters, NO_FILTERS, PAGE_SIZE, pagesForRows, toListQuery } from '../../renderer/features/refunds/list/list-query';

describe('list query', () => {
  it('sends only the filters that are set', () => {
    expect(toListQuery(NO_FILTERS, 0)).toEqual({ offset: 0, limit: PAGE_SIZE });
    expect(toListQuery({ text: ' 8000 ', status: 'arrived', channel: 'wechat', from: '2026-11-01', to: '' }, 2)).toEqual({
      offset: 2 * PAGE_SIZE,
      limit: PAGE_SIZE,
      text: '8000',
      status: 'arrived',
      channel: 'wechat',
      from: '2026-11-01',
    });
  });

  it('treats white space in the search box as no search', () => {
    expect(hasFilters({ ...NO_FILTERS, text: '   ' })).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, to: '2026-11-30' })).toBe(true);
    expect(filtersKey({ ...NO_FILTERS, text: ' ' })).toBe(filtersKey(NO_FILTERS));
  });

  it('asks for the pages that hold the rows on screen, and no page past the end', () => {
    expect(pagesForRows(0, 14, 50_000)).toEqual([0]);
    expect(pagesForRows(95, 110, 50_000)).toEqual([0, 1]);
    expect(pagesForRows(49_990, 50_010, 50_000)).toEqual([499]);
    expect(pagesForRows(0, 10, 0)).toEqual([]);
    expect(pagesForRows(5, 4, 100)).toEqual([]);
  });
});
