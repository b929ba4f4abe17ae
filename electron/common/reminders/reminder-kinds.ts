/**
 * The kinds of reminder and what a snooze or dismissal records on the refund. Kept free of other imports so
 * domain/types.ts can use ReminderMark without a cycle.
 */

export const REMINDER_KINDS = ['refund_overdue', 'refund_due_today', 'approval_waiting', 'void_cutoff', 'refund_stuck'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Most urgent first; the Today screen and the sort follow this order. */
export const REMINDER_SEVERITIES = ['overdue', 'due_today', 'coming_up'] as const;
export type ReminderSeverity = (typeof REMINDER_SEVERITIES)[number];

/**
 * On `reminder_snoozed` and `reminder_dismissed` events: which reminder, until when (snooze only, an ISO
 * instant) and why. The hash chain covers it, so who put a customer's refund aside, and why, stays on record.
 */
export interface ReminderMark {
  readonly kind: ReminderKind;
  readonly until?: string;
  readonly reason: string;
}
