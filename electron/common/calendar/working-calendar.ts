/**
 * Working days in mainland China: Monday–Friday, minus official holidays, plus make-up working days (调休),
 * minus the shop's own closures. Years without a schedule (built-in or loaded by the owner) fall back to
 * Monday–Friday, and every answer that relied on that fallback says so (`beyondCoverage`), so an uncovered
 * holiday is never silently treated as a working day.
 */
import { addDays, isWeekend, yearOf } from './iso-date';
import type { IsoDate } from './iso-date';
import type { YearSchedule } from './year-schedule';

export type Coverage = 'covered' | 'beyond';
export type DayReason = 'weekday' | 'weekend' | 'holiday' | 'makeup_workday' | 'closure';

export interface DayAnswer {
  readonly working: boolean;
  readonly reason: DayReason;
  /** No schedule for this date's year: the answer is plain Monday–Friday. */
  readonly beyondCoverage: boolean;
}

export interface WorkingDaysResult {
  readonly date: IsoDate;
  /** At least one day counted lies in a year without a schedule. */
  readonly beyondCoverage: boolean;
}

export interface CalendarOptions {
  /**
   * Count on the national (banks') calendar only. Money moves on the banks' working days; a day the shop is
   * closed does not delay it, so arrival estimates pass this, reminders do not.
   */
  readonly ignoreClosures?: boolean;
}

export interface WorkingCalendar {
  isWorkingDay(date: IsoDate, options?: CalendarOptions): DayAnswer;
  /** The n-th working day after `date` (the day itself is never counted); n = 0 returns `date`. */
  addWorkingDays(date: IsoDate, n: number, options?: CalendarOptions): WorkingDaysResult;
  coverage(date: IsoDate): Coverage;
  /** Years with a schedule, ascending. */
  readonly coveredYears: readonly number[];
}

export interface CalendarSources {
  /** Later entries replace earlier ones for the same year (an owner-loaded file over built-in data). */
  readonly schedules: readonly YearSchedule[];
  readonly closures?: readonly IsoDate[];
}

/** A bound on the days stepped, so a calendar of nothing but closures cannot loop for ever. */
const MAX_STEPS = 3660;
/** Answers kept per calendar (a few MB at most); past this the memo starts again rather than grow without bound. */
const MAX_KEPT_ANSWERS = 50_000;

export function createWorkingCalendar(sources: CalendarSources): WorkingCalendar {
  const byYear = new Map<number, { holidays: ReadonlySet<IsoDate>; workdays: ReadonlySet<IsoDate> }>();
  for (const schedule of sources.schedules) {
    byYear.set(schedule.year, { holidays: new Set(schedule.holidays), workdays: new Set(schedule.workdays) });
  }
  const closures: ReadonlySet<IsoDate> = new Set(sources.closures ?? []);
  const coveredYears = [...byYear.keys()].sort((a, b) => a - b);

  function isWorkingDay(date: IsoDate, options: CalendarOptions = {}): DayAnswer {
    const schedule = byYear.get(yearOf(date));
    const beyondCoverage = schedule === undefined;
    if (options.ignoreClosures !== true && closures.has(date)) return { working: false, reason: 'closure', beyondCoverage };
    if (schedule?.workdays.has(date) === true) return { working: true, reason: 'makeup_workday', beyondCoverage };
    if (schedule?.holidays.has(date) === true) return { working: false, reason: 'holiday', beyondCoverage };
    return isWeekend(date)
      ? { working: false, reason: 'weekend', beyondCoverage }
      : { working: true, reason: 'weekday', beyondCoverage };
  }

  // The calendar never changes once built (a new one is made when its sources do), so an answer can be kept:
  // the reminders ask for the same few hundred (payment day, n) pairs thousands of times — at 50,000 refunds,
  // stepping day by day for each of them was most of the time 'reminder.list' took.
  const answers = new Map<string, WorkingDaysResult>();

  function addWorkingDays(date: IsoDate, n: number, options: CalendarOptions = {}): WorkingDaysResult {
    const key = `${date}|${String(n)}|${options.ignoreClosures === true ? 'banks' : 'shop'}`;
    const known = answers.get(key);
    if (known !== undefined) return known;
    const answer = stepWorkingDays(date, n, options);
    if (answers.size >= MAX_KEPT_ANSWERS) answers.clear();
    answers.set(key, answer);
    return answer;
  }

  function stepWorkingDays(date: IsoDate, n: number, options: CalendarOptions): WorkingDaysResult {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Working days must be a whole number ≥ 0: ${n}`);
    let current = date;
    let beyondCoverage = false;
    for (let left = n, steps = 0; left > 0; steps += 1) {
      if (steps > MAX_STEPS) throw new RangeError('No working day found within ten years.');
      current = addDays(current, 1);
      const answer = isWorkingDay(current, options);
      if (answer.beyondCoverage) beyondCoverage = true;
      if (answer.working) left -= 1;
    }
    return { date: current, beyondCoverage };
  }

  return {
    isWorkingDay,
    addWorkingDays,
    coverage: (date) => (byYear.has(yearOf(date)) ? 'covered' : 'beyond'),
    coveredYears,
  };
}
