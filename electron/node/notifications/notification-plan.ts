/**
 * Whether to show a desktop notification about reminders, and when to look again. Pure: main asks at
 * start-up, on resume and at the morning time, and passes what it remembers (the last time it notified).
 * Only urgent things (overdue, due today) interrupt; never during quiet hours; never twice within a few hours.
 */
import { cutoffMinutes } from '../../common/domain/counter-settings';
import type { CaseReminder, RefundReminder, SettlementReminder } from '../../common/reminders/reminder';

/** What the plan reads of a reminder: how urgent, and how to name the first one. */
export type PlannedReminder =
  | Pick<RefundReminder, 'subject' | 'severity' | 'refundNumber'>
  | Pick<SettlementReminder, 'subject' | 'severity' | 'accountName' | 'businessDate'>
  | Pick<CaseReminder, 'subject' | 'severity' | 'caseNumber'>;

export type NotificationTrigger = 'startup' | 'resume' | 'morning';

export interface QuietHours {
  /** `HH:mm` local; quiet from start (inclusive) to end (exclusive), across midnight when start > end. */
  readonly start: string;
  readonly end: string;
}

export const DEFAULT_QUIET_HOURS: QuietHours = { start: '21:00', end: '08:00' };
export const DEFAULT_MORNING_TIME = '09:00';
export const DEFAULT_MIN_INTERVAL_MINUTES = 180;

export interface NotificationPlanInput {
  readonly reminders: readonly PlannedReminder[];
  readonly now: Date;
  readonly trigger: NotificationTrigger;
  readonly lastNotifiedAt?: string;
  readonly quietHours?: QuietHours;
  readonly morningTime?: string;
  readonly minIntervalMinutes?: number;
  /** The owner turned desktop notifications off (settings); the checks still run to keep the tray count fresh. */
  readonly enabled?: boolean;
}

export type NotificationPlan =
  | { readonly show: false; readonly why: 'disabled' | 'nothing_urgent' | 'quiet_hours' | 'too_soon'; readonly nextCheckAt: string }
  | {
      readonly show: true;
      readonly overdue: number;
      readonly dueToday: number;
      /** The most urgent refund's number, or a settlement's account and day (reminders arrive sorted). */
      readonly first: string;
      readonly nextCheckAt: string;
    };

export function isQuietTime(now: Date, quiet: QuietHours): boolean {
  const start = cutoffMinutes(quiet.start);
  const end = cutoffMinutes(quiet.end);
  if (start === undefined || end === undefined || start === end) return false;
  const minutes = now.getHours() * 60 + now.getMinutes();
  return start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
}

/** The next local `HH:mm` strictly after now (today's if still ahead, else tomorrow's). */
export function nextTimeOfDay(now: Date, time: string): Date {
  const minutes = cutoffMinutes(time) ?? 9 * 60;
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate(), Math.floor(minutes / 60), minutes % 60);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  return next;
}

export function planNotification(input: NotificationPlanInput): NotificationPlan {
  const { now } = input;
  const nextCheckAt = nextTimeOfDay(now, input.morningTime ?? DEFAULT_MORNING_TIME).toISOString();
  const overdue = input.reminders.filter((reminder) => reminder.severity === 'overdue').length;
  const dueToday = input.reminders.filter((reminder) => reminder.severity === 'due_today').length;
  const first = input.reminders.find((reminder) => reminder.severity !== 'coming_up');
  if (input.enabled === false) return { show: false, why: 'disabled', nextCheckAt };
  if (first === undefined) return { show: false, why: 'nothing_urgent', nextCheckAt };
  if (isQuietTime(now, input.quietHours ?? DEFAULT_QUIET_HOURS)) return { show: false, why: 'quiet_hours', nextCheckAt };
  const last = input.lastNotifiedAt === undefined ? Number.NaN : Date.parse(input.lastNotifiedAt);
  const interval = (input.minIntervalMinutes ?? DEFAULT_MIN_INTERVAL_MINUTES) * 60_000;
  // The morning round always speaks (once a day by construction); start-up and resume stay quiet if it just did.
  if (input.trigger !== 'morning' && Number.isFinite(last) && now.getTime() - last < interval && last <= now.getTime()) {
    return { show: false, why: 'too_soon', nextCheckAt };
  }
  return { show: true, overdue, dueToday, first: labelOf(first), nextCheckAt };
}

function labelOf(reminder: PlannedReminder): string {
  switch (reminder.subject) {
    case 'refund':
      return reminder.refundNumber;
    case 'settlement':
      return `${reminder.accountName} ${reminder.businessDate}`;
    case 'case':
      return reminder.caseNumber;
  }
}
