import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../../../electron/common/calendar/working-calendar';
import { settlementViewOf } from '../../../electron/common/settlements/settlement-view';
import { OFFICIAL_2026 } from '../../fixtures/calendar/official-schedules';
import { calendar, dayOf, POS, received } from './settlement-fixture';

// ¥12,345.67 of sales at 0.60%: fee ¥74.07, net ¥12,271.60.
const NET = 1_227_160;

describe('settlementViewOf before the money arrives', () => {
  const day = dayOf(POS, '2026-11-19'); // Thursday, T+1 → Friday 20th
  const view = (today: string) => settlementViewOf(day, POS, calendar, today);

  it('computes the expected net and the expected day', () => {
    expect(day.expectedFee).toBe(7407);
    expect(day.expectedNet).toBe(NET);
    expect(view('2026-11-19')).toEqual({ day, accountName: '收银台 POS', source: 'pos', expectedBy: '2026-11-20', beyondCoverage: false, state: 'waiting' });
  });

  it('is due on the expected day and late after it, counting banks’ working days', () => {
    expect(view('2026-11-20').state).toBe('due_today');
    expect(view('2026-11-20').lateWorkingDays).toBeUndefined();
    // Saturday: late (not there by Friday), but no working day has passed since.
    expect(view('2026-11-21')).toMatchObject({ state: 'late', lateWorkingDays: 1 }); // Friday passed without the money
    expect(view('2026-11-23')).toMatchObject({ state: 'late', lateWorkingDays: 1 });
    expect(view('2026-11-27')).toMatchObject({ state: 'late', lateWorkingDays: 5 });
  });

  it('counts lateness across a holiday in working days only', () => {
    const eve = dayOf(POS, '2026-09-29'); // Tuesday, expected Wednesday 30th
    const late = (today: string) => settlementViewOf(eve, POS, calendar, today);
    expect(late('2026-09-30').state).toBe('due_today');
    expect(late('2026-10-07')).toMatchObject({ expectedBy: '2026-09-30', state: 'late', lateWorkingDays: 1 }); // the holiday adds nothing
    expect(late('2026-10-08')).toMatchObject({ state: 'late', lateWorkingDays: 1 });
    expect(late('2026-10-10')).toMatchObject({ state: 'late', lateWorkingDays: 3 }); // make-up Saturday counts
    // A day taken on the eve itself is only waiting during the whole holiday week.
    const holiday = dayOf(POS, '2026-09-30');
    expect(settlementViewOf(holiday, POS, calendar, '2026-10-07')).toMatchObject({ expectedBy: '2026-10-08', state: 'waiting' });
  });

  it('says when the expected day was counted without a schedule', () => {
    const only2026 = createWorkingCalendar({ schedules: [OFFICIAL_2026] });
    const newYearsEve = dayOf(POS, '2026-12-31');
    expect(settlementViewOf(newYearsEve, POS, only2026, '2026-12-31')).toMatchObject({ expectedBy: '2027-01-01', beyondCoverage: true, state: 'waiting' });
  });

  it('still shows a day whose account is gone', () => {
    expect(settlementViewOf(day, undefined, calendar, '2026-11-19')).toMatchObject({ accountName: '?', source: 'other', state: 'waiting' });
  });
});

describe('settlementViewOf once the money arrived', () => {
  const day = dayOf(POS, '2026-11-19');
  const after = (amount: number) => settlementViewOf(received(day, amount, '2026-11-20'), POS, calendar, '2026-11-30');

  it('is received when the amount matches, even long after the expected day', () => {
    expect(after(NET)).toMatchObject({ state: 'received', difference: 0 });
    expect(after(NET).lateWorkingDays).toBeUndefined();
  });

  it('is received within the tolerance, and exactly at it', () => {
    expect(after(NET - 37)).toMatchObject({ state: 'received', difference: -37 });
    expect(after(NET - 100)).toMatchObject({ state: 'received', difference: -100 });
    expect(after(NET + 100)).toMatchObject({ state: 'received', difference: 100 });
  });

  it('is short beyond the tolerance', () => {
    expect(after(NET - 101)).toMatchObject({ state: 'short', difference: -101 });
    expect(after(0)).toMatchObject({ state: 'short', difference: -NET });
  });

  it('is over beyond the tolerance', () => {
    expect(after(NET + 101)).toMatchObject({ state: 'over', difference: 101 });
  });

  it('judges with the tolerance copied into the day, not the account’s current one', () => {
    const strict = { ...POS, toleranceFen: 0 as typeof POS.toleranceFen };
    expect(settlementViewOf(received(day, NET - 100, '2026-11-20'), strict, calendar, '2026-11-30').state).toBe('received');
  });
});
