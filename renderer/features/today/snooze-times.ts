/**
 * The two snooze choices, computed from main's clock (the reminder list's `now`), never the renderer's own:
 * "tomorrow 09:00" in local time, and "in 3 days" at the same hour.
 */

export const MORNING_HOUR = 9;

export function tomorrowMorning(nowIso: string): string {
  const now = new Date(nowIso);
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, MORNING_HOUR, 0).toISOString();
}

export function inDays(nowIso: string, days: number): string {
  const now = new Date(nowIso);
  const later = new Date(now);
  later.setDate(now.getDate() + days);
  return later.toISOString();
}
