/**
 * Which of the original payment's identifiers the receipt prints, and which the customer should quote when
 * asking a bank. Card: the POS slip's numbers in slip order (DOMAIN §3.8); QR: the platform's transaction no.
 * and the shop's order no.; cash: none. Only what was recorded, and the card only ever as `**** 1234`.
 */
import { channelKind, identifierFieldsOf } from '../domain/channels';
import type { IdentifierField, Payment, RefundType } from '../domain/types';
import { maskCard } from './mask';
import type { ReceiptLine } from './receipt';
import type { ReceiptWords } from './receipt-labels';

/** Receipt order for a card: who (merchant, terminal), which batch and slip, then the card. */
const PRINT_ORDER: readonly IdentifierField[] = [
  'merchantNo',
  'terminalNo',
  'batchNo',
  'voucherNo',
  'referenceNo',
  'authCode',
  'cardLast4',
  'transactionNo',
  'merchantOrderNo',
];

/** The recorded value of a field the channel carries, trimmed; undefined when absent or blank. */
export function identifierValue(payment: Payment, field: IdentifierField): string | undefined {
  if (!identifierFieldsOf(payment.channel).includes(field)) return undefined;
  const value = payment.ids[field]?.trim() ?? '';
  return value === '' ? undefined : value;
}

export function identifierLabel(words: ReceiptWords, payment: Payment, field: IdentifierField): string {
  if (field === 'transactionNo' && payment.channel === 'alipay') return words.payment.alipayTradeNo;
  return words.payment.ids[field];
}

/** The identifier lines; `labelOf` combines the languages. */
export function identifierLines(payment: Payment, labelOf: (pick: (words: ReceiptWords) => string) => string): readonly ReceiptLine[] {
  return PRINT_ORDER.flatMap((field) => {
    const value = identifierValue(payment, field);
    if (value === undefined) return [];
    const printed = field === 'cardLast4' ? maskCard(value) : value;
    return [{ label: labelOf((words) => identifierLabel(words, payment, field)), value: printed, mono: true }];
  });
}

/**
 * What finds the payment at a bank or platform: a void by its voucher no., a card refund by reference no. +
 * original date, a QR refund by transaction no. (DOMAIN §3.3, §3.8); always the refund no. on this receipt.
 */
const QUOTE_FIELDS: { readonly [K in 'void' | 'card' | 'qr' | 'other']: readonly IdentifierField[] } = {
  void: ['voucherNo', 'referenceNo', 'cardLast4'],
  card: ['referenceNo', 'voucherNo', 'cardLast4'],
  qr: ['transactionNo', 'merchantOrderNo'],
  other: ['transactionNo'],
};

export function quoteLabels(payment: Payment, type: RefundType): (words: ReceiptWords) => readonly string[] {
  const kind = channelKind(payment.channel);
  const fields = kind === 'card' ? QUOTE_FIELDS[type === 'void' ? 'void' : 'card'] : kind === 'qr' ? QUOTE_FIELDS.qr : QUOTE_FIELDS.other;
  const present = fields.filter((field) => identifierValue(payment, field) !== undefined);
  return (words) => [
    ...present.map((field) => (field === 'cardLast4' ? words.payment.cardLast4Quote : identifierLabel(words, payment, field))),
    words.payment.paidDate,
    words.refund.number,
  ];
}
