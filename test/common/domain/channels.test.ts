import { describe, expect, it } from 'vitest';
import {
  channelKind,
  defaultRefundTypeOf,
  identifierFieldsOf,
  refundTypesOf,
} from '../../../electron/common/domain/channels';
import { CHANNELS } from '../../../electron/common/domain/types';

describe('channels', () => {
  it.each([
    ['unionpay_debit', 'card', 'card_refund'],
    ['unionpay_credit', 'card', 'card_refund'],
    ['wechat', 'qr', 'qr_refund'],
    ['alipay', 'qr', 'qr_refund'],
    ['unionpay_qr', 'qr', 'qr_refund'],
    ['cash', 'cash', 'cash_refund'],
    ['other', 'other', 'other'],
  ] as const)('%s is a %s channel refunded by default as %s', (channel, kind, type) => {
    expect(channelKind(channel)).toBe(kind);
    expect(defaultRefundTypeOf(channel)).toBe(type);
    expect(refundTypesOf(channel)[0]).toBe(type);
  });

  it('card channels carry the POS slip identifiers', () => {
    expect([...identifierFieldsOf('unionpay_debit')].sort()).toEqual(
      ['authCode', 'batchNo', 'cardLast4', 'merchantNo', 'referenceNo', 'terminalNo', 'voucherNo'].sort(),
    );
    expect(identifierFieldsOf('unionpay_credit')).toEqual(identifierFieldsOf('unionpay_debit'));
  });

  it('QR channels carry the transaction and merchant order numbers', () => {
    for (const channel of ['wechat', 'alipay', 'unionpay_qr'] as const) {
      expect(identifierFieldsOf(channel)).toEqual(['transactionNo', 'merchantOrderNo']);
    }
  });

  it('cash has none, other has a transaction number', () => {
    expect(identifierFieldsOf('cash')).toEqual([]);
    expect(identifierFieldsOf('other')).toEqual(['transactionNo']);
  });

  it('only card payments can be voided', () => {
    for (const channel of CHANNELS) {
      expect(refundTypesOf(channel).includes('void')).toBe(channelKind(channel) === 'card');
    }
  });
});
