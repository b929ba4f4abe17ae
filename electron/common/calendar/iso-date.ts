/**
 * Calendar dates as `YYYY-MM-DD` strings, counted with UTC arithmetic so the machine's time zone never moves a
 * day (the pitfall chinese-days has with local Dates). Only `localDateOfInstant` looks at the local zone.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;
const DAY_MS = 86_400_000;

export type IsoDate = string;

// Remembered: the reminders and the list's arrival dates step through the same few thousand dates thousands of
// times (every working-day count); parsing each one again was most of their cost at 50,000 refunds.
const KNOWN_DAYS = new Map<string, number | undefined>();
const MAX_KNOWN_DAYS = 20_000;

function epochDayOf(date: IsoDate): number | undefined {
  if (KNOWN_DAYS.has(date)) return KNOWN_DAYS.get(date);
  const day = parseEpochDay(date);
  if (KNOWN_DAYS.size >= MAX_KNOWN_DAYS) KNOWN_DAYS.clear();
  KNOWN_DAYS.set(date, day);
  return day;
}

function parseEpochDay(date: IsoDate): number | undefined {
  const match = ISO_DATE.exec(date);
  if (match === null) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return ms / DAY_MS;
}

export function isIsoDate(text: string): boolean {
  return epochDayOf(text) !== undefined;
}

function requireEpochDay(date: IsoDate): number {
  const day = epochDayOf(date);
  if (day === undefined) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return day;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date((requireEpochDay(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: IsoDate): number {
  return new Date(requireEpochDay(date) * DAY_MS).getUTCDay();
}

export function isWeekend(date: IsoDate): boolean {
  const day = weekdayOf(date);
  return day === 0 || day === 6;
}

export function yearOf(date: IsoDate): number {
  requireEpochDay(date);
  return Number(date.slice(0, 4));
}

/** Every date of a year, in order. */
export function datesOfYear(year: number): IsoDate[] {
  const out: IsoDate[] = [];
  for (let date = `${String(year).padStart(4, '0')}-01-01`; yearOf(date) === year; date = addDays(date, 1)) out.push(date);
  return out;
}
