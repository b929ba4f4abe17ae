/**
 * One spreadsheet row per refund, for the shop's accountant. This is the shop's own accounting file (the shop is
 * the data controller and the accountant works for it), so the customer's name is written as recorded; the phone
 * is masked (`138****0000`) unless the person exporting asks for full numbers (RELIABILITY §6: redacted by default).
 */
import type { ExpectedArrival } from '../calendar/expected-arrival';
import { formatLocalMinute } from '../domain/local-time';
import { sumFen } from '../domain/money';
import type { Payment, Refund } from '../domain/types';
import { maskPhone } from '../receipts/mask';
import type { ExportLanguage } from './export-contract';
import { exportWords, REFUND_COLUMNS } from './export-labels';
import type { ExportWords, RefundColumn } from './export-labels';
import type { Cell, Sheet } from './sheet';
import { date, money, text } from './sheet';

export interface RefundExportRecord {
  readonly refund: Refund;
  readonly payment: Payment;
  /** Only for a refund on its way (done, processing); absent otherwise. */
  readonly arrival?: ExpectedArrival;
}

export interface RefundSheetOptions {
  readonly language: ExportLanguage;
  readonly includePhones: boolean;
}

const WIDTHS: { readonly [C in RefundColumn]: number } = {
  number: 18, createdAt: 17, status: 12, type: 10, channel: 12, paidAt: 17, paidAmount: 12, amount: 12, deductions: 10,
  deductionReasons: 20, net: 12, customerName: 12, customerPhone: 14, reference: 30, terminalNo: 10, batchNo: 8,
  voucherNo: 8, cardLast4: 8, operator: 10, approver: 10, expectedArrival: 17, note: 30,
};

/** An ISO instant (event times) as the local minute `YYYY-MM-DD HH:mm`. */
function localMinuteOfInstant(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : formatLocalMinute(at).replace('T', ' ');
}

/** The owner who approved (or approved their own request); the latest decision counts. */
function approverOf(refund: Refund): string | undefined {
  let approver: string | undefined;
  for (const event of refund.events) if (event.kind === 'approved' || event.kind === 'override') approver = event.actor;
  return approver;
}

function arrivalText(arrival: ExpectedArrival | undefined, words: ExportWords): Cell {
  if (arrival === undefined) return null;
  if (arrival.unknown === true) return text(words.arrivalUnknown);
  return date(arrival.precision === 'instant' ? localMinuteOfInstant(arrival.latest) : arrival.latest);
}

function distinct(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((value): value is string => value !== undefined && value !== ''))];
}

function refundRow(record: RefundExportRecord, words: ExportWords, includePhones: boolean): Cell[] {
  const { refund, payment } = record;
  const ids = payment.ids;
  const cells: { readonly [C in RefundColumn]: Cell } = {
    number: text(refund.number),
    createdAt: date(localMinuteOfInstant(refund.createdAt)),
    status: text(words.receipt.statuses[refund.status]),
    type: text(words.receipt.refundTypes[refund.type]),
    channel: text(words.receipt.channels[payment.channel]),
    paidAt: date(payment.paidAt.replace('T', ' ')),
    paidAmount: money(payment.amount),
    amount: money(refund.amount),
    deductions: money(sumFen(refund.deductions.map((deduction) => deduction.amount))),
    deductionReasons: text(
      refund.deductions
        .map((deduction) => `${words.receipt.deductionKinds[deduction.kind]}${deduction.reason === '' ? '' : `: ${deduction.reason}`}`)
        .join(words.separator),
    ),
    net: money(refund.net),
    customerName: text(refund.customerName),
    customerPhone: text(includePhones ? refund.customerPhone : maskPhone(refund.customerPhone)),
    reference: text(distinct([ids.referenceNo, ids.transactionNo, ids.merchantOrderNo]).join(' / ')),
    terminalNo: text(ids.terminalNo),
    batchNo: text(ids.batchNo),
    voucherNo: text(ids.voucherNo),
    cardLast4: text(ids.cardLast4),
    operator: text(refund.operator),
    approver: text(approverOf(refund)),
    expectedArrival: arrivalText(record.arrival, words),
    note: text(refund.note),
  };
  return REFUND_COLUMNS.map((column) => cells[column]);
}

export function refundSheet(records: readonly RefundExportRecord[], options: RefundSheetOptions): Sheet {
  const words = exportWords(options.language);
  return {
    name: words.refundSheet,
    columns: REFUND_COLUMNS.map((column) => ({ header: words.refundHeaders[column], width: WIDTHS[column] })),
    rows: records.map((record) => refundRow(record, words, options.includePhones)),
  };
}
