/**
 * A case for packet tests, built with the real chain functions: a card 退货 that did not arrive, a customer with
 * a name and a mobile number, a contact whose summary holds another mobile number, an image and a PDF attached,
 * and a trailing packet_exported event (which a packet leaves out).
 */
import type { Case, CaseEvent, EvidenceState } from '../../../electron/common/cases/case';
import { appendCaseEvent } from '../../../electron/common/cases/case-chain';
import type { CaseEventDraft } from '../../../electron/common/cases/case-chain';
import { appendEvent } from '../../../electron/common/domain/hash-chain';
import { fen } from '../../../electron/common/domain/money';
import type { Payment, Refund, RefundEvent } from '../../../electron/common/domain/types';
import type { PacketAttachment, PacketData } from '../../../electron/common/packets/packet-data';
import { nodeHasher } from '../../support/node-hasher';

export const CUSTOMER_PHONE = '13800138000';
export const CONTACT_PHONE = '13912345678';
export const TRANSACTION_NO = '4200001385202611201234567890';

export const PAYMENT: Payment = {
  id: 'pay-1',
  channel: 'unionpay_debit',
  paidAt: '2026-11-02T14:30',
  amount: fen(12900),
  ids: { merchantNo: '898330170110123', terminalNo: '10234567', batchNo: '000123', voucherNo: '000321', referenceNo: '152000123456', cardLast4: '1234' },
  matchKey: 'k',
  createdAt: '2026-11-02T06:31:00.000Z',
};

function refundEvents(): RefundEvent[] {
  let events: RefundEvent[] = [];
  events = appendEvent(events, { at: '2026-11-05T02:00:00.000Z', actor: '王店长', kind: 'created', facts: 'f'.repeat(64) }, nodeHasher);
  events = appendEvent(events, { at: '2026-11-05T02:05:00.000Z', actor: '王店长', kind: 'status_changed', from: 'recorded', to: 'done' }, nodeHasher);
  events = appendEvent(
    events,
    { at: '2026-11-12T03:00:00.000Z', actor: '王店长', kind: 'contact_logged', contact: { at: '2026-11-12T10:50', channel: 'phone', party: 'customer', who: '张三', summary: `顾客称未到账，留电话 ${CUSTOMER_PHONE}` } },
    nodeHasher,
  );
  return events;
}

export function refund(): Refund {
  return {
    id: 'ref-1',
    number: 'TK-202611-0007',
    requestId: 'r1',
    paymentId: PAYMENT.id,
    type: 'card_refund',
    amount: fen(12900),
    deductions: [],
    net: fen(12900),
    customerName: '张三',
    customerPhone: CUSTOMER_PHONE,
    operator: '王店长',
    status: 'done',
    createdAt: '2026-11-05T02:00:00.000Z',
    updatedAt: '2026-11-12T03:00:00.000Z',
    events: refundEvents(),
  };
}

export const IMAGE: PacketAttachment = {
  sha256: 'a'.repeat(64),
  mediaType: 'image/png',
  size: 10,
  name: '张三的签购单.png',
  addedAt: '2026-11-13T02:00:00.000Z',
  addedBy: '王店长',
  evidence: 'signed_slip',
};

export const ATTACHED_PDF: PacketAttachment = {
  sha256: 'b'.repeat(64),
  mediaType: 'application/pdf',
  size: 10,
  name: '../../银行回单.pdf',
  addedAt: '2026-11-13T02:10:00.000Z',
  addedBy: '王店长',
  evidence: 'refund_voucher',
};

export function caseEvents(attachments: readonly PacketAttachment[] = [IMAGE, ATTACHED_PDF], extra: readonly CaseEventDraft[] = []): CaseEvent[] {
  const drafts: CaseEventDraft[] = [
    {
      at: '2026-11-12T03:10:00.000Z',
      actor: '王店长',
      kind: 'created',
      opened: { number: 'AJ-202611-0001', kind: 'not_arrived', links: [{ type: 'refund', id: 'ref-1' }], counterparty: { kind: 'acquirer', name: '银联商务杭州分公司', phone: '95534' }, demand: '请协助查询退款去向并退回' },
    },
    {
      at: '2026-11-13T01:00:00.000Z',
      actor: '王店长',
      kind: 'contact_logged',
      contact: { at: '2026-11-13T09:00', channel: 'phone', party: 'acquirer', who: '李四', summary: `客服李四说三个工作日内回电，回电号码 ${CONTACT_PHONE}` },
    },
    ...attachments.map((file): CaseEventDraft => ({ at: file.addedAt, actor: file.addedBy, kind: 'attachment_added', attachment: { sha256: file.sha256, mediaType: file.mediaType, size: file.size, name: file.name, ...(file.evidence === undefined ? {} : { evidence: file.evidence }) } })),
    ...extra,
  ];
  return drafts.reduce<CaseEvent[]>((events, draft) => appendCaseEvent(events, draft, nodeHasher), []);
}

export function theCase(events: readonly CaseEvent[] = caseEvents()): Case {
  return {
    id: 'case-1',
    number: 'AJ-202611-0001',
    requestId: 'c1',
    kind: 'not_arrived',
    status: 'open',
    links: [{ type: 'refund', id: 'ref-1' }],
    counterparty: { kind: 'acquirer', name: '银联商务杭州分公司', phone: '95534' },
    demand: '请协助查询退款去向并退回',
    createdAt: '2026-11-12T03:10:00.000Z',
    updatedAt: events.at(-1)?.at ?? '2026-11-12T03:10:00.000Z',
    events,
  };
}

export const CHECKLIST: readonly EvidenceState[] = [
  { item: 'transaction_ids', state: 'data', detail: '参考号 152000123456' },
  { item: 'signed_slip', state: 'file', files: [IMAGE.name] },
  { item: 'customer_communication', state: 'not_available', reason: `顾客 张三 只打过电话 ${CUSTOMER_PHONE}` },
  { item: 'notice', state: 'missing' },
];

export const COVER_LETTER = `银联商务杭州分公司：\n本店顾客张三于 2026-11-02 刷卡消费 129.00 元，11 月 5 日办理退货，至今未到账。交易单号 ${TRANSACTION_NO}，参考号 152000123456。\n联系人电话 0571-88886666。`;

export function packetData(): PacketData {
  return {
    case: theCase(),
    checklist: CHECKLIST,
    attachments: [IMAGE, ATTACHED_PDF],
    refunds: [{ refund: refund(), payment: PAYMENT }],
    payments: [],
    settlements: [],
    shop: { name: '小面馆', address: '杭州市西湖区文三路 1 号', phone: '13700001111' },
    coverLetter: COVER_LETTER,
    keyFingerprint: '3F2A 9C01 77B4 E210',
  };
}
