/**
 * The receipt's words in Simplified Chinese and English. Kept here (not in the renderer's i18next files)
 * because the receipt is built in main, in plain TypeScript, and must read the same whether it is previewed,
 * printed or saved. Wording follows the app's own labels (renderer/i18n) so the counter and the paper agree.
 *
 * `both`: a label is `中文 English` on one line (`退款单号 Refund no.`); a sentence is the Chinese line, then the
 * English line. The HTML lets a long bilingual label take its own line on a thermal roll.
 */
import type { ArrivalRoute } from '../calendar/arrival-windows';
import type { DestinationKind } from '../domain/refund-destination';
import type { Channel, DeductionKind, IdentifierField, RefundStatus, RefundType } from '../domain/types';
import type { HotlineId } from '../reminders/hotlines';
import type { ReceiptLanguage } from './receipt';

export interface ReceiptWords {
  readonly title: string;
  readonly reprint: (copy: number) => string;
  readonly shopPhone: string;
  readonly headings: {
    readonly refund: string;
    readonly payment: string;
    readonly amounts: string;
    readonly arrival: string;
    readonly ifNotArrived: string;
    readonly hotlines: string;
    readonly policy: string;
    readonly proof: string;
  };
  readonly refund: {
    readonly number: string;
    readonly date: string;
    readonly type: string;
    readonly status: string;
    readonly operator: string;
    readonly approver: string;
    readonly customer: string;
    readonly customerPhone: string;
    readonly destination: string;
    readonly reroutedTo: string;
    readonly note: string;
  };
  readonly payment: {
    readonly channel: string;
    readonly paidAt: string;
    readonly ids: { readonly [F in IdentifierField]: string };
    /** Alipay calls its transaction number 支付宝交易号 (`trade_no`), DOMAIN §3.8. */
    readonly alipayTradeNo: string;
    readonly paidDate: string;
    /** The card as named when telling someone what to quote. */
    readonly cardLast4Quote: string;
  };
  readonly amounts: {
    readonly original: string;
    readonly refund: string;
    readonly deduction: (kind: string) => string;
    readonly net: string;
    readonly capital: string;
  };
  readonly refundTypes: { readonly [T in RefundType]: string };
  readonly channels: { readonly [C in Channel]: string };
  readonly statuses: { readonly [S in RefundStatus]: string };
  readonly deductionKinds: { readonly [K in DeductionKind]: string };
  readonly destinations: { readonly [K in DestinationKind]: string };
  readonly routes: { readonly [R in ArrivalRoute]: string };
  readonly hotlines: { readonly [H in HotlineId]: string };
  readonly signatures: { readonly customer: string; readonly operator: string };
  readonly proof: { readonly shortHash: string; readonly keyFingerprint: string };
  /** Footer: `本凭证由 退款台账 生成 · 打印于 2026-11-20 10:00`. */
  readonly footer: { readonly generatedBy: string; readonly printedAt: string };
  /** A `YYYY-MM-DD` date as the customer reads it: `11月25日` / `25 Nov`. */
  readonly day: (isoDate: string) => string;
  /** A list of labels: `参考号、原交易日期` / `reference no., original date`. */
  readonly list: (items: readonly string[]) => string;
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Month and day straight from the text, never through a Date, so no time zone can shift them. */
function monthDay(isoDate: string): { readonly month: number; readonly day: number } {
  const [, month = '0', day = '0'] = isoDate.split('-');
  return { month: Number(month), day: Number(day) };
}

export const ZH_CN: ReceiptWords = {
  title: '退款凭证',
  reprint: (copy) => `重印 REPRINT · 第 ${copy} 次`,
  shopPhone: '电话',
  headings: {
    refund: '退款信息',
    payment: '原交易',
    amounts: '金额',
    arrival: '到账时间',
    ifNotArrived: '没有按时到账怎么办',
    hotlines: '客服与投诉电话',
    policy: '本店退款规定',
    proof: '凭证校验',
  },
  refund: {
    number: '退款单号',
    date: '退款时间',
    type: '退款方式',
    status: '状态',
    operator: '经办人',
    approver: '批准人',
    customer: '顾客',
    customerPhone: '顾客电话',
    destination: '退款去向',
    reroutedTo: '改退至',
    note: '备注',
  },
  payment: {
    channel: '支付方式',
    paidAt: '原交易时间',
    ids: {
      merchantNo: '商户号',
      terminalNo: '终端号',
      batchNo: '批次号',
      voucherNo: '凭证号',
      referenceNo: '参考号',
      authCode: '授权码',
      cardLast4: '卡号',
      transactionNo: '交易单号',
      merchantOrderNo: '商户订单号',
    },
    alipayTradeNo: '支付宝交易号',
    paidDate: '原交易日期',
    cardLast4Quote: '卡号后四位',
  },
  amounts: {
    original: '原支付金额',
    refund: '退款金额',
    deduction: (kind) => `扣除：${kind}`,
    net: '实退金额',
    capital: '大写',
  },
  refundTypes: { void: '撤销', card_refund: '退货', qr_refund: '原路退款', cash_refund: '现金退还', other: '其他方式' },
  channels: {
    unionpay_debit: '银联借记卡',
    unionpay_credit: '银联信用卡',
    wechat: '微信支付',
    alipay: '支付宝',
    unionpay_qr: '云闪付',
    cash: '现金',
    other: '其他',
  },
  statuses: {
    recorded: '已登记',
    awaiting_approval: '待店长批准',
    approved: '已批准',
    done: '已办理',
    processing: '处理中',
    arrived: '已到账',
    failed: '失败',
    closed: '已关闭',
    abnormal: '异常',
    refused: '已拒绝',
  },
  deductionKinds: { fee: '手续费', depreciation: '折旧', other: '其他' },
  destinations: {
    original: '原路退回',
    wechat_balance: '微信零钱',
    card: '银行卡',
    account: '账户',
    manual_transfer: '转账',
    red_packet: '红包',
  },
  routes: {
    wechat_balance: '零钱',
    wechat_card: '银行卡',
    alipay_balance: '余额',
    alipay_card: '银行卡',
    unionpay_void: '撤销',
    unionpay_refund: '退货',
    unionpay_qr: '云闪付',
    credit_card: '信用卡',
    huabei: '花呗',
    cash: '现金',
  },
  hotlines: {
    wechat_pay: '微信支付',
    alipay: '支付宝',
    unionpay: '中国银联',
    pboc: '人民银行（支付机构投诉）',
    nfra: '金融监管总局（银行投诉）',
    samr: '市场监管（消费纠纷）',
  },
  signatures: { customer: '顾客签名', operator: '经办人签名' },
  proof: { shortHash: '校验码', keyFingerprint: '密钥指纹' },
  footer: { generatedBy: '本凭证由 退款台账 生成', printedAt: '打印于' },
  day: (isoDate) => {
    const { month, day } = monthDay(isoDate);
    return `${month}月${day}日`;
  },
  list: (items) => items.join('、'),
};

export const EN: ReceiptWords = {
  title: 'Refund receipt',
  reprint: (copy) => `REPRINT · copy ${copy}`,
  shopPhone: 'Tel.',
  headings: {
    refund: 'Refund',
    payment: 'Original payment',
    amounts: 'Amounts',
    arrival: 'When it arrives',
    ifNotArrived: 'If it does not arrive',
    hotlines: 'Hotlines',
    policy: 'Refund policy',
    proof: 'Verification',
  },
  refund: {
    number: 'Refund no.',
    date: 'Refunded at',
    type: 'Refund type',
    status: 'Status',
    operator: 'Operator',
    approver: 'Approved by',
    customer: 'Customer',
    customerPhone: 'Customer phone',
    destination: 'Refunded to',
    reroutedTo: 'Re-routed to',
    note: 'Note',
  },
  payment: {
    channel: 'Paid with',
    paidAt: 'Paid at',
    ids: {
      merchantNo: 'Merchant no.',
      terminalNo: 'Terminal no.',
      batchNo: 'Batch no.',
      voucherNo: 'Voucher no.',
      referenceNo: 'Reference no.',
      authCode: 'Auth code',
      cardLast4: 'Card',
      transactionNo: 'Transaction no.',
      merchantOrderNo: 'Merchant order no.',
    },
    alipayTradeNo: 'Alipay trade no.',
    paidDate: 'Original date',
    cardLast4Quote: 'Card last 4',
  },
  amounts: {
    original: 'Amount paid',
    refund: 'Refund amount',
    deduction: (kind) => `Less: ${kind}`,
    net: 'Net refund',
    capital: 'In words',
  },
  refundTypes: { void: 'Void', card_refund: 'Card refund', qr_refund: 'Refund to original payment', cash_refund: 'Cash back', other: 'Other' },
  channels: {
    unionpay_debit: 'UnionPay debit card',
    unionpay_credit: 'UnionPay credit card',
    wechat: 'WeChat Pay',
    alipay: 'Alipay',
    unionpay_qr: 'UnionPay QuickPass',
    cash: 'Cash',
    other: 'Other',
  },
  statuses: {
    recorded: 'Recorded',
    awaiting_approval: 'Awaiting approval',
    approved: 'Approved',
    done: 'Done',
    processing: 'Processing',
    arrived: 'Arrived',
    failed: 'Failed',
    closed: 'Closed',
    abnormal: 'Abnormal',
    refused: 'Refused',
  },
  deductionKinds: { fee: 'Fee', depreciation: 'Depreciation', other: 'Other' },
  destinations: {
    original: 'Original route',
    wechat_balance: 'WeChat balance',
    card: 'Bank card',
    account: 'Account',
    manual_transfer: 'Transfer',
    red_packet: 'Red packet',
  },
  routes: {
    wechat_balance: 'WeChat balance',
    wechat_card: 'bank card',
    alipay_balance: 'Alipay balance',
    alipay_card: 'bank card',
    unionpay_void: 'void',
    unionpay_refund: 'card refund',
    unionpay_qr: 'QuickPass',
    credit_card: 'credit card',
    huabei: 'Huabei',
    cash: 'cash',
  },
  hotlines: {
    wechat_pay: 'WeChat Pay',
    alipay: 'Alipay',
    unionpay: 'UnionPay',
    pboc: 'PBOC (payment institutions)',
    nfra: 'NFRA (banks)',
    samr: 'Market regulator (consumer disputes)',
  },
  signatures: { customer: 'Customer signature', operator: 'Operator signature' },
  proof: { shortHash: 'Check code', keyFingerprint: 'Key fingerprint' },
  footer: { generatedBy: 'Generated by RefundDesk', printedAt: 'printed' },
  day: (isoDate) => {
    const { month, day } = monthDay(isoDate);
    return `${day} ${EN_MONTHS[month - 1] ?? ''}`.trim();
  },
  list: (items) => items.join(', '),
};

/** The dictionaries a language uses, Chinese first. */
export function wordsOf(language: ReceiptLanguage): readonly ReceiptWords[] {
  if (language === 'zh-CN') return [ZH_CN];
  if (language === 'en') return [EN];
  return [ZH_CN, EN];
}

/** A label or short value: `退款单号`, `Refund no.` or `退款单号 Refund no.`; a word the same in both is said once. */
export function label(language: ReceiptLanguage, pick: (words: ReceiptWords) => string): string {
  const parts = wordsOf(language).map(pick);
  return [...new Set(parts)].join(' ');
}
