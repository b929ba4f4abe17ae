import { describe, expect, it } from 'vitest';
import { isQuietTime, nextTimeOfDay, planNotification } from '../../../electron/node/notifications/notification-plan';
import { notificationText } from '../../../electron/node/notifications/notification-text';

const local = (text: string) => new Date(`${text}:00+08:00`);
const urgent = [
  { severity: 'overdue' as const, refundNumber: 'TK-202611-0001' },
  { severity: 'due_today' as const, refundNumber: 'TK-202611-0003' },
  { severity: 'coming_up' as const, refundNumber: 'TK-202611-0009' },
];

describe('planNotification', () => {
  it('shows overdue and due-today counts at start-up, and plans the next morning check', () => {
    const plan = planNotification({ reminders: urgent, now: local('2026-11-20T10:00'), trigger: 'startup' });
    expect(plan).toEqual({ show: true, overdue: 1, dueToday: 1, first: 'TK-202611-0001', nextCheckAt: local('2026-11-21T09:00').toISOString() });
    if (plan.show) expect(notificationText(plan, 'zh-CN').title).toBe('退款台账：今天有 2 件事要处理');
  });

  it('stays quiet during quiet hours, across midnight', () => {
    for (const time of ['2026-11-20T21:00', '2026-11-20T23:30', '2026-11-21T07:59']) {
      expect(planNotification({ reminders: urgent, now: local(time), trigger: 'resume' })).toMatchObject({ show: false, why: 'quiet_hours' });
    }
    expect(planNotification({ reminders: urgent, now: local('2026-11-21T08:00'), trigger: 'resume' }).show).toBe(true);
    expect(isQuietTime(local('2026-11-20T13:00'), { start: '12:00', end: '14:00' })).toBe(true);
    expect(isQuietTime(local('2026-11-20T14:00'), { start: '12:00', end: '14:00' })).toBe(false);
  });

  it('does not repeat itself within three hours, except the morning round', () => {
    const lastNotifiedAt = local('2026-11-20T09:00').toISOString();
    expect(planNotification({ reminders: urgent, now: local('2026-11-20T10:00'), trigger: 'resume', lastNotifiedAt })).toMatchObject({ show: false, why: 'too_soon' });
    expect(planNotification({ reminders: urgent, now: local('2026-11-20T12:00'), trigger: 'resume', lastNotifiedAt }).show).toBe(true);
    expect(planNotification({ reminders: urgent, now: local('2026-11-20T10:00'), trigger: 'morning', lastNotifiedAt }).show).toBe(true);
  });

  it('does not interrupt for things that are only coming up', () => {
    expect(planNotification({ reminders: urgent.slice(2), now: local('2026-11-20T10:00'), trigger: 'startup' })).toMatchObject({ show: false, why: 'nothing_urgent' });
    expect(planNotification({ reminders: [], now: local('2026-11-20T10:00'), trigger: 'startup' })).toMatchObject({ show: false, why: 'nothing_urgent' });
  });

  it('finds the next morning', () => {
    expect(nextTimeOfDay(local('2026-11-20T08:59'), '09:00')).toEqual(local('2026-11-20T09:00'));
    expect(nextTimeOfDay(local('2026-11-20T09:00'), '09:00')).toEqual(local('2026-11-21T09:00'));
  });
});
