/** What a reminder is about, for the buttons: the snooze/dismiss target and the words that name it. Pure. */
import type { ReminderTarget } from '../../../electron/common/ipc/contract-reminders';
import type { Reminder, ReminderIdentifier } from '../../../electron/common/reminders/reminder';

export function targetOf(reminder: Reminder): ReminderTarget {
  return reminder.subject === 'settlement'
    ? { settlementId: reminder.settlementId, kind: reminder.kind }
    : { refundId: reminder.refundId, kind: reminder.kind };
}

/** The refund's number, or the account and business day of a settlement (dialog titles, card titles). */
export function subjectName(reminder: Reminder): string {
  return reminder.subject === 'settlement' ? `${reminder.accountName} · ${reminder.businessDate}` : reminder.refundNumber;
}

/** Identifier fields that have their own label under `reminders.identifier`; the rest are slip fields (`ids.*`). */
export type OwnIdentifierField = Extract<ReminderIdentifier['field'], 'paidDate' | 'refundNumber' | 'businessDate' | 'acquirer'>;

export function isOwnIdentifier(field: ReminderIdentifier['field']): field is OwnIdentifierField {
  return field === 'paidDate' || field === 'refundNumber' || field === 'businessDate' || field === 'acquirer';
}
