/**
 * Contract types of the working-day calendar and the arrival table (electron/common/calendar). Kept apart from
 * contract.ts so that file only gains method lines.
 */
import type { ArrivalOverride, ArrivalTable } from '../calendar/arrival-windows';
import type { IsoDate } from '../calendar/iso-date';
import type { Coverage } from '../calendar/working-calendar';
export type { ExpectedArrival } from '../calendar/expected-arrival';

export interface LoadedYear {
  readonly year: number;
  readonly holidays: number;
  readonly workdays: number;
  /** The file's name as the owner chose it (display only). */
  readonly fileName: string;
  readonly loadedAt: string;
}

export interface CalendarInfo {
  /** Years that ship with the app (chinese-days). */
  readonly builtin: { readonly from: number; readonly to: number };
  readonly loadedYears: readonly LoadedYear[];
  readonly today: IsoDate;
  readonly todayCoverage: Coverage;
  /** The first year after today's with no schedule: the one to load next. */
  readonly nextMissingYear: number;
  readonly closures: readonly IsoDate[];
  readonly table: ArrivalTable;
}

export interface LoadYearInput {
  readonly fileName: string;
  /** The file's text, read by the renderer from `<input type=file>`. */
  readonly text: string;
}

export interface SetClosuresInput {
  readonly dates: readonly IsoDate[];
}

export interface SetArrivalTableInput {
  /** Every route the owner changed; a route not listed uses its default. */
  readonly overrides: readonly ArrivalOverride[];
}
