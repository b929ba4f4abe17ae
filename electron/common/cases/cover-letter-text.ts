/**
 * The words of the cover letter, zh-CN and en: what each kind of case says happened, what the shop asks for by
 * default, and each checklist item's name. Plain and polite, the way a bank clerk expects; every fact in the
 * letter comes from the records (cover-letter.ts), never from these texts.
 */
import type { Channel } from '../domain/types';
import type { CaseKind, EvidenceItem } from './case';

export type LetterLanguage = 'zh-CN' | 'en';

type Texts<K extends string> = Readonly<Record<K, Readonly<Record<LetterLanguage, string>>>>;

export const KIND_SUBJECT: Texts<CaseKind> = {
  not_arrived: { 'zh-CN': '退款未到账查询', en: 'Refund not received' },
  wrong_person: { 'zh-CN': '退款误退他人', en: 'Refund paid to the wrong person' },
  void_failed: { 'zh-CN': '撤销/退货失败', en: 'Void or refund failed' },
  missing_settlement: { 'zh-CN': '交易款项未结算', en: 'Settlement not received' },
  duplicate_charge: { 'zh-CN': '重复扣款', en: 'Duplicate charge' },
  retrieval: { 'zh-CN': '调单回复', en: 'Response to retrieval request' },
  chargeback: { 'zh-CN': '拒付申诉', en: 'Response to chargeback' },
  complaint: { 'zh-CN': '投诉情况说明', en: 'Response to complaint' },
};

export const KIND_INTRO: Texts<CaseKind> = {
  not_arrived: { 'zh-CN': '我店已为下列交易办理退款，但顾客反映至今未收到退款。', en: 'We refunded the transaction below, but the customer reports that the refund has not arrived.' },
  wrong_person: { 'zh-CN': '下列退款款项被误退至他人。', en: 'The refund below was paid to the wrong person.' },
  void_failed: { 'zh-CN': '我店对下列交易办理的撤销/退货未能成功。', en: 'The void or refund we made for the transaction below did not succeed.' },
  missing_settlement: { 'zh-CN': '下列交易顾客已付款成功，但我店未收到相应结算款项。', en: 'The payment below succeeded, but the settlement has not reached our account.' },
  duplicate_charge: { 'zh-CN': '顾客反映下列交易被重复扣款。', en: 'The customer reports being charged twice for the transaction below.' },
  retrieval: { 'zh-CN': '我店收到贵方关于下列交易的调单通知，现提供相关材料。', en: 'We received your retrieval request for the transaction below and enclose the documents.' },
  chargeback: { 'zh-CN': '我店收到贵方关于下列交易的拒付通知，现提供相关材料并申请复核。', en: 'We received your chargeback notice for the transaction below; we enclose our evidence and ask for a review.' },
  complaint: { 'zh-CN': '我店收到关于下列交易的投诉，现说明情况并提供材料。', en: 'We received a complaint about the transaction below; we explain what happened and enclose the documents.' },
};

export const DEFAULT_DEMAND: Texts<CaseKind> = {
  not_arrived: { 'zh-CN': '请协助查询该笔退款的处理状态和去向，并告知预计到账时间。', en: 'Please trace this refund and tell us where it is and when it will arrive.' },
  wrong_person: { 'zh-CN': '请协助追回误退款项，并告知处理结果。', en: 'Please help us recover the money paid to the wrong person and tell us the outcome.' },
  void_failed: { 'zh-CN': '请告知失败原因，并协助完成撤销/退货。', en: 'Please tell us why it failed and help us complete the void or refund.' },
  missing_settlement: { 'zh-CN': '请核查该笔交易的清算及结算状态，并将款项结算至我店账户。', en: 'Please check the clearing and settlement status of this transaction and settle the money to our account.' },
  duplicate_charge: { 'zh-CN': '请核实是否重复扣款；如属实，请退回多扣款项。', en: 'Please check whether the customer was charged twice and, if so, return the extra charge.' },
  retrieval: { 'zh-CN': '请查收随附材料；如需补充，请与我店联系。', en: 'Please find the documents enclosed; contact us if you need anything further.' },
  chargeback: { 'zh-CN': '请根据随附材料复核本笔拒付，撤销拒付并恢复款项。', en: 'Please review this chargeback against the enclosed evidence, reverse it and restore the funds.' },
  complaint: { 'zh-CN': '请查阅我店的说明和材料，我店愿意协商解决。', en: 'Please consider our explanation and documents; we are willing to settle the matter.' },
};

export const ITEM_NAME: Texts<EvidenceItem> = {
  transaction_ids: { 'zh-CN': '交易要素（卡号后四位、日期、时间、金额、参考号/凭证号、终端号）', en: 'Transaction details (card last 4 digits, date, time, amount, reference/voucher no., terminal)' },
  signed_slip: { 'zh-CN': '签购单', en: 'Signed sales slip' },
  refund_voucher: { 'zh-CN': '退货/撤销凭条', en: 'Refund or void slip from the terminal' },
  refund_record: { 'zh-CN': '退款记录及处理经过', en: 'Refund record and its history' },
  customer_communication: { 'zh-CN': '与顾客的沟通记录', en: 'Communication with the customer' },
  refund_policy: { 'zh-CN': '向顾客展示的退款规则', en: 'Refund policy shown to the customer' },
  proof_of_service: { 'zh-CN': '交货或服务证明', en: 'Proof of delivery or service' },
  settlement_statement: { 'zh-CN': '结算单/银行流水', en: 'Settlement statement' },
  recipient_details: { 'zh-CN': '误收款人信息及联系记录', en: 'Recipient of the misdirected money, and our contacts with them' },
  notice: { 'zh-CN': '贵方通知/投诉原件', en: 'Your notice or the complaint' },
  duplicate_records: { 'zh-CN': '两笔扣款的记录', en: 'Records of both charges' },
};

export const CHANNEL_NAME: Texts<Channel> = {
  unionpay_debit: { 'zh-CN': '银联借记卡', en: 'UnionPay debit card' },
  unionpay_credit: { 'zh-CN': '银联信用卡', en: 'UnionPay credit card' },
  wechat: { 'zh-CN': '微信支付', en: 'WeChat Pay' },
  alipay: { 'zh-CN': '支付宝', en: 'Alipay' },
  unionpay_qr: { 'zh-CN': '云闪付', en: 'UnionPay QR' },
  cash: { 'zh-CN': '现金', en: 'cash' },
  other: { 'zh-CN': '其他', en: 'other' },
};

/** Labels of the letter's fixed parts. */
export const LABELS = {
  'zh-CN': {
    to: '致：',
    subject: '事由：',
    caseNo: '案件号',
    ticketNo: '贵方工单号',
    greeting: '您好！',
    shopIs: (name: string, merchantNo: string | undefined) => `我店为${name}${merchantNo === undefined ? '' : `（商户编号：${merchantNo}）`}。`,
    facts: '一、交易情况',
    deadline: (date: string) => `贵方要求的答复期限：${date}。`,
    ask: '二、我店请求',
    enclosed: '三、随附材料',
    notAvailable: (name: string, reason: string) => `${name}：无法提供，原因：${reason}`,
    nothingEnclosed: '（暂无）',
    contact: '四、联系方式',
    phone: '电话：',
    address: '地址：',
    closing: '此致\n敬礼',
    payment: '消费',
    refund: (number: string, date: string, amount: string, net: string) => `退款 ${number}：${date} 登记，退款金额 ¥${amount}，实退 ¥${net}`,
    settlement: (date: string, account: string, net: string, by: string) => `结算日 ${date}（${account}）：应结净额 ¥${net}，应于 ${by} 到账`,
    received: (amount: string, date: string) => `，${date} 实收 ¥${amount}`,
    notReceived: '，尚未收到',
    ids: { cardLast4: '卡号', referenceNo: '参考号', voucherNo: '凭证号', terminalNo: '终端号', batchNo: '批次号', authCode: '授权码', transactionNo: '交易单号', merchantOrderNo: '商户单号' },
    sep: '，',
  },
  en: {
    to: 'To: ',
    subject: 'Subject: ',
    caseNo: 'case no.',
    ticketNo: 'your ticket no.',
    greeting: 'Dear Sir or Madam,',
    shopIs: (name: string, merchantNo: string | undefined) => `We are ${name}${merchantNo === undefined ? '' : ` (merchant no. ${merchantNo})`}.`,
    facts: '1. What happened',
    deadline: (date: string) => `Your deadline for our reply: ${date}.`,
    ask: '2. What we ask',
    enclosed: '3. Enclosed',
    notAvailable: (name: string, reason: string) => `${name}: not available, because ${reason}`,
    nothingEnclosed: '(nothing yet)',
    contact: '4. Contact',
    phone: 'Phone: ',
    address: 'Address: ',
    closing: 'Yours faithfully,',
    payment: 'payment',
    refund: (number: string, date: string, amount: string, net: string) => `Refund ${number}: recorded ${date}, amount ¥${amount}, paid back ¥${net}`,
    settlement: (date: string, account: string, net: string, by: string) => `Settlement for ${date} (${account}): expected net ¥${net}, due by ${by}`,
    received: (amount: string, date: string) => `, received ¥${amount} on ${date}`,
    notReceived: ', not received',
    ids: { cardLast4: 'card', referenceNo: 'reference no.', voucherNo: 'voucher no.', terminalNo: 'terminal', batchNo: 'batch no.', authCode: 'auth code', transactionNo: 'transaction no.', merchantOrderNo: 'merchant order no.' },
    sep: ', ',
  },
} as const;
