import { describe, expect, it, vi } from 'vitest';
import { fen } from '../../electron/common/domain/money';
import { formatInstant, formatLocalDateTime, maskCard, toLocalDateTimeInput, yuan } from '../../renderer/lib/format';
import { newRequestId } from '../../renderer/lib/request-id';

describe('format', () => {
  it('shows money with the yuan sign and thousands separators', () => {
    expect(yuan(fen(123450))).toBe('¥1,234.50');
    expect(yuan(fen(5))).toBe('¥0.05');
  });

  it('shows instants in the shop’s local time (Asia/Shanghai in tests)', () => {
    expect(formatInstant('2026-11-21T16:05:00.000Z')).toBe('2026-11-22 00:05');
    expect(formatInstant('not a date')).toBe('not a date');
  });

  it('shows a slip time as printed, and fills the datetime input in local time', () => {
    expect(formatLocalDateTime('2026-11-20T10:30')).toBe('2026-11-20 10:30');
    expect(toLocalDateTimeInput(new Date(2026, 0, 5, 7, 3))).toBe('2026-01-05T07:03');
  });

  it('masks a card to its last four digits', () => {
    expect(maskCard('1234')).toBe('**** 1234');
    expect(maskCard('')).toBeUndefined();
    expect(maskCard(undefined)).toBeUndefined();
  });
});

describe('newRequestId', () => {
  const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('makes a version-4 id', () => {
    expect(newRequestId()).toMatch(V4);
  });

  it('still makes one where randomUUID is missing (a page outside a secure context)', () => {
    const real = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: (array: Uint8Array<ArrayBuffer>) => real.getRandomValues(array) });
    try {
      const ids = new Set(Array.from({ length: 50 }, () => newRequestId()));
      expect(ids.size).toBe(50);
      for (const id of ids) expect(id).toMatch(V4);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
