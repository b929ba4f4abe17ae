/**
 * The official schedules 2004–2026 that ship with the app, read from `chinese-days` (pure data, no network).
 * Only its per-day answers are used, always with `YYYY-MM-DD` strings: given a local Date it answers for the
 * wrong day in other time zones (STYLE, pitfalls). Beyond its last year it silently answers Monday–Friday,
 * which is why the years it covers are listed here and checked by the calendar, never inferred from it.
 */
import chineseDays from 'chinese-days';
import { datesOfYear, isWeekend } from '../../common/calendar/iso-date';
import type { YearSchedule } from '../../common/calendar/year-schedule';

export const BUILTIN_YEARS = { from: 2004, to: 2026 } as const;

/** A holiday or make-up day is named "English,中文,n"; an ordinary day by its weekday ("Saturday"). */
function isScheduled(name: string): boolean {
  return name.includes(',');
}

export function builtinSchedule(year: number): YearSchedule {
  const holidays: string[] = [];
  const workdays: string[] = [];
  for (const date of datesOfYear(year)) {
    const detail = chineseDays.getDayDetail(date);
    if (!isScheduled(detail.name)) continue;
    if (detail.work && isWeekend(date)) workdays.push(date);
    if (!detail.work) holidays.push(date);
  }
  return { year, holidays, workdays };
}

let cached: readonly YearSchedule[] | undefined;

export function builtinSchedules(): readonly YearSchedule[] {
  cached ??= Array.from({ length: BUILTIN_YEARS.to - BUILTIN_YEARS.from + 1 }, (_, i) => builtinSchedule(BUILTIN_YEARS.from + i));
  return cached;
}
