/**
 * Adapts calendar/expected-arrival.ts to the reminders: a refund is late only against a known window counted
 * from when it was done. "Unknown" (no rule for the route) and estimates counted from now (not done yet) give
 * no arrival reminder; the stuck-refund reminder still covers a refund nobody follows up.
 */
import type { ExpectedArrival } from '../calendar/expected-arrival';
import { formatLocalDate } from '../domain/local-time';
import type { ArrivalEstimate } from './reminder';

export function arrivalEstimateOf(expected: ExpectedArrival): ArrivalEstimate | undefined {
  if (expected.unknown === true || expected.basis.from !== 'done') return undefined;
  // Minute windows (WeChat change, voids) end at an instant: the day it falls on is the latest day.
  const day = (text: string) => (expected.precision === 'instant' ? formatLocalDate(new Date(text)) : text);
  return { earliest: day(expected.earliest), latest: day(expected.latest) };
}
