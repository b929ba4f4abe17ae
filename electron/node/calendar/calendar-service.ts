/**
 * The working calendar and arrival table as the app uses them: built-in years + years the owner loaded + the
 * shop's closures, rebuilt after each change, and the calendar methods of the IPC contract. The reminders use
 * `calendar()`, `table()` and `expectedArrivalOf()` from here, so every screen counts days the same way.
 */
import { arrivalTable } from '../../common/calendar/arrival-windows';
import type { ArrivalTable } from '../../common/calendar/arrival-windows';
import { expectedArrival } from '../../common/calendar/expected-arrival';
import type { ArrivalPayment, ArrivalRefund, ExpectedArrival } from '../../common/calendar/expected-arrival';
import { parseScheduleFile } from '../../common/calendar/year-schedule';
import { createWorkingCalendar } from '../../common/calendar/working-calendar';
import type { WorkingCalendar } from '../../common/calendar/working-calendar';
import { formatLocalDate } from '../../common/domain/local-time';
import type { Handlers } from '../../common/ipc/contract';
import type { CalendarInfo } from '../../common/ipc/contract-calendar';
import type { Clock } from '../../common/ports';
import { BUILTIN_YEARS, builtinSchedules } from './builtin-schedules';
import type { CalendarData, CalendarStore } from './calendar-store';

export type CalendarMethods = 'calendar.info' | 'calendar.loadYear' | 'calendar.setClosures' | 'calendar.setArrivalTable' | 'refund.expectedArrival';

export interface CalendarServiceDeps {
  readonly store: CalendarStore;
  readonly clock: Clock;
  /** The refund and its payment, or throws `not_found` (the ledger's get). */
  readonly refundOf: (id: string) => { readonly refund: ArrivalRefund; readonly payment: ArrivalPayment };
  /** Throws `not_owner` unless an owner is signed in: the calendar changes every estimate. */
  readonly requireOwner: () => void;
}

export interface CalendarService {
  calendar(): WorkingCalendar;
  table(): ArrivalTable;
  expectedArrivalOf(refund: ArrivalRefund, payment: ArrivalPayment): ExpectedArrival;
  readonly handlers: Pick<Handlers, CalendarMethods>;
}

export function createCalendarService(deps: CalendarServiceDeps): CalendarService {
  const { store, clock } = deps;
  let built: { data: CalendarData; calendar: WorkingCalendar; table: ArrivalTable } | undefined;

  function current(): { calendar: WorkingCalendar; table: ArrivalTable } {
    const data = store.get();
    if (built?.data !== data) {
      built = {
        data,
        calendar: createWorkingCalendar({ schedules: [...builtinSchedules(), ...data.years], closures: data.closures }),
        table: arrivalTable(data.arrival),
      };
    }
    return built;
  }

  function info(): CalendarInfo {
    const data = store.get();
    const { calendar, table } = current();
    const today = formatLocalDate(clock.now());
    let nextMissingYear = Number(today.slice(0, 4));
    while (calendar.coveredYears.includes(nextMissingYear)) nextMissingYear += 1;
    return {
      builtin: BUILTIN_YEARS,
      loadedYears: data.years.map((year) => ({
        year: year.year,
        holidays: year.holidays.length,
        workdays: year.workdays.length,
        fileName: year.fileName,
        loadedAt: year.loadedAt,
      })),
      today,
      todayCoverage: calendar.coverage(today),
      nextMissingYear,
      closures: data.closures,
      table,
    };
  }

  // An estimate counted from the day a refund was done does not change with the clock, only with the refund (a
  // change makes a new record object), its payment, or the calendar and table (`current()` makes a new one): kept
  // until then. The Today screen and the list ask for thousands of them after every change (~7 ms a call at 50,000).
  const fromDone = new WeakMap<ArrivalRefund, { readonly payment: ArrivalPayment; readonly built: object; readonly arrival: ExpectedArrival }>();
  const expectedArrivalOf = (refund: ArrivalRefund, payment: ArrivalPayment): ExpectedArrival => {
    const built = current();
    const known = fromDone.get(refund);
    if (known !== undefined && known.payment === payment && known.built === built) return known.arrival;
    const arrival = expectedArrival(refund, payment, built.table, built.calendar, clock.now());
    if (arrival.basis.from === 'done') fromDone.set(refund, { payment, built, arrival });
    return arrival;
  };

  const handlers = {
    'calendar.info': () => Promise.resolve(info()),
    'calendar.loadYear': async ({ fileName, text }) => {
      deps.requireOwner();
      const schedule = parseScheduleFile(text);
      const loadedAt = clock.now().toISOString();
      await store.update((data) => ({
        ...data,
        years: [...data.years.filter((year) => year.year !== schedule.year), { ...schedule, fileName, loadedAt }].sort((a, b) => a.year - b.year),
      }));
      return info();
    },
    'calendar.setClosures': async ({ dates }) => {
      deps.requireOwner();
      await store.update((data) => ({ ...data, closures: [...new Set(dates)].sort() }));
      return info();
    },
    'calendar.setArrivalTable': async ({ overrides }) => {
      deps.requireOwner();
      const seen = new Set<string>();
      // One entry per route, the last one winning, so a table edited twice in one form cannot hold both.
      const unique = [...overrides].reverse().filter((entry) => (seen.has(entry.route) ? false : (seen.add(entry.route), true))).reverse();
      await store.update((data) => ({ ...data, arrival: unique }));
      return info();
    },
    // Through a promise, so a refund that does not exist rejects like every other handler.
    'refund.expectedArrival': ({ id }) =>
      Promise.resolve(id).then((refundId) => {
        const { refund, payment } = deps.refundOf(refundId);
        return expectedArrivalOf(refund, payment);
      }),
  } satisfies Pick<Handlers, CalendarMethods>;

  return { calendar: () => current().calendar, table: () => current().table, expectedArrivalOf, handlers };
}
