/**
 * One reminder as the Today screen and the desktop notification see it: what needs the owner, how urgent,
 * why in plain words (an i18n key with its values, translated in the renderer), and what to do next.
 */
import type { Fen } from '../domain/money';
import type { Channel, IdentifierField, RefundStatus, RefundType } from '../domain/types';
import type { Hotline } from './hotlines';
import type { ReminderKind, ReminderSeverity } from './reminder-kinds';

export type TextParams = Readonly<Record<string, string | number>>;

/** A sentence the renderer translates: `key` under `reminders.`, with its values. */
export interface ReminderText {
  readonly key: string;
  readonly params?: TextParams;
}

/** An identifier to have at hand on the phone: a slip field, or the payment's date. */
export interface ReminderIdentifier {
  readonly field: IdentifierField | 'paidDate' | 'refundNumber';
  readonly value: string;
}

export interface Reminder {
  /** `kind:refundId`: what snooze and dismiss refer to. */
  readonly key: string;
  readonly kind: ReminderKind;
  readonly severity: ReminderSeverity;
  readonly refundId: string;
  readonly refundNumber: string;
  readonly status: RefundStatus;
  readonly type: RefundType;
  readonly channel: Channel;
  readonly net: Fen;
  readonly customerName?: string;
  /** The day or moment the reminder is about (expected arrival, batch close), for sorting and display. */
  readonly dueAt: string;
  readonly reason: ReminderText;
  /** The checklist, in order (DOMAIN S1, S4). */
  readonly nextSteps: readonly ReminderText[];
  readonly identifiers: readonly ReminderIdentifier[];
  /** Whom to call, in the order DOMAIN §3.7 gives: the platform first, then the regulator. */
  readonly hotlines: readonly Hotline[];
}

/** What the expected-arrival computation says about a refund that is on its way. */
export interface ArrivalEstimate {
  /** `YYYY-MM-DD`: after this day the refund is overdue. */
  readonly latest: string;
  readonly earliest?: string;
}
