import { describe, expect, it } from 'vitest';
import {
  formatLocalDate,
  formatLocalMinute,
  isValidLocalDate,
  localDateOfInstant,
  localMonthCompact,
  monthOfLocal,
  parseLocalMinute,
} from '../../../electron/common/domain/local-time';

describe('parseLocalMinute', () => {
  it('reads local wall-clock time', () => {
    const date = parseLocalMinute('2026-11-06T14:30');
    expect(date?.toISOString()).toBe('2026-11-06T06:30:00.000Z');
  });

  it.each(['2024-02-30T10:00', '2023-02-29T10:00', '2026-13-01T10:00', '2026-04-31T10:00', '2026-11-06T24:00', '2026-11-06T12:60'])(
    'refuses %s instead of rolling it over',
    (text) => {
      expect(parseLocalMinute(text)).toBeUndefined();
    },
  );

  it.each(['2024-02-29T23:59', '2026-12-31T00:00'])('accepts %s', (text) => {
    expect(parseLocalMinute(text)).toBeInstanceOf(Date);
  });

  it.each(['2026-11-06 14:30', '2026-11-06T14:30:00', '26-11-06T14:30', ''])('refuses the shape %j', (text) => {
    expect(parseLocalMinute(text)).toBeUndefined();
  });

  it('round-trips through formatLocalMinute', () => {
    const date = new Date(2026, 10, 6, 9, 5);
    expect(formatLocalMinute(date)).toBe('2026-11-06T09:05');
  });
});

describe('local dates', () => {
  it('dates an instant in local time', () => {
    expect(localDateOfInstant('2026-11-05T16:30:00.000Z')).toBe('2026-11-06');
    expect(formatLocalDate(new Date('2026-11-05T15:59:00.000Z'))).toBe('2026-11-05');
    expect(localMonthCompact(new Date('2026-10-31T16:00:00.000Z'))).toBe('202611');
  });

  it('validates YYYY-MM-DD', () => {
    expect(isValidLocalDate('2024-02-29')).toBe(true);
    expect(isValidLocalDate('2024-02-30')).toBe(false);
    expect(isValidLocalDate('2024-2-3')).toBe(false);
  });

  it('takes the partition month of a local date-time', () => {
    expect(monthOfLocal('2026-11-06T14:30')).toBe('2026-11');
  });
});
