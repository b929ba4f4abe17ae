import { describe, expect, it } from 'vitest';
import { weekdayOf } from '../../../electron/common/calendar/iso-date';
import { createWorkingCalendar } from '../../../electron/common/calendar/working-calendar';
import { expectedSettlementDate, workingDaysAfter } from '../../../electron/common/settlements/settlement-due';
import type { SettlementCycle } from '../../../electron/common/settlements/settlement';
import { OFFICIAL_2025, OFFICIAL_2026 } from '../../fixtures/calendar/official-schedules';

const calendar = createWorkingCalendar({ schedules: [OFFICIAL_2025, OFFICIAL_2026] });
const T = (days: number): SettlementCycle => ({ basis: 'T', days });
const D = (days: number): SettlementCycle => ({ basis: 'D', days });
const covered = (date: string) => ({ date, beyondCoverage: false });

describe('T+n: banks’ working days', () => {
  it('T+1 on an ordinary Friday pays on Monday', () => {
    expect(weekdayOf('2026-11-20')).toBe(5);
    expect(expectedSettlementDate('2026-11-20', T(1), calendar)).toEqual(covered('2026-11-23'));
    expect(expectedSettlementDate('2026-11-18', T(1), calendar)).toEqual(covered('2026-11-19'));
    expect(expectedSettlementDate('2026-11-20', T(2), calendar)).toEqual(covered('2026-11-24'));
  });

  it('T+1 on the eve of National Day 2025 pays on the first working day after the holiday', () => {
    // 放假 1–8 October 2025; 9 October (Thursday) is the first working day.
    expect(expectedSettlementDate('2025-09-30', T(1), calendar)).toEqual(covered('2025-10-09'));
    expect(expectedSettlementDate('2025-10-03', T(1), calendar)).toEqual(covered('2025-10-09'));
    // Saturday 11 October 2025 is a 调休 working day: T+3 from the eve lands on it, T+4 on Monday the 13th.
    expect(expectedSettlementDate('2025-09-30', T(3), calendar)).toEqual(covered('2025-10-11'));
    expect(expectedSettlementDate('2025-09-30', T(4), calendar)).toEqual(covered('2025-10-13'));
  });

  it('T+1 on the eve of National Day 2026 pays on the first working day after the holiday', () => {
    // 放假 1–7 October 2026; 8 October (Thursday) is the first working day, Saturday the 10th a make-up day.
    expect(expectedSettlementDate('2026-09-30', T(1), calendar)).toEqual(covered('2026-10-08'));
    expect(expectedSettlementDate('2026-09-30', T(2), calendar)).toEqual(covered('2026-10-09'));
    expect(expectedSettlementDate('2026-09-30', T(3), calendar)).toEqual(covered('2026-10-10'));
    expect(weekdayOf('2026-10-10')).toBe(6);
  });

  it('counts a make-up Sunday as a working day (2026-01-04 after New Year)', () => {
    expect(weekdayOf('2026-01-04')).toBe(0);
    expect(expectedSettlementDate('2025-12-31', T(1), calendar)).toEqual(covered('2026-01-04'));
    // Saturday 27 September 2025 is an ordinary weekend day; Sunday the 28th is a make-up day.
    expect(expectedSettlementDate('2025-09-26', T(1), calendar)).toEqual(covered('2025-09-28'));
  });

  it('T+1 from a Saturday make-up working day', () => {
    // Saturday 10 October 2026 → Monday the 12th.
    expect(expectedSettlementDate('2026-10-10', T(1), calendar)).toEqual(covered('2026-10-12'));
    // Saturday 14 February 2026 (make-up day before 春节 15–23 February) → Tuesday the 24th.
    expect(expectedSettlementDate('2026-02-14', T(1), calendar)).toEqual(covered('2026-02-24'));
    // Saturday 28 February 2026 (make-up day after 春节) → Monday 2 March.
    expect(expectedSettlementDate('2026-02-28', T(1), calendar)).toEqual(covered('2026-03-02'));
  });

  it('T+0 pays the same day on a working day, and the next working day otherwise', () => {
    expect(expectedSettlementDate('2026-11-20', T(0), calendar)).toEqual(covered('2026-11-20'));
    expect(expectedSettlementDate('2026-10-10', T(0), calendar)).toEqual(covered('2026-10-10')); // make-up Saturday
    expect(expectedSettlementDate('2026-10-03', T(0), calendar)).toEqual(covered('2026-10-08')); // National Day
    expect(expectedSettlementDate('2025-10-01', T(0), calendar)).toEqual(covered('2025-10-09'));
    expect(expectedSettlementDate('2026-11-22', T(0), calendar)).toEqual(covered('2026-11-23')); // Sunday
  });

  it('ignores the shop’s closures: money moves on the banks’ calendar', () => {
    const closed = createWorkingCalendar({ schedules: [OFFICIAL_2025, OFFICIAL_2026], closures: ['2026-11-23', '2026-11-20'] });
    expect(expectedSettlementDate('2026-11-20', T(1), closed)).toEqual(covered('2026-11-23'));
    expect(expectedSettlementDate('2026-11-20', T(0), closed)).toEqual(covered('2026-11-20'));
    expect(workingDaysAfter('2026-11-20', '2026-11-24', closed)).toBe(2);
  });
});

describe('D+n: calendar days', () => {
  it('D+0 is the business day itself, even on a weekend or holiday', () => {
    expect(expectedSettlementDate('2026-11-21', D(0), calendar)).toEqual(covered('2026-11-21'));
    expect(expectedSettlementDate('2026-10-03', D(0), calendar)).toEqual(covered('2026-10-03'));
  });

  it('D+1 counts weekends and holidays', () => {
    expect(expectedSettlementDate('2026-11-20', D(1), calendar)).toEqual(covered('2026-11-21')); // Friday → Saturday
    expect(expectedSettlementDate('2026-11-21', D(1), calendar)).toEqual(covered('2026-11-22'));
    expect(expectedSettlementDate('2026-09-30', D(1), calendar)).toEqual(covered('2026-10-01'));
    expect(expectedSettlementDate('2026-10-03', D(7), calendar)).toEqual(covered('2026-10-10'));
  });

  it('never needs a schedule, so it is never beyond coverage', () => {
    expect(expectedSettlementDate('2031-09-30', D(1), calendar)).toEqual(covered('2031-10-01'));
    expect(expectedSettlementDate('2026-12-31', D(1), calendar)).toEqual(covered('2027-01-01'));
  });
});

describe('beyond coverage', () => {
  it('flags T+n in a year without a schedule (2031), counted Monday–Friday', () => {
    // 1 October 2031 is a Wednesday: surely a holiday, but without the year's schedule it can only be guessed.
    expect(expectedSettlementDate('2031-09-30', T(1), calendar)).toEqual({ date: '2031-10-01', beyondCoverage: true });
    expect(expectedSettlementDate('2031-10-03', T(1), calendar)).toEqual({ date: '2031-10-06', beyondCoverage: true });
    expect(expectedSettlementDate('2031-10-01', T(0), calendar)).toEqual({ date: '2031-10-01', beyondCoverage: true });
    expect(expectedSettlementDate('2031-10-04', T(0), calendar)).toEqual({ date: '2031-10-06', beyondCoverage: true });
  });

  it('flags a count that crosses into an uncovered year', () => {
    expect(expectedSettlementDate('2026-12-31', T(1), calendar)).toEqual({ date: '2027-01-01', beyondCoverage: true });
    expect(expectedSettlementDate('2026-12-30', T(1), calendar)).toEqual(covered('2026-12-31'));
  });
});

describe('workingDaysAfter', () => {
  it('counts banks’ working days in (from, to]', () => {
    expect(workingDaysAfter('2026-11-20', '2026-11-23', calendar)).toBe(1); // Fri → Mon
    expect(workingDaysAfter('2026-11-20', '2026-11-22', calendar)).toBe(0); // the weekend does not count
    expect(workingDaysAfter('2026-11-16', '2026-11-20', calendar)).toBe(4);
    expect(workingDaysAfter('2026-11-16', '2026-11-30', calendar)).toBe(10);
  });

  it('skips holidays and counts make-up days', () => {
    expect(workingDaysAfter('2026-09-30', '2026-10-07', calendar)).toBe(0);
    expect(workingDaysAfter('2026-09-30', '2026-10-08', calendar)).toBe(1);
    expect(workingDaysAfter('2026-09-30', '2026-10-10', calendar)).toBe(3); // 8th, 9th and make-up Saturday 10th
    expect(workingDaysAfter('2026-09-30', '2026-10-12', calendar)).toBe(4);
    expect(workingDaysAfter('2025-12-31', '2026-01-04', calendar)).toBe(1); // make-up Sunday
  });

  it('is 0 when `to` is not after `from`', () => {
    expect(workingDaysAfter('2026-11-20', '2026-11-20', calendar)).toBe(0);
    expect(workingDaysAfter('2026-11-20', '2026-11-10', calendar)).toBe(0);
  });
});
