/**
 * The kinds of reminder and what a snooze or dismissal records. Kept free of other imports so domain/types.ts
 * and settlements/settlement.ts can use them without a cycle.
 */

/** Reminders about one refund; snoozed and dismissed as events on that refund. */
export const REFUND_REMINDER_KINDS = ['refund_overdue', 'refund_due_today', 'approval_waiting', 'void_cutoff', 'refund_stuck'] as const;
export type RefundReminderKind = (typeof REFUND_REMINDER_KINDS)[number];

/** Reminders about one account's settlement day; snoozed and dismissed as events on that day. */
export const SETTLEMENT_REMINDER_KINDS = ['settlement_late', 'settlement_short'] as const;
export type SettlementReminderKind = (typeof SETTLEMENT_REMINDER_KINDS)[number];

/** Reminders about a case's deadline (调单/拒付 notices, a complaint's reply date); marks go on the case. */
export const CASE_REMINDER_KINDS = ['case_deadline'] as const;
export type CaseReminderKind = (typeof CASE_REMINDER_KINDS)[number];

export const REMINDER_KINDS = [...REFUND_REMINDER_KINDS, ...SETTLEMENT_REMINDER_KINDS, ...CASE_REMINDER_KINDS] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Most urgent first; the Today screen and the sort follow this order. */
export const REMINDER_SEVERITIES = ['overdue', 'due_today', 'coming_up'] as const;
export type ReminderSeverity = (typeof REMINDER_SEVERITIES)[number];

/**
 * On `reminder_snoozed` and `reminder_dismissed` events: which reminder, until when (snooze only, an ISO
 * instant) and why. The hash chain covers it, so who put a customer's refund aside, and why, stays on record.
 */
export interface ReminderMark {
  readonly kind: RefundReminderKind;
  readonly until?: string;
  readonly reason: string;
}

/**
 * Reminders the Today screen shows of a severity before "show more", and how many more each press adds; main
 * answers a snooze or dismissal with this page. Five years in there can be thousands, megabytes over IPC.
 */
export const REMINDER_PAGE_SIZE = 50;
