/** What a reminder is about, for the buttons: the snooze/dismiss target and the words that name it. Pure. */
import type { ReminderTarget } from '../../../electron/common/ipc/contract-reminders';
import type { Reminder, ReminderIdentifier } from '../../../electron/common/reminders/reminder';

export function targetOf(reminder: Reminder): ReminderTarget {
  switch (reminder.subject) {
    case 'settlement':
      return { settlementId: reminder.settlementId, kind: reminder.kind };
    case 'case':
      return { caseId: reminder.caseId, kind: reminder.kind };
    case 'refund':
      return { refundId: reminder.refundId, kind: reminder.kind };
  }
}

/** The refund's number, the account and business day of a settlement, or the case number (dialog titles, card titles). */
export function subjectName(reminder: Reminder): string {
  switch (reminder.subject) {
    case 'settlement':
      return `${reminder.accountName} · ${reminder.businessDate}`;
    case 'case':
      return reminder.caseNumber;
    case 'refund':
      return reminder.refundNumber;
  }
}

/** Identifier fields that have their own label under `reminders.identifier`; the rest are slip fields (`ids.*`). */
export type OwnIdentifierField = Extract<ReminderIdentifier['field'], 'paidDate' | 'refundNumber' | 'businessDate' | 'acquirer' | 'caseNumber' | 'ticketNo'>;

const OWN_FIELDS: ReadonlySet<string> = new Set<OwnIdentifierField>(['paidDate', 'refundNumber', 'businessDate', 'acquirer', 'caseNumber', 'ticketNo']);

export function isOwnIdentifier(field: ReminderIdentifier['field']): field is OwnIdentifierField {
  return OWN_FIELDS.has(field);
}
