/** Contract types of the reminders and the hotline directory (reminders/). Kept apart so contract.ts only gains method lines. */
import type { Hotline } from '../reminders/hotlines';
import type { Reminder } from '../reminders/reminder';
import type { CaseReminderKind, RefundReminderKind, SettlementReminderKind } from '../reminders/reminder-kinds';

export interface ReminderList {
  /** Main's clock when the list was computed (ISO): the renderer offers snooze times from it. */
  readonly now: string;
  /** Most urgent first: overdue, due today, coming up. */
  readonly items: readonly Reminder[];
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
