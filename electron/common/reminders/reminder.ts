/**
 * One reminder as the Today screen and the desktop notification see it: what needs the owner, how urgent,
 * why in plain words (an i18n key with its values, translated in the renderer), and what to do next.
 * A reminder is about a refund, one account's settlement day, or a case's deadline (`subject`).
 */
import type { Fen } from '../domain/money';
import type { Channel, IdentifierField, RefundStatus, RefundType } from '../domain/types';
import type { SettlementSource } from '../settlements/settlement';
import type { Hotline } from './hotlines';
import type { CaseKind } from '../cases/case';
import type { CaseReminderKind, RefundReminderKind, ReminderSeverity, SettlementReminderKind } from './reminder-kinds';

export type TextParams = Readonly<Record<string, string | number>>;

/** A sentence the renderer translates: `key` under `reminders.`, with its values. */
export interface ReminderText {
  readonly key: string;
  readonly params?: TextParams;
}

/** An identifier to have at hand on the phone: a slip field, or a date or number the institution asks for. */
export interface ReminderIdentifier {
  readonly field: IdentifierField | 'paidDate' | 'refundNumber' | 'businessDate' | 'acquirer' | 'caseNumber' | 'ticketNo';
  readonly value: string;
}

interface ReminderBase {
  /** `kind:id` (refund or settlement day): what snooze and dismiss refer to. */
  readonly key: string;
  readonly severity: ReminderSeverity;
  /** The day or moment the reminder is about (expected arrival, batch close), for sorting and display. */
  readonly dueAt: string;
  readonly reason: ReminderText;
  /** The checklist, in order (DOMAIN S1, S4). */
  readonly nextSteps: readonly ReminderText[];
  readonly identifiers: readonly ReminderIdentifier[];
  /** Whom to call, in the order DOMAIN §3.7 gives: the platform first, then the regulator. */
  readonly hotlines: readonly Hotline[];
}

export interface RefundReminder extends ReminderBase {
  readonly subject: 'refund';
  readonly kind: RefundReminderKind;
  readonly refundId: string;
  readonly refundNumber: string;
  readonly status: RefundStatus;
  readonly type: RefundType;
  readonly channel: Channel;
  readonly net: Fen;
  readonly customerName?: string;
}

/** A day's settlement that is late or short (DOMAIN §3.5, S4). */
export interface SettlementReminder extends ReminderBase {
  readonly subject: 'settlement';
  readonly kind: SettlementReminderKind;
  readonly settlementId: string;
  readonly accountName: string;
  readonly source: SettlementSource;
  readonly businessDate: string;
  readonly expectedNet: Fen;
  /** What arrived, for a short settlement. */
  readonly received?: Fen;
}

/** A case's deadline (调单/拒付 notice, a complaint's reply date) is near or passed (DOMAIN §3.6). */
export interface CaseReminder extends ReminderBase {
  readonly subject: 'case';
  readonly kind: CaseReminderKind;
  readonly caseId: string;
  readonly caseNumber: string;
  readonly caseKind: CaseKind;
  readonly counterpartyName: string;
  /** `YYYY-MM-DD` from the notice. */
  readonly deadline: string;
  /** Calendar days from today to the deadline (negative once passed). */
  readonly daysLeft: number;
}

export type Reminder = RefundReminder | SettlementReminder | CaseReminder;

/** What the expected-arrival computation says about a refund that is on its way. */
export interface ArrivalEstimate {
  /** `YYYY-MM-DD`: after this day the refund is overdue. */
  readonly latest: string;
  readonly earliest?: string;
}
