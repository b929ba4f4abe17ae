/**
 * Column headers and words of the exports in both languages. Status, channel and refund-type words are the
 * receipts' (receipt-labels.ts), so the accountant's file says what the customer's receipt says.
 */
import type { SettlementState } from '../ipc/contract-settlements';
import { EN, ZH_CN } from '../receipts/receipt-labels';
import type { ReceiptWords } from '../receipts/receipt-labels';
import type { ExportLanguage } from './export-contract';

export const REFUND_COLUMNS = [
  'number', 'createdAt', 'status', 'type', 'channel', 'paidAt', 'paidAmount', 'amount', 'deductions', 'deductionReasons',
  'net', 'customerName', 'customerPhone', 'reference', 'terminalNo', 'batchNo', 'voucherNo', 'cardLast4', 'operator',
  'approver', 'expectedArrival', 'note',
] as const;
export type RefundColumn = (typeof REFUND_COLUMNS)[number];

export const SETTLEMENT_COLUMNS = [
  'businessDate', 'account', 'salesCount', 'salesAmount', 'refundsCount', 'refundsAmount', 'fee', 'expectedNet',
  'expectedBy', 'received', 'receivedDate', 'difference', 'state',
] as const;
export type SettlementColumn = (typeof SETTLEMENT_COLUMNS)[number];

export interface ExportWords {
  readonly refundSheet: string;
  readonly settlementSheet: string;
  readonly refundHeaders: { readonly [C in RefundColumn]: string };
  readonly settlementHeaders: { readonly [C in SettlementColumn]: string };
  readonly states: { readonly [S in SettlementState]: string };
  readonly receipt: ReceiptWords;
  /** Joins several reasons or identifiers in one cell. */
  readonly separator: string;
  readonly arrivalUnknown: string;
}

const ZH: ExportWords = {
  refundSheet: '退款',
  settlementSheet: '结算',
  refundHeaders: {
    number: '退款单号', createdAt: '登记时间', status: '状态', type: '退款方式', channel: '渠道', paidAt: '原交易时间',
    paidAmount: '原支付金额', amount: '退款金额', deductions: '扣款', deductionReasons: '扣款原因', net: '实退金额',
    customerName: '顾客', customerPhone: '顾客电话', reference: '参考号/交易单号', terminalNo: '终端号', batchNo: '批次号',
    voucherNo: '凭证号', cardLast4: '卡号后四位', operator: '经办人', approver: '审批人', expectedArrival: '预计到账',
    note: '备注',
  },
  settlementHeaders: {
    businessDate: '营业日', account: '账户', salesCount: '消费笔数', salesAmount: '消费金额', refundsCount: '退货笔数',
    refundsAmount: '退货金额', fee: '手续费', expectedNet: '应到', expectedBy: '应到日期', received: '实到',
    receivedDate: '到账日期', difference: '差额', state: '状态',
  },
  states: { waiting: '未到期', due_today: '今天应到', late: '逾期未到', received: '已到账', short: '少到', over: '多到' },
  receipt: ZH_CN,
  separator: '；',
  arrivalUnknown: '未知',
};

const EN_WORDS: ExportWords = {
  refundSheet: 'Refunds',
  settlementSheet: 'Settlements',
  refundHeaders: {
    number: 'Refund no.', createdAt: 'Recorded at', status: 'Status', type: 'Refund type', channel: 'Channel',
    paidAt: 'Original payment time', paidAmount: 'Amount paid', amount: 'Refund amount', deductions: 'Deductions',
    deductionReasons: 'Deduction reasons', net: 'Net refunded', customerName: 'Customer', customerPhone: 'Customer phone',
    reference: 'Reference / transaction no.', terminalNo: 'Terminal no.', batchNo: 'Batch no.', voucherNo: 'Voucher no.',
    cardLast4: 'Card last 4', operator: 'Handled by', approver: 'Approved by', expectedArrival: 'Expected arrival',
    note: 'Note',
  },
  settlementHeaders: {
    businessDate: 'Business day', account: 'Account', salesCount: 'Sales count', salesAmount: 'Sales amount',
    refundsCount: 'Refunds count', refundsAmount: 'Refunds amount', fee: 'Fee', expectedNet: 'Expected net',
    expectedBy: 'Expected by', received: 'Received', receivedDate: 'Received on', difference: 'Difference', state: 'Status',
  },
  states: { waiting: 'Waiting', due_today: 'Due today', late: 'Late', received: 'Received', short: 'Short', over: 'Over' },
  receipt: EN,
  separator: '; ',
  arrivalUnknown: 'Unknown',
};

export function exportWords(language: ExportLanguage): ExportWords {
  return language === 'en' ? EN_WORDS : ZH;
}
