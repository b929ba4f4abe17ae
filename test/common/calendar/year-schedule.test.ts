import { describe, expect, it } from 'vitest';
import { parseScheduleFile } from '../../../electron/common/calendar/year-schedule';
import { DomainError } from '../../../electron/common/domain/errors';
import { TEST_2027_FILE } from '../../fixtures/calendar/official-schedules';

function refusal(text: string): DomainError {
  try {
    parseScheduleFile(text);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('The file was accepted.');
}

describe('parseScheduleFile', () => {
  it('reads the documented format, sorted and without duplicates', () => {
    const schedule = parseScheduleFile(`\uFEFF${JSON.stringify({ year: 2027, holidays: ['2027-10-02', '2027-10-01', '2027-10-01'], workdays: [] })}`);
    expect(schedule).toEqual({ year: 2027, holidays: ['2027-10-01', '2027-10-02'], workdays: [] });
    expect(parseScheduleFile(TEST_2027_FILE).workdays).toHaveLength(3);
  });

  it.each([
    ['not JSON', 'year: 2027', 'calendar_file_invalid'],
    ['wrong shape', JSON.stringify({ year: 2027, days: [] }), 'calendar_file_invalid'],
    ['no holidays', JSON.stringify({ year: 2027, holidays: [], workdays: [] }), 'calendar_file_invalid'],
    ['impossible date', JSON.stringify({ year: 2027, holidays: ['2027-02-30'], workdays: [] }), 'calendar_file_invalid'],
    ['slashes', JSON.stringify({ year: 2027, holidays: ['2027/01/01'], workdays: [] }), 'calendar_file_invalid'],
    ['another year', JSON.stringify({ year: 2027, holidays: ['2026-10-01'], workdays: [] }), 'calendar_file_wrong_year'],
    ['both lists', JSON.stringify({ year: 2027, holidays: ['2027-10-01'], workdays: ['2027-10-01'] }), 'calendar_file_conflict'],
    ['too large', ' '.repeat(70_000), 'calendar_file_invalid'],
  ])('refuses a file with %s', (_name, text, code) => {
    expect(refusal(text).code).toBe(code);
  });
});
