/**
 * The packet's words in the recipient's language (zh-CN or en). Refund, channel and identifier words come from
 * the receipts' dictionaries (receipt-labels.ts) so the receipt and the packet name things the same way.
 */
import type { CaseEventKind, CaseKind, CaseStatus, CounterpartyKind, EvidenceItem, EvidenceState } from '../cases/case';
import type { MisdirectKind } from '../domain/misdirect';
import type { RefundEventKind } from '../domain/types';
import { EN, ZH_CN } from '../receipts/receipt-labels';
import type { ReceiptWords } from '../receipts/receipt-labels';
import type { PacketLanguage } from './packet-data';

export interface PacketWords {
  readonly receipt: ReceiptWords;
  readonly docTitle: string;
  readonly sections: { readonly cover: string; readonly summary: string; readonly timeline: string; readonly identifiers: string; readonly checklist: string; readonly attachment: string };
  readonly summary: {
    readonly caseNo: string; readonly from: string; readonly to: string; readonly what: string; readonly when: string; readonly opened: string;
    readonly howMuch: string; readonly demand: string; readonly deadline: string; readonly ticket: string; readonly status: string;
    readonly noDemand: string; readonly refunds: string; readonly paid: string; readonly refunded: string; readonly net: string;
    readonly settlement: string; readonly expected: string; readonly received: string; readonly notReceived: string;
    readonly fingerprint: string; readonly chainHead: string; readonly asOf: string; readonly redacted: string; readonly notRedacted: string;
  };
  readonly timeline: { readonly time: string; readonly record: string; readonly what: string; readonly who: string; readonly theCase: string; readonly empty: string };
  readonly ids: { readonly refundNo: string; readonly refundType: string; readonly refundStatus: string; readonly refundAt: string; readonly chainHead: string; readonly payment: string; readonly none: string };
  readonly checklist: { readonly item: string; readonly state: string; readonly states: { readonly [S in EvidenceState['state']]: string } };
  readonly attachment: { readonly heic: string; readonly withheld: { readonly heic_not_strippable: string; readonly metadata_unparsed: string }; readonly pdfFollows: (pages: number) => string; readonly pdfUnreadable: string; readonly pdfPrintSeparately: string; readonly original: string; readonly addedBy: string };
  readonly caseKinds: { readonly [K in CaseKind]: string };
  readonly caseStatuses: { readonly [S in CaseStatus]: string };
  readonly counterparties: { readonly [K in CounterpartyKind]: string };
  readonly evidence: { readonly [I in EvidenceItem]: string };
  readonly caseEvents: { readonly [K in CaseEventKind]: string };
  readonly refundEvents: { readonly [K in RefundEventKind]: string };
  readonly misdirect: { readonly [K in MisdirectKind]: string };
  readonly contactParty: { readonly [K: string]: string };
  readonly page: string;
  readonly colon: string;
}

const ZH: PacketWords = {
  receipt: ZH_CN,
  docTitle: '证据材料',
  sections: { cover: '致函', summary: '案件摘要', timeline: '经过', identifiers: '交易要素', checklist: '材料清单', attachment: '附件' },
  summary: {
    caseNo: '个案编号', from: '发函方（商户）', to: '致', what: '事由', when: '时间', opened: '立案', howMuch: '金额', demand: '诉求', deadline: '答复期限',
    ticket: '工单/通知编号', status: '当前状态', noDemand: '（未填写）', refunds: '关联退款', paid: '原交易金额', refunded: '退款金额', net: '实退金额',
    settlement: '结算', expected: '应到账', received: '实到账', notReceived: '未到账', fingerprint: '签名密钥指纹', chainHead: '记录链校验值',
    asOf: '记录截至', redacted: '个人信息已遮盖', notRedacted: '个人信息未遮盖',
  },
  timeline: { time: '时间', record: '记录', what: '经过', who: '经办', theCase: '个案', empty: '暂无记录' },
  ids: { refundNo: '退款单号', refundType: '退款方式', refundStatus: '退款状态', refundAt: '退款登记时间', chainHead: '记录链校验值', payment: '原交易', none: '无' },
  checklist: { item: '材料', state: '情况', states: { data: '已有记录', file: '已附文件', not_available: '无法提供', missing: '缺' } },
  attachment: {
    heic: '此图片为 HEIC 格式，无法在本文件中显示；原文件见压缩包 originals/ 目录。',
    withheld: {
      heic_not_strippable: '此图片为 HEIC 格式，无法在本文件中显示；其元数据（拍摄位置等）无法去除，遮盖导出中未附原文件，如需请导出未遮盖的证据包。',
      metadata_unparsed: '此图片无法解析，其元数据（拍摄位置等）无法去除，遮盖导出中未显示也未附原文件，如需请导出未遮盖的证据包。',
    },
    pdfFollows: (pages) => `此 PDF 共 ${String(pages)} 页，附于本页之后。`,
    pdfUnreadable: '此 PDF 无法合并（已加密或已损坏）；原文件见压缩包 originals/ 目录。',
    pdfPrintSeparately: '打印件不含此 PDF 的内容，请另行打印原文件（见导出的证据包）。',
    original: '原文件', addedBy: '添加',
  },
  caseKinds: {
    not_arrived: '退款未到账', wrong_person: '退款退错人', void_failed: '撤销/退货失败', missing_settlement: '结算款未到账',
    duplicate_charge: '重复扣款', retrieval: '调单', chargeback: '拒付', complaint: '投诉',
  },
  caseStatuses: { open: '处理中', waiting_reply: '等待答复', escalated: '已升级投诉', resolved: '已解决', lost: '未能解决' },
  counterparties: { acquirer: '收单机构', bank: '银行', platform: '支付平台', complaint_body: '投诉受理机构' },
  evidence: {
    transaction_ids: '交易要素（卡号后四位、日期、时间、金额、参考号/凭证号、终端号）', signed_slip: '签购单', refund_voucher: '退款/撤销凭条或平台退款记录',
    refund_record: '退款记录与经过', customer_communication: '与顾客的沟通记录', refund_policy: '本店退款规定', proof_of_service: '交付/服务证明',
    settlement_statement: '结算单/银行流水', recipient_details: '误收款人及联系记录', notice: '调单/拒付/投诉通知', duplicate_records: '两笔扣款记录',
  },
  caseEvents: {
    created: '立案', status_changed: '状态变更', contact_logged: '联系', attachment_added: '添加附件', evidence_marked: '材料无法提供',
    deadline_set: '设定答复期限', ticket_set: '登记工单编号', note_added: '备注', cover_letter_saved: '保存函件', packet_exported: '导出证据包', reminder_snoozed: '提醒推迟', reminder_dismissed: '提醒关闭',
    personal_data_erased: '删除顾客个人信息', attachment_erased: '按顾客要求删除附件',
  },
  refundEvents: {
    created: '登记退款', status_changed: '状态变更', note_added: '备注', contact_logged: '联系', misdirected: '发现退错人', misdirect_recovered: '误退款已追回',
    approved: '店长批准', refused: '店长拒绝', override: '店长自行批准', attachment_added: '添加附件', reminder_snoozed: '提醒推迟',
    reminder_dismissed: '提醒关闭', receipt_issued: '出具退款凭证', personal_data_erased: '删除顾客个人信息', attachment_erased: '按顾客要求删除附件',
  },
  misdirect: { wrong_order: '退错了订单', manual_transfer: '手动转账给了错误的人', rerouted_abnormal: '异常退款被改退' },
  contactParty: { customer: '顾客', bank: '银行', platform: '支付平台', acquirer: '收单机构', recipient: '误收款人', other: '其他', phone: '电话', message: '消息', visit: '面谈' },
  page: '页',
  colon: '：',
};

const ENGLISH: PacketWords = {
  receipt: EN,
  docTitle: 'Evidence packet',
  sections: { cover: 'Cover letter', summary: 'Case summary', timeline: 'Timeline', identifiers: 'Transaction identifiers', checklist: 'Evidence checklist', attachment: 'Attachment' },
  summary: {
    caseNo: 'Case no.', from: 'From (merchant)', to: 'To', what: 'Matter', when: 'Dates', opened: 'Opened', howMuch: 'Amounts', demand: 'Request', deadline: 'Reply due',
    ticket: 'Ticket / notice no.', status: 'Status', noDemand: '(not stated)', refunds: 'Linked refunds', paid: 'Paid', refunded: 'Refunded', net: 'Net refunded',
    settlement: 'Settlement', expected: 'Expected', received: 'Received', notReceived: 'not received', fingerprint: 'Signing key fingerprint', chainHead: 'Record chain check value',
    asOf: 'Records as of', redacted: 'Personal data masked', notRedacted: 'Personal data not masked',
  },
  timeline: { time: 'Time', record: 'Record', what: 'What happened', who: 'By', theCase: 'Case', empty: 'No records yet' },
  ids: { refundNo: 'Refund no.', refundType: 'Refund type', refundStatus: 'Refund status', refundAt: 'Refund recorded', chainHead: 'Record chain check value', payment: 'Original payment', none: 'none' },
  checklist: { item: 'Item', state: 'State', states: { data: 'on record', file: 'file attached', not_available: 'not available', missing: 'missing' } },
  attachment: {
    heic: 'This image is in HEIC format and cannot be shown in this document; the original is in the zip under originals/.',
    withheld: {
      heic_not_strippable: 'This image is in HEIC format and cannot be shown in this document; its metadata (such as where it was taken) cannot be removed, so this redacted packet does not include it: export unredacted to include it.',
      metadata_unparsed: 'This image could not be parsed, so its metadata (such as where it was taken) could not be removed; this redacted packet neither shows nor includes it: export unredacted to include it.',
    },
    pdfFollows: (pages) => `This PDF (${String(pages)} page${pages === 1 ? '' : 's'}) follows this page.`,
    pdfUnreadable: 'This PDF could not be merged (encrypted or damaged); the original is in the zip under originals/.',
    pdfPrintSeparately: 'The printout does not contain this PDF: print the original from the exported packet.',
    original: 'Original file', addedBy: 'Added',
  },
  caseKinds: {
    not_arrived: 'Refund not received', wrong_person: 'Refund sent to the wrong person', void_failed: 'Void/refund failed', missing_settlement: 'Settlement not received',
    duplicate_charge: 'Duplicate charge', retrieval: 'Retrieval request', chargeback: 'Chargeback', complaint: 'Complaint',
  },
  caseStatuses: { open: 'open', waiting_reply: 'waiting for reply', escalated: 'escalated', resolved: 'resolved', lost: 'not resolved' },
  counterparties: { acquirer: 'Acquirer', bank: 'Bank', platform: 'Payment platform', complaint_body: 'Complaint body' },
  evidence: {
    transaction_ids: 'Transaction identifiers (card last 4, date, time, amount, reference/voucher no., terminal)', signed_slip: 'Signed sales slip',
    refund_voucher: 'Refund/void slip or platform refund record', refund_record: 'Refund record and history', customer_communication: 'Customer communication',
    refund_policy: 'Refund policy shown to the customer', proof_of_service: 'Proof of delivery/service', settlement_statement: 'Settlement statement / bank statement',
    recipient_details: 'Wrong recipient and contacts', notice: 'Retrieval/chargeback/complaint notice', duplicate_records: 'Records of both charges',
  },
  caseEvents: {
    created: 'Case opened', status_changed: 'Status changed', contact_logged: 'Contact', attachment_added: 'File attached', evidence_marked: 'Evidence not available',
    deadline_set: 'Reply deadline set', ticket_set: 'Ticket no. recorded', note_added: 'Note', cover_letter_saved: 'Letter saved', packet_exported: 'Packet exported', reminder_snoozed: 'Reminder snoozed', reminder_dismissed: 'Reminder dismissed',
    personal_data_erased: 'Customer personal data erased', attachment_erased: 'File deleted at the customer\'s request',
  },
  refundEvents: {
    created: 'Refund recorded', status_changed: 'Status changed', note_added: 'Note', contact_logged: 'Contact', misdirected: 'Sent to the wrong person',
    misdirect_recovered: 'Misdirected money recovered', approved: 'Approved by owner', refused: 'Refused by owner', override: 'Owner approved own request',
    attachment_added: 'File attached', reminder_snoozed: 'Reminder snoozed', reminder_dismissed: 'Reminder dismissed', receipt_issued: 'Refund receipt issued',
    personal_data_erased: 'Customer personal data erased', attachment_erased: 'File deleted at the customer\'s request',
  },
  misdirect: { wrong_order: 'the wrong order was refunded', manual_transfer: 'a manual transfer went to the wrong person', rerouted_abnormal: 'an abnormal refund was re-routed' },
  contactParty: { customer: 'customer', bank: 'bank', platform: 'platform', acquirer: 'acquirer', recipient: 'recipient', other: 'other', phone: 'phone', message: 'message', visit: 'visit' },
  page: 'Page',
  colon: ': ',
};

export function packetWords(language: PacketLanguage): PacketWords {
  return language === 'en' ? ENGLISH : ZH;
}
