/**
 * Identifiers shaped like the real ones (DOMAIN §3.8): a POS slip's merchant no. (15), terminal no. (8),
 * batch and voucher no. (6 digits), reference no. (12), auth code (6); WeChat's 28-digit transaction id;
 * Alipay's 28-digit trade no. None may look like a full card number, or the app would refuse its own demo.
 */
import { containsFullCardNumber } from '../domain/card-number';
import { assertNever } from '../domain/errors';
import type { Channel, PaymentIdentifiers } from '../domain/types';
import type { Random } from './prng';

// 15 digits that fail the Luhn check (a Luhn-valid one would be refused as a card number; see the report).
const MERCHANT_NO = '898440358120032';
const TERMINALS = ['10382716', '10382717'] as const;

function pad(value: number, width: number): string {
  return value.toString().padStart(width, '0');
}

function compactDate(date: Date): string {
  return `${date.getFullYear()}${pad(date.getMonth() + 1, 2)}${pad(date.getDate(), 2)}`;
}

function compactTime(date: Date): string {
  return `${pad(date.getHours(), 2)}${pad(date.getMinutes(), 2)}${pad(date.getSeconds(), 2)}`;
}

/** Voucher numbers run on across the whole history and wrap at 999999, as on a terminal. */
export class DemoIdentifiers {
  private voucher: number;

  constructor(private readonly random: Random) {
    this.voucher = random.int(1, 900_000);
  }

  for(channel: Channel, paidAt: Date, dayIndex: number): PaymentIdentifiers {
    const date = compactDate(paidAt);
    switch (channel) {
      case 'unionpay_debit':
      case 'unionpay_credit':
        return this.card(channel === 'unionpay_credit', paidAt, dayIndex);
      case 'wechat':
        return {
          transactionNo: `420000${this.random.digits(4)}${date}${this.random.digits(10)}`,
          ...this.maybeOrder('WX', date),
        };
      case 'alipay':
        return { transactionNo: `${date}2200${this.random.digits(16)}`, ...this.maybeOrder('AP', date) };
      case 'unionpay_qr':
        // 云闪付: a 21-digit order number, too long to be mistaken for a card.
        return { transactionNo: `${date}${compactTime(paidAt)}${this.random.digits(7)}` };
      case 'cash':
        return {};
      case 'other':
        return { transactionNo: `BT${date}${this.random.digits(6)}` };
      default:
        return assertNever(channel);
    }
  }

  private card(credit: boolean, paidAt: Date, dayIndex: number): PaymentIdentifiers {
    this.voucher = (this.voucher % 999_999) + 1;
    const authCode = credit || this.random.chance(0.3) ? this.random.digits(6) : undefined;
    return {
      merchantNo: MERCHANT_NO,
      terminalNo: this.random.pick(TERMINALS),
      // The batch closes with each day's settlement, so it advances once a day.
      batchNo: pad(100 + dayIndex, 6),
      voucherNo: pad(this.voucher, 6),
      referenceNo: `${compactTime(paidAt)}${this.random.digits(6)}`,
      ...(authCode === undefined ? {} : { authCode }),
      cardLast4: this.random.digits(4),
    };
  }

  /** Many small shops use a static QR code and have no order number of their own. */
  private maybeOrder(prefix: string, date: string): PaymentIdentifiers {
    if (!this.random.chance(0.6)) return {};
    return { merchantOrderNo: this.safe(() => `${prefix}${date.slice(2)}${this.random.digits(6)}`) };
  }

  /** Order numbers invented by a shop's till are free-form; regenerate the rare one that passes Luhn. */
  private safe(make: () => string): string {
    for (;;) {
      const value = make();
      if (!containsFullCardNumber(value)) return value;
    }
  }
}
