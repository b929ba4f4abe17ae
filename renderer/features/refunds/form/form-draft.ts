/**
 * The new-refund form as plain data, and the rules that turn it into a CreateRefundInput.
 * Pure (no React, no DOM) so the same checks the person sees while typing are unit-tested in Node.
 * The app checks everything again on save; these checks only let the form answer before a round trip.
 */
import { fieldHoldsFullCardNumber } from '../../../../electron/common/domain/card-number';
import { DomainError } from '../../../../electron/common/domain/errors';
import type { WireError } from '../../../../electron/common/domain/errors';
import { normalisePhone } from '../../../../electron/common/domain/text-rules';
import { fen, formatYuanPlain, parseAmount } from '../../../../electron/common/domain/money';
import type { Fen } from '../../../../electron/common/domain/money';
import type {
  Channel,
  DeductionKind,
  IdentifierField,
  PaymentIdentifiers,
  RefundType,
} from '../../../../electron/common/domain/types';
import type { CreateRefundInput, DeductionInput } from '../../../../electron/common/ipc/contract';
import { defaultRefundTypeOf, identifierFieldsOf } from '../../../../electron/common/domain/channels';

export interface DeductionDraft {
  /** Stable React key: rows can be removed from the middle. */
  readonly key: string;
  readonly kind: DeductionKind;
  readonly amount: string;
  readonly reason: string;
}

export interface RefundDraft {
  readonly channel: Channel;
  readonly paidAt: string;
  readonly paidAmount: string;
  readonly ids: Readonly<Partial<Record<IdentifierField, string>>>;
  readonly type: RefundType;
  readonly refundAmount: string;
  /** Once the person types a refund amount, defaults stop overwriting it. */
  readonly refundAmountTouched: boolean;
  readonly deductions: readonly DeductionDraft[];
  readonly customerName: string;
  readonly customerPhone: string;
  readonly operator: string;
  readonly note: string;
}

export type FieldErrors = Readonly<Record<string, WireError>>;

export function emptyDraft(options: { channel: Channel; paidAt: string; operator: string }): RefundDraft {
  return {
    channel: options.channel,
    paidAt: options.paidAt,
    paidAmount: '',
    ids: {},
    type: defaultRefundTypeOf(options.channel),
    refundAmount: '',
    refundAmountTouched: false,
    deductions: [],
    customerName: '',
    customerPhone: '',
    operator: options.operator,
    note: '',
  };
}

/** True when the person typed anything worth a "discard?" question (defaults alone do not count). */
export function hasTypedSomething(draft: RefundDraft): boolean {
  return (
    draft.paidAmount.trim() !== '' ||
    Object.values(draft.ids).some((value) => value !== undefined && value.trim() !== '') ||
    draft.refundAmountTouched ||
    draft.deductions.length > 0 ||
    draft.customerName.trim() !== '' ||
    draft.customerPhone.trim() !== '' ||
    draft.note.trim() !== ''
  );
}

export type AmountCheck = { readonly ok: true; readonly value: Fen } | { readonly ok: false; readonly error: WireError };

export function checkAmount(text: string, field: string): AmountCheck {
  try {
    return { ok: true, value: parseAmount(text, field) };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, error: { ...error.toWire(), field } };
    throw error;
  }
}

function parsedOrUndefined(text: string): Fen | undefined {
  const check = checkAmount(text, 'amount');
  return check.ok ? check.value : undefined;
}

/** Net back to the customer as typed so far, or undefined while an amount is not yet a number. */
export function liveNet(draft: RefundDraft): Fen | undefined {
  const amount = parsedOrUndefined(draft.refundAmount);
  if (amount === undefined) return undefined;
  let net = amount as number;
  for (const deduction of draft.deductions) {
    if (deduction.amount.trim() === '') continue;
    const value = parsedOrUndefined(deduction.amount);
    if (value === undefined) return undefined;
    net -= value;
  }
  return fen(net);
}

/** The identifiers the chosen channel has, trimmed, empty ones left out. */
export function identifiersOf(draft: RefundDraft): PaymentIdentifiers {
  const ids: Partial<Record<IdentifierField, string>> = {};
  for (const field of identifierFieldsOf(draft.channel)) {
    const value = draft.ids[field]?.trim();
    if (value !== undefined && value !== '') ids[field] = value;
  }
  return ids;
}

/** Every free-text field with its path, so card-number checks cover them all (RELIABILITY §4). */
export function textFields(draft: RefundDraft): ReadonlyArray<readonly [string, string]> {
  const ids = identifiersOf(draft);
  return [
    ...Object.entries(ids).map(([field, value]) => [`payment.ids.${field}`, value] as const),
    ...draft.deductions.map((row, index) => [`refund.deductions.${index}.reason`, row.reason] as const),
    ['refund.customerName', draft.customerName] as const,
    ['refund.customerPhone', draft.customerPhone] as const,
    ['refund.note', draft.note] as const,
  ];
}

/** The app's own phone rule (digits, + and -), so a letter is caught while the customer is still there. */
function phoneError(phone: string): WireError | undefined {
  try {
    normalisePhone(phone, 'refund.customerPhone');
    return undefined;
  } catch (error) {
    if (error instanceof DomainError) return error.toWire();
    throw error;
  }
}

function fullCardError(field: string): WireError {
  return { code: 'full_card_number', message: 'Remove the full card number.', field };
}

/** Checks that need no round trip: amount formats, card numbers, last-4 shape, deduction reasons. */
export function validateDraft(draft: RefundDraft): FieldErrors {
  const errors: Record<string, WireError> = {};
  const paid = checkAmount(draft.paidAmount, 'payment.amount');
  if (!paid.ok) errors['payment.amount'] = paid.error;
  const refund = checkAmount(draft.refundAmount, 'refund.amount');
  if (!refund.ok) errors['refund.amount'] = refund.error;
  let deducted = 0;
  draft.deductions.forEach((row, index) => {
    const amount = checkAmount(row.amount, `refund.deductions.${index}.amount`);
    if (amount.ok) deducted += amount.value;
    else errors[`refund.deductions.${index}.amount`] = amount.error;
    if (row.reason.trim() === '') {
      errors[`refund.deductions.${index}.reason`] = {
        code: 'required',
        message: 'Give a reason for the deduction.',
        field: `refund.deductions.${index}.reason`,
      };
    }
  });
  if (refund.ok && paid.ok && refund.value > paid.value) {
    errors['refund.amount'] = {
      code: 'exceeds_payment',
      message: 'The refund is more than the payment.',
      field: 'refund.amount',
      params: { payment: paid.value },
    };
  }
  if (refund.ok && draft.deductions.length > 0 && deducted >= refund.value) {
    errors['refund.deductions'] = {
      code: 'deductions_exceed_amount',
      message: 'Deductions exceed the refund amount.',
      field: 'refund.deductions',
    };
  }
  const last4 = draft.ids.cardLast4?.trim() ?? '';
  if (identifierFieldsOf(draft.channel).includes('cardLast4') && last4 !== '' && !/^\d{4}$/.test(last4.normalize('NFKC'))) {
    errors['payment.ids.cardLast4'] = {
      code: 'card_last4_invalid',
      message: 'Card last 4 must be 4 digits.',
      field: 'payment.ids.cardLast4',
    };
  }
  const phone = phoneError(draft.customerPhone);
  if (phone !== undefined) errors['refund.customerPhone'] = phone;
  for (const [field, value] of textFields(draft)) {
    if (fieldHoldsFullCardNumber(field, value)) errors[field] = fullCardError(field);
  }
  return errors;
}

function optional(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** The argument for refund.create; call only when validateDraft found nothing. */
export function toCreateInput(draft: RefundDraft, requestId: string): CreateRefundInput {
  const deductions: DeductionInput[] = draft.deductions.map((row) => ({
    kind: row.kind,
    amount: parseAmount(row.amount),
    reason: row.reason.trim(),
  }));
  const customerName = optional(draft.customerName);
  const customerPhone = optional(draft.customerPhone);
  const note = optional(draft.note);
  return {
    requestId,
    payment: {
      channel: draft.channel,
      paidAt: draft.paidAt,
      amount: parseAmount(draft.paidAmount),
      ids: identifiersOf(draft),
    },
    refund: {
      type: draft.type,
      amount: parseAmount(draft.refundAmount),
      deductions,
      operator: draft.operator,
      // Absent, not empty: the app tells "not given" from "given as blank" by presence.
      ...(customerName === undefined ? {} : { customerName }),
      ...(customerPhone === undefined ? {} : { customerPhone }),
      ...(note === undefined ? {} : { note }),
    },
  };
}

/** The order fields are laid out in, so the first error can be focused and unknown fields go to the banner. */
export function fieldOrder(draft: RefundDraft): readonly string[] {
  return [
    'payment.channel',
    'payment.paidAt',
    'payment.amount',
    ...identifierFieldsOf(draft.channel).map((field) => `payment.ids.${field}`),
    'refund.type',
    'refund.amount',
    'refund.deductions',
    ...draft.deductions.flatMap((_, index) => [
      `refund.deductions.${index}.kind`,
      `refund.deductions.${index}.amount`,
      `refund.deductions.${index}.reason`,
    ]),
    'refund.customerName',
    'refund.customerPhone',
    'refund.operator',
    'refund.note',
  ];
}

/**
 * What the refund amount shows until the person types one: what remains of an already-known payment,
 * else the amount paid. Returned as text for the input.
 */
export function defaultRefundAmount(paidAmount: string, remainder: Fen | undefined): string {
  const paid = checkAmount(paidAmount, 'payment.amount');
  if (remainder !== undefined) return formatYuanPlain(paid.ok ? fen(Math.min(paid.value, remainder)) : remainder);
  return paid.ok ? formatYuanPlain(paid.value) : '';
}

/** The field an app error belongs on: its own path, else the nearest enclosing one the form shows. */
export function placeError(field: string | undefined, order: readonly string[]): string | undefined {
  if (field === undefined) return undefined;
  const parts = field.split('.');
  while (parts.length > 0) {
    const candidate = parts.join('.');
    if (order.includes(candidate)) return candidate;
    parts.pop();
  }
  return undefined;
}
