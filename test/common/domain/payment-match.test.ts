import { describe, expect, it } from 'vitest';
import { matchKey, normaliseIdentifier } from '../../../electron/common/domain/payment-match';

describe('matchKey', () => {
  it('finds a card payment by reference number and paid date', () => {
    const key = matchKey('unionpay_debit', '2026-11-06T14:30', { referenceNo: '143012345678', voucherNo: '000123' });
    expect(key).toBe('card|ref:143012345678|2026-11-06');
  });

  it('ignores the time of day, case, width, spaces and dashes', () => {
    const a = matchKey('unionpay_debit', '2026-11-06T14:30', { referenceNo: 'ab12-3456 7890' });
    const b = matchKey('unionpay_credit', '2026-11-06T09:00', { referenceNo: 'ＡＢ１２３４５６７８９０' });
    expect(a).toBe(b);
  });

  it('falls back to terminal + batch + voucher for a card', () => {
    const ids = { terminalNo: '10382716', batchNo: '000123', voucherNo: '004567' };
    expect(matchKey('unionpay_credit', '2026-11-06T14:30', ids)).toBe('card|tbv:10382716/000123/004567|2026-11-06');
    // A voucher number is cyclic: the same one on another day is another payment.
    expect(matchKey('unionpay_credit', '2026-11-07T14:30', ids)).not.toBe(matchKey('unionpay_credit', '2026-11-06T14:30', ids));
  });

  it('does not match a card payment on a partial slip', () => {
    expect(matchKey('unionpay_debit', '2026-11-06T14:30', { voucherNo: '004567', cardLast4: '1234' })).toBe('');
  });

  it('finds a QR payment by transaction number, else merchant order number', () => {
    expect(matchKey('wechat', '2026-11-06T14:30', { transactionNo: '4200001234202611061234567890', merchantOrderNo: 'WX1' })).toBe(
      'wechat|tx:4200001234202611061234567890',
    );
    expect(matchKey('alipay', '2026-11-06T14:30', { merchantOrderNo: 'ap-261106-01' })).toBe('alipay|order:AP26110601');
  });

  it('keeps platforms apart', () => {
    const ids = { transactionNo: '123' };
    expect(matchKey('wechat', '2026-11-06T14:30', ids)).not.toBe(matchKey('alipay', '2026-11-06T14:30', ids));
  });

  it('never matches cash or a payment without identifiers', () => {
    expect(matchKey('cash', '2026-11-06T14:30', {})).toBe('');
    expect(matchKey('wechat', '2026-11-06T14:30', { transactionNo: '  ' })).toBe('');
    expect(matchKey('other', '2026-11-06T14:30', {})).toBe('');
    expect(matchKey('other', '2026-11-06T14:30', { transactionNo: 'bt1' })).toBe('other|tx:BT1');
  });

  it('normaliseIdentifier', () => {
    expect(normaliseIdentifier(' ab-1_2 ３ ')).toBe('AB123');
    expect(normaliseIdentifier(undefined)).toBe('');
  });
});
