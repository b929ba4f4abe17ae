/**
 * Recording a day's takings, correcting them, marking the money received, and putting a reminder aside: each a
 * hash-chained event on the settlement day, checked first so a bad input changes nothing. Pure.
 */
import { isIsoDate } from '../calendar/iso-date';
import type { IsoDate } from '../calendar/iso-date';
import { DomainError } from '../domain/errors';
import { MAX_FEN } from '../domain/money';
import type { Fen } from '../domain/money';
import { optionalText, refuseFullCardNumbers, requiredText } from '../domain/text-rules';
import type { CorrectTakingsInput, MarkReceivedInput, RecordTakingsInput } from '../ipc/contract-settlements';
import type { DismissReminderInput, SnoozeReminderInput } from '../ipc/contract-reminders';
import type { Hasher } from '../ports';
import { checkPutAside } from '../reminders/reminder-records';
import { isPutAsideIn } from '../reminders/reminder-state';
import type { SettlementReminderKind } from '../reminders/reminder-kinds';
import { appendSettlementEvent } from './settlement-chain';
import { estimateFee, expectedNetOf } from './settlement-math';
import { SETTLEMENT_LIMITS } from './settlement';
import type { DayTakings, SettlementAccount, SettlementDay } from './settlement';

type OnSettlement<T> = Extract<T, { readonly settlementId: string }>;

function checkDate(date: IsoDate, field: string, today: IsoDate): void {
  if (!isIsoDate(date)) throw new DomainError('date_invalid', 'Not a date.', { field });
  if (date > today) throw new DomainError('date_in_future', 'That day has not come yet.', { field });
}

function checkTakings(takings: DayTakings): void {
  for (const field of ['salesCount', 'refundsCount'] as const) {
    const value = takings[field];
    if (!Number.isInteger(value) || value < 0 || value > SETTLEMENT_LIMITS.count) {
      throw new DomainError('value_out_of_range', 'Enter a count.', { field: `takings.${field}`, params: { min: 0, max: SETTLEMENT_LIMITS.count } });
    }
  }
  if (takings.salesAmount === 0 && takings.refundsAmount === 0) {
    throw new DomainError('amount_empty', 'Enter the day’s sales or refunds.', { field: 'takings.salesAmount' });
  }
  if (takings.salesAmount > 0 && takings.salesCount === 0) {
    throw new DomainError('required', 'How many sales make up that amount?', { field: 'takings.salesCount' });
  }
  if (takings.refundsAmount > 0 && takings.refundsCount === 0) {
    throw new DomainError('required', 'How many refunds make up that amount?', { field: 'takings.refundsCount' });
  }
}

function cleanBatchNo(value: string | undefined): string | undefined {
  const batchNo = optionalText(value?.normalize('NFKC'));
  if (batchNo !== undefined && !new RegExp(`^\\d{1,${SETTLEMENT_LIMITS.batchNo}}$`, 'u').test(batchNo)) {
    throw new DomainError('invalid_argument', 'A batch no. has only digits.', { field: 'batchNo' });
  }
  return batchNo;
}

function expectation(
  takings: DayTakings,
  terms: Pick<SettlementAccount, 'feeRateBp' | 'feeReturnedOnRefund'>,
  feeFromSlip: Fen | undefined,
): { expectedFee: Fen; expectedNet: Fen } {
  if (feeFromSlip !== undefined && feeFromSlip > takings.salesAmount) {
    throw new DomainError('exceeds_payment', 'The fee cannot be more than the sales.', { field: 'expectedFee' });
  }
  const expectedFee = feeFromSlip ?? estimateFee(takings, terms.feeRateBp, terms.feeReturnedOnRefund);
  return { expectedFee, expectedNet: expectedNetOf(takings, expectedFee) };
}

export interface NewSettlementDay {
  readonly input: RecordTakingsInput;
  readonly account: SettlementAccount;
  readonly id: string;
  readonly now: Date;
  readonly today: IsoDate;
  readonly hasher: Hasher;
}

// Only what a person typed is searched for card numbers: ids are random and may hold long digit runs by chance.
export function createSettlementDay({ input, account, id, now, today, hasher }: NewSettlementDay): SettlementDay {
  refuseFullCardNumbers({ batchNo: input.batchNo, actor: input.actor });
  const actor = requiredText(input.actor, 'actor', 'Choose who is doing this.');
  if (account.archived === true) throw new DomainError('invalid_argument', 'This account is archived.', { field: 'accountId' });
  checkDate(input.businessDate, 'businessDate', today);
  checkTakings(input.takings);
  const batchNo = cleanBatchNo(input.batchNo);
  const { expectedFee, expectedNet } = expectation(input.takings, account, input.expectedFee);
  const at = now.toISOString();
  const terms = { cycle: account.cycle, feeRateBp: account.feeRateBp, feeReturnedOnRefund: account.feeReturnedOnRefund, toleranceFen: account.toleranceFen };
  const batch = batchNo === undefined ? {} : { batchNo };
  return {
    id,
    requestId: input.requestId,
    accountId: account.id,
    businessDate: input.businessDate,
    ...(batchNo === undefined ? {} : { batchNo }),
    takings: input.takings,
    ...terms,
    expectedFee,
    expectedNet,
    createdAt: at,
    updatedAt: at,
    events: appendSettlementEvent([], { at, actor, kind: 'recorded', takings: input.takings, expectedFee, ...batch, terms }, hasher),
  };
}

export function withTakingsCorrected(day: SettlementDay, input: CorrectTakingsInput, now: Date, hasher: Hasher): SettlementDay {
  refuseFullCardNumbers({ batchNo: input.batchNo, reason: input.reason, actor: input.actor });
  const actor = requiredText(input.actor, 'actor', 'Choose who is doing this.');
  const reason = requiredText(input.reason, 'reason', 'Say what was wrong.');
  checkTakings(input.takings);
  const batchNo = cleanBatchNo(input.batchNo);
  // The day keeps the terms it was recorded under; only the takings, the batch no. and a fee from the slip change.
  const { expectedFee, expectedNet } = expectation(input.takings, day, input.expectedFee);
  const at = now.toISOString();
  const { batchNo: _old, ...rest } = day;
  void _old;
  return {
    ...rest,
    ...(batchNo === undefined ? {} : { batchNo }),
    takings: input.takings,
    expectedFee,
    expectedNet,
    updatedAt: at,
    events: appendSettlementEvent(
      day.events,
      { at, actor, kind: 'corrected', takings: input.takings, expectedFee, ...(batchNo === undefined ? {} : { batchNo }), note: reason },
      hasher,
    ),
  };
}

export function withSettlementReceived(day: SettlementDay, input: MarkReceivedInput, now: Date, today: IsoDate, hasher: Hasher): SettlementDay {
  refuseFullCardNumbers({ note: input.note, actor: input.actor });
  const actor = requiredText(input.actor, 'actor', 'Choose who is doing this.');
  checkDate(input.date, 'date', today);
  if (input.date < day.businessDate) throw new DomainError('date_invalid', 'The money cannot arrive before the day it was taken.', { field: 'date' });
  if (!Number.isInteger(input.amount) || input.amount < 0 || input.amount > MAX_FEN) {
    throw new DomainError('amount_invalid', 'Enter the amount that arrived.', { field: 'amount' });
  }
  const note = optionalText(input.note);
  if (note !== undefined && note.length > SETTLEMENT_LIMITS.note) throw new DomainError('too_long', 'Note too long.', { field: 'note', params: { max: SETTLEMENT_LIMITS.note } });
  const received = { amount: input.amount, date: input.date };
  const at = now.toISOString();
  return {
    ...day,
    received,
    updatedAt: at,
    events: appendSettlementEvent(day.events, { at, actor, kind: 'received', received, ...(note === undefined ? {} : { note }) }, hasher),
  };
}

export function withSettlementSnoozed(day: SettlementDay, input: OnSettlement<SnoozeReminderInput>, now: Date, hasher: Hasher): SettlementDay {
  const { actor, reason, until } = checkPutAside(input, now);
  const at = now.toISOString();
  const reminder = { kind: input.kind, ...(until === undefined ? {} : { until }), reason };
  return { ...day, updatedAt: at, events: appendSettlementEvent(day.events, { at, actor, kind: 'reminder_snoozed', reminder }, hasher) };
}

export function withSettlementDismissed(day: SettlementDay, input: OnSettlement<DismissReminderInput>, now: Date, hasher: Hasher): SettlementDay {
  const { actor, reason } = checkPutAside(input, now);
  const at = now.toISOString();
  const reminder = { kind: input.kind, reason };
  return { ...day, updatedAt: at, events: appendSettlementEvent(day.events, { at, actor, kind: 'reminder_dismissed', reminder }, hasher) };
}

const SETTLEMENT_CHANGES: ReadonlySet<string> = new Set(['corrected', 'received']);

/** Snoozed until its time; dismissed until the day's facts change (corrected or money received). */
export function isSettlementPutAside(day: SettlementDay, kind: SettlementReminderKind, now: Date): boolean {
  return isPutAsideIn(day.events, kind, now, SETTLEMENT_CHANGES);
}
