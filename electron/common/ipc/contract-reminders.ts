/** Contract types of the reminders and the hotline directory (reminders/). Kept apart so contract.ts only gains method lines. */
import type { Hotline } from '../reminders/hotlines';
import type { Reminder } from '../reminders/reminder';
import type { CaseReminderKind, ReminderSeverity, RefundReminderKind, SettlementReminderKind } from '../reminders/reminder-kinds';

export interface ReminderList {
  /** Main's clock when the list was computed (ISO): the renderer offers snooze times from it. */
  readonly now: string;
  /** Most urgent first: overdue, due today, coming up (at most `limits` of each severity, when asked). */
  readonly items: readonly Reminder[];
  /** How many reminders of each severity there are in all, whatever `limits` left out of `items`. */
  readonly totals: Readonly<Record<ReminderSeverity, number>>;
}

/**
 * `limits`: at most this many items of a severity (absent: all of it). A shop five years in can have thousands
 * of open reminders — megabytes over IPC — while the Today screen shows fifty of each and the header only counts.
 */
export interface ReminderListQuery {
  readonly limits?: Partial<Readonly<Record<ReminderSeverity, number>>>;
}

/** Which reminder: a refund's (the event goes on the refund), a settlement day's (on that day) or a case's (on the case). */
export type ReminderTarget =
  | { readonly refundId: string; readonly kind: RefundReminderKind }
  | { readonly settlementId: string; readonly kind: SettlementReminderKind }
  | { readonly caseId: string; readonly kind: CaseReminderKind };

export type SnoozeReminderInput = ReminderTarget & {
  /** ISO instant; later than now and at most 30 days ahead. */
  readonly until: string;
  readonly reason: string;
  readonly actor: string;
};

export type DismissReminderInput = ReminderTarget & {
  readonly reason: string;
  readonly actor: string;
};

export interface UpdateHotlinesInput {
  readonly hotlines: readonly Hotline[];
}
