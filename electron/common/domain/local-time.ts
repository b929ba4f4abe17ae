/**
 * Local wall-clock time. Slips print local time without a zone, so `paidAt` is `YYYY-MM-DDTHH:mm` in the
 * machine's time zone; instants (createdAt, event times) are ISO strings from the Clock.
 */

const LOCAL_MINUTE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(value: number, width = 2): string {
  return value.toString().padStart(width, '0');
}

/**
 * Parses `YYYY-MM-DDTHH:mm` as local time, or undefined when it is not a real moment. The round trip is
 * the check: `new Date(2024, 1, 30)` quietly becomes 1 March, and the formatted result then differs.
 */
export function parseLocalMinute(text: string): Date | undefined {
  const match = LOCAL_MINUTE.exec(text);
  if (match === null) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(year, month - 1, day, hour, minute);
  // Years 0–99 are mapped to 1900+ by the Date constructor; setFullYear keeps the year as written.
  date.setFullYear(year, month - 1, day);
  return formatLocalMinute(date) === text ? date : undefined;
}

export function isValidLocalDate(text: string): boolean {
  const match = LOCAL_DATE.exec(text);
  if (match === null) return false;
  return parseLocalMinute(`${text}T12:00`) !== undefined;
}

export function formatLocalMinute(date: Date): string {
  return `${formatLocalDate(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** `YYYY-MM-DD` of the instant in the machine's time zone. */
export function formatLocalDate(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `YYYY-MM-DD` local date of an ISO instant such as a refund's createdAt. */
export function localDateOfInstant(iso: string): string {
  return formatLocalDate(new Date(iso));
}

/** `YYYYMM` of the instant in local time, the month part of a refund number. */
export function localMonthCompact(date: Date): string {
  return `${pad(date.getFullYear(), 4)}${pad(date.getMonth() + 1)}`;
}

/** `YYYY-MM` of a local `YYYY-MM-DD…` string: the ledger partition of a payment. */
export function monthOfLocal(localText: string): string {
  return localText.slice(0, 7);
}
