import { describe, expect, it } from 'vitest';
import chineseDays from 'chinese-days';
import { datesOfYear, isWeekend } from '../../../electron/common/calendar/iso-date';
import { BUILTIN_YEARS, builtinSchedule, builtinSchedules } from '../../../electron/node/calendar/builtin-schedules';
import { OFFICIAL_2025, OFFICIAL_2026 } from '../../fixtures/calendar/official-schedules';

describe('built-in schedules from chinese-days', () => {
  it.each([OFFICIAL_2025, OFFICIAL_2026])('match the State Council notice for $year', (official) => {
    const builtin = builtinSchedule(official.year);
    // The notice lists whole spans; chinese-days the same days. Make-up days are the weekend working days.
    expect(builtin.holidays).toEqual([...official.holidays].sort());
    expect(builtin.workdays).toEqual([...official.workdays].sort());
  });

  it('cover 2004–2026 and nothing after', () => {
    expect(BUILTIN_YEARS).toEqual({ from: 2004, to: 2026 });
    const all = builtinSchedules();
    expect(all.map((schedule) => schedule.year)).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    for (const schedule of all) {
      expect(schedule.holidays.length).toBeGreaterThan(0);
      expect(schedule.workdays.every(isWeekend)).toBe(true);
    }
    // chinese-days has no 2027 data: it would call New Year's Day a working day, so the calendar must not ask it.
    expect(builtinSchedule(2027).holidays).toEqual([]);
  });

  it('say for every day of 2004–2026 exactly what the package answers day by day', () => {
    for (let year = BUILTIN_YEARS.from; year <= BUILTIN_YEARS.to; year += 1) {
      const holidays: string[] = [];
      const workdays: string[] = [];
      for (const date of datesOfYear(year)) {
        const detail = chineseDays.getDayDetail(date);
        // A holiday or make-up day is named "English,中文,n"; an ordinary day by its weekday ("Saturday").
        if (!detail.name.includes(',')) continue;
        if (detail.work && isWeekend(date)) workdays.push(date);
        if (!detail.work) holidays.push(date);
      }
      expect(builtinSchedule(year), String(year)).toEqual({ year, holidays, workdays });
    }
  });
});
