import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../electron/common/domain/errors';
import { checkNotificationPrefs, DEFAULT_NOTIFICATION_PREFS } from '../../../electron/common/reminders/notification-prefs';

function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return `${error.code} ${error.field ?? ''}`;
    throw error;
  }
  return undefined;
}

describe('notification preferences', () => {
  it('accepts the defaults and a shop that opens late, dropping anything extra', () => {
    expect(checkNotificationPrefs(DEFAULT_NOTIFICATION_PREFS)).toEqual(DEFAULT_NOTIFICATION_PREFS);
    const late = { enabled: false, morningTime: '10:30', quietStart: '22:00', quietEnd: '09:00', extra: 1 };
    expect(checkNotificationPrefs(late)).toEqual({ enabled: false, morningTime: '10:30', quietStart: '22:00', quietEnd: '09:00' });
  });

  it('names the field of a time that is not HH:mm', () => {
    expect(fieldOf(() => checkNotificationPrefs({ ...DEFAULT_NOTIFICATION_PREFS, morningTime: '9:00' }))).toBe('invalid_argument notifications.morningTime');
    expect(fieldOf(() => checkNotificationPrefs({ ...DEFAULT_NOTIFICATION_PREFS, quietStart: '24:00' }))).toBe('invalid_argument notifications.quietStart');
    expect(fieldOf(() => checkNotificationPrefs({ ...DEFAULT_NOTIFICATION_PREFS, quietEnd: '' }))).toBe('invalid_argument notifications.quietEnd');
  });

  it('refuses a morning round inside the quiet hours, across midnight or not', () => {
    expect(fieldOf(() => checkNotificationPrefs({ ...DEFAULT_NOTIFICATION_PREFS, morningTime: '07:59' }))).toBe('invalid_argument notifications.morningTime');
    expect(fieldOf(() => checkNotificationPrefs({ ...DEFAULT_NOTIFICATION_PREFS, morningTime: '08:00' }))).toBeUndefined();
    expect(fieldOf(() => checkNotificationPrefs({ enabled: true, morningTime: '13:00', quietStart: '12:00', quietEnd: '14:00' }))).toBe(
      'invalid_argument notifications.morningTime',
    );
    // Equal start and end: no quiet hours at all.
    expect(fieldOf(() => checkNotificationPrefs({ enabled: true, morningTime: '03:00', quietStart: '00:00', quietEnd: '00:00' }))).toBeUndefined();
  });
});
