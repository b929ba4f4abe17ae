/**
 * How a settlement day stands on a given day: waiting, due today, late, or received (in full, short or over
 * the tolerance). Computed on request from the calendar, never stored.
 */
import { addDays } from '../calendar/iso-date';
import type { IsoDate } from '../calendar/iso-date';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { fen } from '../domain/money';
import type { SettlementState, SettlementView } from '../ipc/contract-settlements';
import { expectedSettlementDate, workingDaysAfter } from './settlement-due';
import type { SettlementAccount, SettlementDay } from './settlement';

export function settlementViewOf(day: SettlementDay, account: SettlementAccount | undefined, calendar: WorkingCalendar, today: IsoDate): SettlementView {
  const expected = expectedSettlementDate(day.businessDate, day.cycle, calendar);
  const base = {
    day,
    accountName: account?.name ?? '?',
    source: account?.source ?? 'other',
    expectedBy: expected.date,
    beyondCoverage: expected.beyondCoverage,
  } as const;
  if (day.received !== undefined) {
    const difference = fen(day.received.amount - day.expectedNet);
    const state: SettlementState = difference < 0 - day.toleranceFen ? 'short' : difference > day.toleranceFen ? 'over' : 'received';
    return { ...base, state, difference };
  }
  if (today < expected.date) return { ...base, state: 'waiting' };
  if (today === expected.date) return { ...base, state: 'due_today' };
  // Working days that passed without the money, counting the expected day itself: due Wednesday, still missing on
  // Thursday morning is one day late; a holiday week after the expected day adds nothing. Never 0 once late.
  const missed = workingDaysAfter(addDays(expected.date, -1), addDays(today, -1), calendar);
  return { ...base, state: 'late', lateWorkingDays: Math.max(1, missed) };
}
