/**
 * What each payment channel carries. Card payments are traced by POS slip identifiers (JR/T 0001 §8); QR
 * payments by the platform's transaction number and the shop's order number; cash by nothing at all.
 * The form shows only these fields, and validation drops any other identifier a hidden field still holds.
 */
import { assertNever } from './errors';
import type { Channel, IdentifierField, RefundType } from './types';

export type ChannelKind = 'card' | 'qr' | 'cash' | 'other';

export function channelKind(channel: Channel): ChannelKind {
  switch (channel) {
    case 'unionpay_debit':
    case 'unionpay_credit':
      return 'card';
    case 'wechat':
    case 'alipay':
    case 'unionpay_qr':
      return 'qr';
    case 'cash':
      return 'cash';
    case 'other':
      return 'other';
    default:
      return assertNever(channel);
  }
}

/** POS slip order, so a person reads the slip top to bottom while typing. */
const CARD_FIELDS: readonly IdentifierField[] = Object.freeze([
  'referenceNo',
  'voucherNo',
  'cardLast4',
  'batchNo',
  'terminalNo',
  'merchantNo',
  'authCode',
] as const);
const QR_FIELDS: readonly IdentifierField[] = Object.freeze(['transactionNo', 'merchantOrderNo'] as const);
const OTHER_FIELDS: readonly IdentifierField[] = Object.freeze(['transactionNo'] as const);
const NO_FIELDS: readonly IdentifierField[] = Object.freeze([] as const);

export function identifierFieldsOf(channel: Channel): readonly IdentifierField[] {
  const kind = channelKind(channel);
  switch (kind) {
    case 'card':
      return CARD_FIELDS;
    case 'qr':
      return QR_FIELDS;
    case 'cash':
      return NO_FIELDS;
    case 'other':
      return OTHER_FIELDS;
    default:
      return assertNever(kind);
  }
}

/**
 * Refund types that make sense for the channel, the default first. A void (撤销) exists only on a card
 * terminal, same batch, before settlement (DOMAIN §3.3); QR platforms only refund.
 */
export function refundTypesOf(channel: Channel): readonly RefundType[] {
  const kind = channelKind(channel);
  switch (kind) {
    case 'card':
      return ['card_refund', 'void', 'other'];
    case 'qr':
      return ['qr_refund', 'other'];
    case 'cash':
      return ['cash_refund', 'other'];
    case 'other':
      return ['other', 'cash_refund'];
    default:
      return assertNever(kind);
  }
}

export function defaultRefundTypeOf(channel: Channel): RefundType {
  return refundTypesOf(channel)[0] ?? 'other';
}

/** Fields that hold digits only on the slip. */
export const NUMERIC_FIELDS: ReadonlySet<IdentifierField> = new Set<IdentifierField>(['batchNo', 'voucherNo', 'cardLast4']);
