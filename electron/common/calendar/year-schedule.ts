/**
 * One year of China's official holiday schedule (放假 and 调休 make-up working days), the shape the owner loads
 * from a file when a new year is published before the app's built-in data has it. Documented format:
 *
 *   { "year": 2027, "holidays": ["2027-01-01", …], "workdays": ["2027-02-07", …] }
 *
 * `holidays` are days off (weekends inside a holiday may be listed or not); `workdays` are weekend days that are
 * working days. Every date must belong to `year`, and no date may be in both lists.
 */
import { z } from 'zod';
import { DomainError } from '../domain/errors';
import { isIsoDate, yearOf } from './iso-date';
import type { IsoDate } from './iso-date';

export interface YearSchedule {
  readonly year: number;
  readonly holidays: readonly IsoDate[];
  readonly workdays: readonly IsoDate[];
}

/** Loaded files are small; this caps what a wrong file can make the app hold. */
export const SCHEDULE_FILE_MAX_CHARS = 64_000;
export const SCHEDULE_YEARS = { min: 2000, max: 2100 } as const;

const dateList = z.array(z.string().max(10).refine(isIsoDate)).max(366);

export const yearScheduleSchema = z.strictObject({
  year: z.int().min(SCHEDULE_YEARS.min).max(SCHEDULE_YEARS.max),
  // Every year since 1949 has official holidays: an empty list is a wrong file, not a year without holidays.
  holidays: dateList.min(1),
  workdays: dateList,
});

function fail(code: 'calendar_file_invalid' | 'calendar_file_wrong_year' | 'calendar_file_conflict', message: string): never {
  throw new DomainError(code, message, { field: 'calendar.file' });
}

/** Checks a parsed value; duplicates are dropped and dates sorted, so the stored copy is canonical. */
export function checkYearSchedule(value: unknown): YearSchedule {
  const result = yearScheduleSchema.safeParse(value);
  if (!result.success) fail('calendar_file_invalid', `Not a holiday schedule: ${result.error.message}`);
  const { year } = result.data;
  const holidays = [...new Set(result.data.holidays)].sort();
  const workdays = [...new Set(result.data.workdays)].sort();
  const outside = [...holidays, ...workdays].find((date) => yearOf(date) !== year);
  if (outside !== undefined) fail('calendar_file_wrong_year', `${outside} is not in ${year}.`);
  const both = holidays.find((date) => workdays.includes(date));
  if (both !== undefined) fail('calendar_file_conflict', `${both} is both a holiday and a working day.`);
  return { year, holidays, workdays };
}

/** The text of a file the owner chose; refuses anything that is not exactly one year's schedule. */
export function parseScheduleFile(text: string): YearSchedule {
  if (text.length > SCHEDULE_FILE_MAX_CHARS) fail('calendar_file_invalid', 'The file is too large for a holiday schedule.');
  let value: unknown;
  try {
    // A UTF-8 BOM (Notepad on Windows adds one) is not part of the JSON.
    value = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch {
    fail('calendar_file_invalid', 'The file is not JSON.');
  }
  return checkYearSchedule(value);
}
