/**
 * The expected-arrival line in words: "11月25日–11月27日（3–5 个工作日，来源：代理商）". Pure (takes i18next's
 * instance), so the unit tests check both languages in plain Node.
 */
import type { i18n } from 'i18next';
import type { ArrivalWindow } from '../../../electron/common/calendar/arrival-windows';
import type { ExpectedArrival } from '../../../electron/common/calendar/expected-arrival';

function locale(instance: i18n): string {
  return instance.language === 'en' ? 'en-GB' : 'zh-CN';
}

/** `YYYY-MM-DD` as "11月25日" / "25 Nov", never shifted by the machine's zone. */
export function formatDay(instance: i18n, date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale(instance), { month: instance.language === 'en' ? 'short' : 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** An ISO instant as local "11月25日 14:05". */
export function formatMoment(instance: i18n, iso: string): string {
  const date = new Date(iso);
  const day = new Intl.DateTimeFormat(locale(instance), { month: instance.language === 'en' ? 'short' : 'long', day: 'numeric' }).format(date);
  const time = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  return `${day} ${time}`;
}

export function windowText(instance: i18n, window: ArrivalWindow): string {
  const { min, max } = window;
  if (window.unit === 'working_days') {
    return min === max
      ? instance.t('calendar.window.workingDaysExact', { n: String(min) })
      : instance.t('calendar.window.workingDays', { min: String(min), max: String(max) });
  }
  if (max === 0) return instance.t('calendar.window.immediate');
  if (min === 0) return instance.t('calendar.window.upToMinutes', { max: String(max) });
  return instance.t('calendar.window.minutes', { min: String(min), max: String(max) });
}

export function basisText(instance: i18n, arrival: ExpectedArrival): string {
  const { rows } = arrival.basis;
  const named = rows.length > 1;
  const parts = rows.map((row) => {
    const source = instance.t(`calendar.source.${row.source}`);
    const route = instance.t(`calendar.route.${row.route}`);
    if (row.window === undefined) return instance.t('calendar.arrival.basisUnset', { route, source });
    const window = windowText(instance, row.window);
    return named ? instance.t('calendar.arrival.basisRowNamed', { route, window, source }) : instance.t('calendar.arrival.basisRow', { window, source });
  });
  if (arrival.basis.from === 'now') parts.push(instance.t('calendar.arrival.fromNow'));
  return parts.join(instance.t('calendar.arrival.separator'));
}

/** The text after "预计到账". */
export function arrivalText(instance: i18n, arrival: ExpectedArrival): string {
  const basis = basisText(instance, arrival);
  if (arrival.unknown === true) return instance.t('calendar.arrival.unknown', { basis });
  const show = (value: string) => (arrival.precision === 'date' ? formatDay(instance, value) : formatMoment(instance, value));
  const from = show(arrival.earliest);
  const to = show(arrival.latest);
  const range = from === to ? from : instance.t('calendar.arrival.range', { from, to });
  return instance.t('calendar.arrival.detail', { range, basis });
}
