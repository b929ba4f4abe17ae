/**
 * A normalised key that finds the same payment again when a second refund of it is logged, so the
 * refundable remainder is counted across all of them. Keys are built only from identifiers that are
 * unique in practice; when none is present the key is empty and the payment is never matched.
 */
import { channelKind } from './channels';
import { assertNever } from './errors';
import type { Channel, PaymentIdentifiers } from './types';

/** Case, width, spaces and dashes differ between a slip, a screenshot and what a person types. */
export function normaliseIdentifier(value: string | undefined): string {
  if (value === undefined) return '';
  return value.normalize('NFKC').replace(/[\s\-_]/gu, '').toUpperCase();
}

/**
 * - card: 参考号 is unique per clearing day, so reference no. + paid date; otherwise terminal + batch +
 *   voucher (the voucher no. is cyclic, hence the date). Debit and credit share a key: the slip identifies
 *   the transaction whichever card kind was picked in the form.
 * - QR: the platform's transaction no. is globally unique; else the shop's own order no.
 * - cash: nothing identifies it. other: a transaction no. if given.
 */
export function matchKey(channel: Channel, paidAt: string, ids: PaymentIdentifiers): string {
  const date = paidAt.slice(0, 10);
  const kind = channelKind(channel);
  switch (kind) {
    case 'card': {
      const reference = normaliseIdentifier(ids.referenceNo);
      if (reference !== '') return `card|ref:${reference}|${date}`;
      const terminal = normaliseIdentifier(ids.terminalNo);
      const batch = normaliseIdentifier(ids.batchNo);
      const voucher = normaliseIdentifier(ids.voucherNo);
      if (terminal !== '' && batch !== '' && voucher !== '') return `card|tbv:${terminal}/${batch}/${voucher}|${date}`;
      return '';
    }
    case 'qr': {
      const transaction = normaliseIdentifier(ids.transactionNo);
      if (transaction !== '') return `${channel}|tx:${transaction}`;
      const order = normaliseIdentifier(ids.merchantOrderNo);
      return order === '' ? '' : `${channel}|order:${order}`;
    }
    case 'cash':
      return '';
    case 'other': {
      const transaction = normaliseIdentifier(ids.transactionNo);
      return transaction === '' ? '' : `other|tx:${transaction}`;
    }
    default:
      return assertNever(kind);
  }
}
