/**
 * The official schedules 2004–2026 that ship with the app, read from `chinese-days` (pure data, no network),
 * keyed by `YYYY-MM-DD` strings (given a local Date its API answers for the wrong day in other time zones: STYLE,
 * pitfalls). Beyond its last year it silently answers Monday–Friday, which is why the years it covers are listed
 * here and checked by the calendar, never inferred from it.
 */
import days from 'chinese-days/dist/chinese-days.json';
import { isWeekend } from '../../common/calendar/iso-date';
import type { YearSchedule } from '../../common/calendar/year-schedule';

export const BUILTIN_YEARS = { from: 2004, to: 2026 } as const;

/**
 * The package's own table (`holidays` and `workdays` by `YYYY-MM-DD`), the same data its per-day API answers from
 * (builtin-schedules.test.ts compares the two for every day of every year) — read as a table it takes no time at
 * start-up, where asking day by day for 23 years took ~70 ms.
 */
export function builtinSchedule(year: number): YearSchedule {
  const inYear = (date: string): boolean => date.startsWith(`${year}-`);
  return {
    year,
    holidays: Object.keys(days.holidays).filter(inYear).sort(),
    // Make-up working days fall on weekends; a "workday" entry on a weekday changes nothing.
    workdays: Object.keys(days.workdays).filter((date) => inYear(date) && isWeekend(date)).sort(),
  };
}

let cached: readonly YearSchedule[] | undefined;

export function builtinSchedules(): readonly YearSchedule[] {
  cached ??= Array.from({ length: BUILTIN_YEARS.to - BUILTIN_YEARS.from + 1 }, (_, i) => builtinSchedule(BUILTIN_YEARS.from + i));
  return cached;
}
