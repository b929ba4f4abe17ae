import { describe, expect, it } from 'vitest';
import { isQuietTime, nextTimeOfDay, planNotification } from '../../../electron/node/notifications/notification-plan';
import { notificationText } from '../../../electron/node/notifications/notification-text';

const local = (text: string) => new Date(`${text}:00+08:00`);
const urgent = [
  { subject: 'refund' as const, severity: 'overdue' as const, refundNumber: 'TK-202611-0001' },
  { subject: 'refund' as const, severity: 'due_today' as const, refundNumber: 'TK-202611-0003' },
  { subject: 'refund' as const, severity: 'coming_up' as const, refundNumber: 'TK-202611-0009' },
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

  it('names a late settlement by its account and day when it is the most urgent', () => {
    const settlement = { subject: 'settlement' as const, severity: 'overdue' as const, accountName: '收银台 POS', businessDate: '2026-11-17' };
    const plan = planNotification({ reminders: [settlement, ...urgent], now: local('2026-11-20T10:00'), trigger: 'startup' });
    expect(plan).toMatchObject({ show: true, overdue: 2, dueToday: 1, first: '收银台 POS 2026-11-17' });
    if (plan.show) expect(notificationText(plan, 'zh-CN').body).toBe('已逾期 2 件，今天要办 1 件。最急：收银台 POS 2026-11-17');
  });

  it('follows the owner’s settings: off means never, and a later morning time and other quiet hours are used', () => {
    expect(planNotification({ reminders: urgent, now: local('2026-11-20T10:00'), trigger: 'morning', enabled: false })).toMatchObject({
      show: false,
      why: 'disabled',
      nextCheckAt: local('2026-11-21T09:00').toISOString(),
    });
    const late = { morningTime: '10:30', quietHours: { start: '22:00', end: '10:00' } };
    expect(planNotification({ reminders: urgent, now: local('2026-11-20T09:30'), trigger: 'startup', ...late })).toMatchObject({
      show: false,
      why: 'quiet_hours',
      nextCheckAt: local('2026-11-20T10:30').toISOString(),
    });
    expect(planNotification({ reminders: urgent, now: local('2026-11-20T10:30'), trigger: 'morning', ...late }).show).toBe(true);
  });

  it('finds the next morning', () => {
    expect(nextTimeOfDay(local('2026-11-20T08:59'), '09:00')).toEqual(local('2026-11-20T09:00'));
    expect(nextTimeOfDay(local('2026-11-20T09:00'), '09:00')).toEqual(local('2026-11-21T09:00'));
  });
});
