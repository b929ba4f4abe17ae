/** Months and days of the settlements screen, as `YYYY-MM` / `YYYY-MM-DD` strings; pure, unit-tested. */
import { addDays } from '../../../electron/common/calendar/iso-date';
import type { IsoDate } from '../../../electron/common/calendar/iso-date';

const MONTH = /^(\d{4})-(\d{2})$/u;

export function isMonth(text: string): boolean {
  const match = MONTH.exec(text);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

export function monthOf(date: IsoDate): string {
  return date.slice(0, 7);
}

/** `2026-01` shifted by −1 is `2025-12`. */
export function shiftMonth(month: string, delta: number): string {
  const match = MONTH.exec(month);
  if (match === null) throw new RangeError(`Not a YYYY-MM month: ${month}`);
  const index = Number(match[1]) * 12 + (Number(match[2]) - 1) + delta;
  return `${Math.floor(index / 12).toString().padStart(4, '0')}-${((index % 12) + 1).toString().padStart(2, '0')}`;
}

/** Takings are copied the morning after: the form starts on the day before main's today. */
export function yesterdayOf(today: IsoDate): IsoDate {
  return addDays(today, -1);
}

export function monthParts(month: string): { readonly year: string; readonly month: string } {
  const match = MONTH.exec(month);
  return { year: match?.[1] ?? '', month: String(Number(match?.[2] ?? '0')) };
}
