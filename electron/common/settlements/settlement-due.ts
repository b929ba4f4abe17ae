/**
 * When a day's takings should reach the shop's account. `T+n` counts the banks' working days (China's holidays
 * and 调休 make-up days, the shop's own closures ignored: money moves on the banks' calendar); `D+n` counts
 * calendar days. Settlement days never store this date, so a loaded holiday year corrects it at once.
 */
import { addDays } from '../calendar/iso-date';
import type { IsoDate } from '../calendar/iso-date';
import type { WorkingCalendar, WorkingDaysResult } from '../calendar/working-calendar';
import type { SettlementCycle } from './settlement';

const BANKS = { ignoreClosures: true } as const;

export function expectedSettlementDate(businessDate: IsoDate, cycle: SettlementCycle, calendar: WorkingCalendar): WorkingDaysResult {
  if (cycle.basis === 'D') return { date: addDays(businessDate, cycle.days), beyondCoverage: false };
  if (cycle.days > 0) return calendar.addWorkingDays(businessDate, cycle.days, BANKS);
  // T+0 on a day the banks are closed pays on the next working day.
  const today = calendar.isWorkingDay(businessDate, BANKS);
  if (today.working) return { date: businessDate, beyondCoverage: today.beyondCoverage };
  return calendar.addWorkingDays(businessDate, 1, BANKS);
}

/** Banks' working days in (`from`, `to`]: how late a settlement is, in the days that count. 0 when `to` ≤ `from`. */
export function workingDaysAfter(from: IsoDate, to: IsoDate, calendar: WorkingCalendar): number {
  let count = 0;
  // A bound, so a settlement left unmarked for years costs at most ten years of steps.
  for (let day = addDays(from, 1), steps = 0; day <= to && steps < 3660; day = addDays(day, 1), steps += 1) {
    if (calendar.isWorkingDay(day, BANKS).working) count += 1;
  }
  return count;
}
