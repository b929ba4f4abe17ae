import { describe, expect, it } from 'vitest';
import { addDays, isWeekend } from '../../../electron/common/calendar/iso-date';
import { createWorkingCalendar } from '../../../electron/common/calendar/working-calendar';
import { parseScheduleFile } from '../../../electron/common/calendar/year-schedule';
import { OFFICIAL_2025, OFFICIAL_2026, TEST_2027_FILE } from '../../fixtures/calendar/official-schedules';

const official = createWorkingCalendar({ schedules: [OFFICIAL_2025, OFFICIAL_2026] });

describe('working calendar on the official 2025 and 2026 schedules', () => {
  it.each([...OFFICIAL_2025.holidays, ...OFFICIAL_2026.holidays])('%s is a holiday', (date) => {
    const answer = official.isWorkingDay(date);
    expect(answer.working).toBe(false);
    expect(answer.beyondCoverage).toBe(false);
    expect(answer.reason).toBe('holiday');
  });

  it.each([...OFFICIAL_2025.workdays, ...OFFICIAL_2026.workdays])('%s is a make-up working day on a weekend', (date) => {
    expect(isWeekend(date)).toBe(true);
    expect(official.isWorkingDay(date)).toEqual({ working: true, reason: 'makeup_workday', beyondCoverage: false });
  });

  it('treats ordinary days as Monday–Friday', () => {
    expect(official.isWorkingDay('2026-11-20').working).toBe(true); // Friday
    expect(official.isWorkingDay('2026-11-21')).toEqual({ working: false, reason: 'weekend', beyondCoverage: false });
  });

  it('counts 3–5 working days from the eve of National Day 2026 across the holiday and the make-up Saturday', () => {
    expect(official.addWorkingDays('2026-09-30', 1)).toEqual({ date: '2026-10-08', beyondCoverage: false });
    expect(official.addWorkingDays('2026-09-30', 3)).toEqual({ date: '2026-10-10', beyondCoverage: false });
    expect(official.addWorkingDays('2026-09-30', 5)).toEqual({ date: '2026-10-13', beyondCoverage: false });
  });

  it('returns the day itself for 0 working days and refuses negative counts', () => {
    expect(official.addWorkingDays('2026-10-03', 0)).toEqual({ date: '2026-10-03', beyondCoverage: false });
    expect(() => official.addWorkingDays('2026-10-03', -1)).toThrow(RangeError);
  });
});

describe('beyond the known schedules', () => {
  it('says a 2027 date is beyond coverage and falls back to Monday–Friday only with the flag', () => {
    expect(official.coverage('2026-12-31')).toBe('covered');
    expect(official.coverage('2027-01-01')).toBe('beyond');
    // New Year's Day 2027 is a Friday: without a schedule it can only be guessed as a working day, flagged.
    expect(official.isWorkingDay('2027-01-01')).toEqual({ working: true, reason: 'weekday', beyondCoverage: true });
    expect(official.addWorkingDays('2026-12-30', 3)).toEqual({ date: '2027-01-04', beyondCoverage: true });
  });

  it('covers 2027 once the owner’s schedule is loaded', () => {
    const withYear = createWorkingCalendar({ schedules: [OFFICIAL_2025, OFFICIAL_2026, parseScheduleFile(TEST_2027_FILE)] });
    expect(withYear.coverage('2027-06-01')).toBe('covered');
    expect(withYear.isWorkingDay('2027-01-01')).toEqual({ working: false, reason: 'holiday', beyondCoverage: false });
    expect(withYear.addWorkingDays('2026-12-30', 3)).toEqual({ date: '2027-01-05', beyondCoverage: false });
    expect(withYear.isWorkingDay('2027-02-13').working).toBe(true);
    expect(withYear.coveredYears).toEqual([2025, 2026, 2027]);
  });

  it('lets a loaded year replace an earlier schedule of the same year', () => {
    const replaced = createWorkingCalendar({ schedules: [OFFICIAL_2026, { year: 2026, holidays: ['2026-12-01'], workdays: [] }] });
    expect(replaced.isWorkingDay('2026-10-01').working).toBe(true);
    expect(replaced.isWorkingDay('2026-12-01').working).toBe(false);
  });
});

describe('shop closures', () => {
  const closed = createWorkingCalendar({ schedules: [OFFICIAL_2026], closures: ['2026-11-23', '2026-11-24'] });

  it('are not working days for the shop', () => {
    expect(closed.isWorkingDay('2026-11-23')).toEqual({ working: false, reason: 'closure', beyondCoverage: false });
    expect(closed.addWorkingDays('2026-11-20', 1)).toEqual({ date: '2026-11-25', beyondCoverage: false });
  });

  it('do not move the banks’ calendar', () => {
    expect(closed.isWorkingDay('2026-11-23', { ignoreClosures: true }).working).toBe(true);
    expect(closed.addWorkingDays('2026-11-20', 1, { ignoreClosures: true }).date).toBe('2026-11-23');
  });

  it('keeps the shop’s and the banks’ answers apart when asked again and again (the calendar remembers answers)', () => {
    for (let round = 0; round < 3; round += 1) {
      expect(closed.addWorkingDays('2026-11-20', 1).date).toBe('2026-11-25');
      expect(closed.addWorkingDays('2026-11-20', 1, { ignoreClosures: true }).date).toBe('2026-11-23');
      expect(closed.addWorkingDays('2026-11-20', 2, { ignoreClosures: true }).date).toBe('2026-11-24');
    }
    expect(() => closed.addWorkingDays('2026-11-20', -1)).toThrow(RangeError);
  });

  it('cannot make counting loop for ever', () => {
    const closures = Array.from({ length: 4000 }, (_, i) => addDays('2026-01-01', i));
    const never = createWorkingCalendar({ schedules: [], closures });
    expect(() => never.addWorkingDays('2026-01-01', 1)).toThrow(RangeError);
  });
});
