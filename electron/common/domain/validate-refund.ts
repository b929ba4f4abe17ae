/**
 * Semantic checks of a new refund. The IPC boundary has already checked the shape with zod; here are the
 * rules that need meaning: real dates, the clock, card numbers, trimming, and the money rules that do not
 * depend on other records. The ledger then checks the remainder against the payment's other refunds.
 */
import { identifierFieldsOf, refundTypesOf } from './channels';
import { DomainError } from './errors';
import { parseLocalMinute } from './local-time';
import { MAX_FEN, formatYuan } from './money';
import type { Fen } from './money';
import { computeNet } from './remainder';
import { checkDestination } from './refund-destination';
import { normalisePhone, optionalText, refuseFullCardNumbers, requiredText } from './text-rules';
import type { Channel, PaymentIdentifiers } from './types';
import type { CreateRefundInput, DeductionInput, PaymentInput, RefundInput } from '../ipc/contract';

/** Clock skew between the terminal that printed the slip and this PC. */
export const FUTURE_TOLERANCE_MINUTES = 10;

/** Returns the input cleaned (trimmed, normalised, irrelevant identifiers dropped) or throws a DomainError. */
export function validateCreateRefund(input: CreateRefundInput, now: Date): CreateRefundInput {
  // Everything a person typed; not requestId, a machine id (a UUID can hold a Luhn-valid run of digits).
  refuseFullCardNumbers(input.payment, 'payment');
  refuseFullCardNumbers(input.refund, 'refund');
  const requestId = requiredText(input.requestId, 'requestId', 'The form sent no request id.');
  const payment = validatePayment(input.payment, now);
  const refund = validateRefund(input.refund, payment.channel);
  return { requestId, payment, refund };
}

function validatePayment(payment: PaymentInput, now: Date): PaymentInput {
  const paidAt = parseLocalMinute(payment.paidAt);
  if (paidAt === undefined) {
    throw new DomainError('date_invalid', `Not a real date and time: ${payment.paidAt}`, { field: 'payment.paidAt' });
  }
  if (paidAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MINUTES * 60_000) {
    throw new DomainError('date_in_future', 'The payment time is in the future.', {
      field: 'payment.paidAt',
      params: { minutes: FUTURE_TOLERANCE_MINUTES },
    });
  }
  checkFen(payment.amount, 'payment.amount');
  return { channel: payment.channel, paidAt: payment.paidAt, amount: payment.amount, ids: cleanIds(payment.channel, payment.ids) };
}

/** Keeps only the identifiers the channel shows: a value left in a hidden field must not be stored or matched. */
function cleanIds(channel: Channel, ids: PaymentIdentifiers): PaymentIdentifiers {
  const cleaned: { -readonly [K in keyof PaymentIdentifiers]: string } = {};
  for (const field of identifierFieldsOf(channel)) {
    const value = optionalText(ids[field]?.normalize('NFKC'));
    if (value !== undefined) cleaned[field] = value;
  }
  if (cleaned.cardLast4 !== undefined && !/^\d{4}$/u.test(cleaned.cardLast4)) {
    throw new DomainError('card_last4_invalid', 'Enter exactly the last 4 digits of the card.', {
      field: 'payment.ids.cardLast4',
    });
  }
  return cleaned;
}

function validateRefund(refund: RefundInput, channel: Channel): RefundInput {
  if (!refundTypesOf(channel).includes(refund.type)) {
    throw new DomainError('invalid_argument', `A ${refund.type} refund does not exist for ${channel} payments.`, {
      field: 'refund.type',
      params: { type: refund.type, channel },
    });
  }
  checkFen(refund.amount, 'refund.amount');
  const deductions = refund.deductions.map((deduction, index): DeductionInput => {
    checkFen(deduction.amount, `refund.deductions.${index}.amount`);
    return { kind: deduction.kind, amount: deduction.amount, reason: deduction.reason.trim() };
  });
  // Deductions against the refund's own amount need no other record, so they are reported with the form.
  computeNet(refund.amount, deductions);
  const operator = requiredText(refund.operator, 'refund.operator', 'Choose who is recording the refund.');
  const customerName = optionalText(refund.customerName);
  const customerPhone = normalisePhone(refund.customerPhone, 'refund.customerPhone');
  const note = optionalText(refund.note);
  return {
    type: refund.type,
    amount: refund.amount,
    deductions,
    ...(customerName === undefined ? {} : { customerName }),
    ...(customerPhone === undefined ? {} : { customerPhone }),
    operator,
    ...(note === undefined ? {} : { note }),
    // Only a refund that states its destination carries one; the wrong-account guard (refund-destination.ts).
    ...(refund.destination === undefined && refund.destinationConfirmed === undefined
      ? {}
      : checkDestination(refund.type, refund.destination, refund.destinationConfirmed)),
  };
}

function checkFen(value: Fen, field: string): void {
  if (!Number.isSafeInteger(value)) throw new DomainError('amount_invalid', 'Not an amount in fen.', { field });
  if (value <= 0) throw new DomainError('amount_not_positive', 'The amount must be more than zero.', { field });
  if (value > MAX_FEN) {
    throw new DomainError('amount_too_large', 'The amount is too large.', { field, params: { max: formatYuan(MAX_FEN) } });
  }
}
