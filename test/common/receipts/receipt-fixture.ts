/**
 * Refunds and payments for receipt tests, recorded through the real ledger (so numbers, events and hashes are
 * what the app writes), and ReceiptInputs around them with a fixed arrival, the default hotlines and a clock
 * frozen at 10:00 on 20 November 2026 in Shanghai.
 */
import type { ExpectedArrival } from '../../../electron/common/calendar/expected-arrival';
import { fen } from '../../../electron/common/domain/money';
import type { Payment, Refund } from '../../../electron/common/domain/types';
import { PAPER } from '../../../electron/common/receipts/receipt';
import type { ReceiptInput } from '../../../electron/common/receipts/receipt';
import { DEFAULT_HOTLINES } from '../../../electron/common/reminders/hotlines';
import { hotlinesFor } from '../../../electron/common/reminders/reminder-steps';
import { openLedger, refundInput } from '../ledger/ledger-harness';
import type { InputOptions } from '../ledger/ledger-harness';

export const KEY_FINGERPRINT = '3F2A 9C01 77B4 E210 5D6C';

export interface Recorded {
  readonly refund: Refund;
  readonly payment: Payment;
}

export async function record(options: InputOptions = {}): Promise<Recorded> {
  const { ledger } = await openLedger();
  const detail = await ledger.create(refundInput(options));
  return { refund: detail.refund, payment: detail.payment };
}

/** 3–5 working days from the 20th (a card 退货, DOMAIN §3.2). */
export const CARD_ARRIVAL: ExpectedArrival = {
  precision: 'date',
  earliest: '2026-11-25',
  latest: '2026-11-27',
  beyondCoverage: false,
  basis: { rows: [{ route: 'unionpay_refund', window: { unit: 'working_days', min: 3, max: 5 }, source: 'agent' }], from: 'done', fromAt: '2026-11-20T02:00:00.000Z' },
};

export const CASH_ARRIVAL: ExpectedArrival = {
  precision: 'instant',
  earliest: '2026-11-20T02:00:00.000Z',
  latest: '2026-11-20T02:00:00.000Z',
  beyondCoverage: false,
  basis: { rows: [{ route: 'cash', window: { unit: 'minutes', min: 0, max: 0 }, source: 'counter' }], from: 'done', fromAt: '2026-11-20T02:00:00.000Z' },
};

export function inputFor({ refund, payment }: Recorded, overrides: Partial<ReceiptInput> = {}): ReceiptInput {
  return {
    refund,
    payment,
    shop: { name: '小面馆', address: '杭州市西湖区文三路 1 号', phone: '0571-88886666' },
    language: 'zh-CN',
    paper: PAPER.thermal80,
    arrival: payment.channel === 'cash' || refund.type === 'cash_refund' ? CASH_ARRIVAL : CARD_ARRIVAL,
    hotlines: hotlinesFor(payment.channel, DEFAULT_HOTLINES),
    copy: 1,
    chainHead: refund.events.at(-1)?.hash ?? '',
    keyFingerprint: KEY_FINGERPRINT,
    printedAt: '2026-11-20 10:05',
    ...overrides,
  };
}

/** A card 退货 of ¥129.00 with every slip identifier, a depreciation and a fee: net ¥113.90. */
export function cardRefundOptions(extra: InputOptions = {}): InputOptions {
  return {
    channel: 'unionpay_debit',
    type: 'card_refund',
    paid: 129,
    refund: 129,
    ids: {
      merchantNo: '898330170110123',
      terminalNo: '10234567',
      batchNo: '000123',
      voucherNo: '000321',
      referenceNo: '152000123456',
      authCode: 'A1B2C3',
      cardLast4: '1234',
    },
    deductions: [
      { kind: 'depreciation', amount: fen(1290), reason: '已使用两周，按店规折旧 10%' },
      { kind: 'fee', amount: fen(220), reason: '刷卡手续费' },
    ],
    customerName: '张三',
    customerPhone: '13800138000',
    ...extra,
  };
}
