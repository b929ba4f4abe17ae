/**
 * When the desktop may speak: the morning round's time and the quiet hours (DOMAIN §1, job 3: "every morning").
 * Shop settings, so the owner of a shop that opens at 10:00 is not woken at 09:00. Times are local `HH:mm`.
 */
import { cutoffMinutes } from '../domain/counter-settings';
import { DomainError } from '../domain/errors';

export interface NotificationPrefs {
  /** Off: no desktop notifications at all (the tray count and Today still show everything). */
  readonly enabled: boolean;
  readonly morningTime: string;
  /** Quiet from `quietStart` (inclusive) to `quietEnd` (exclusive), across midnight when start > end. */
  readonly quietStart: string;
  readonly quietEnd: string;
}

export const DEFAULT_NOTIFICATION_PREFS: NotificationPrefs = Object.freeze({
  enabled: true,
  morningTime: '09:00',
  quietStart: '21:00',
  quietEnd: '08:00',
});

/** Each time must be `HH:mm`; the morning round must not fall inside the quiet hours, or it would never speak. */
export function checkNotificationPrefs(prefs: NotificationPrefs): NotificationPrefs {
  for (const field of ['morningTime', 'quietStart', 'quietEnd'] as const) {
    if (cutoffMinutes(prefs[field]) === undefined) {
      throw new DomainError('invalid_argument', 'Enter a time as HH:mm, e.g. 09:00.', { field: `notifications.${field}` });
    }
  }
  const morning = cutoffMinutes(prefs.morningTime) ?? 0;
  const start = cutoffMinutes(prefs.quietStart) ?? 0;
  const end = cutoffMinutes(prefs.quietEnd) ?? 0;
  const quiet = start === end ? false : start < end ? morning >= start && morning < end : morning >= start || morning < end;
  if (quiet) throw new DomainError('invalid_argument', 'The morning reminder falls inside the quiet hours.', { field: 'notifications.morningTime' });
  return { enabled: prefs.enabled, morningTime: prefs.morningTime, quietStart: prefs.quietStart, quietEnd: prefs.quietEnd };
}
