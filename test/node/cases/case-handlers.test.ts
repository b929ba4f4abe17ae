/**
 * The case methods through the composition root on a real temp data folder: a fixed clock, an owner signed in,
 * a real card refund in the ledger, the real FsCaseStore and attachment store, reminders computed in main.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseReminder } from '../../../electron/common/reminders/reminder';
import { openAppServices } from '../../../electron/node/app-services';
import type { AppServices } from '../../../electron/node/app-services';
import { createScryptPinHasher } from '../../../electron/node/pin-hasher';
import { refundInput } from '../../common/ledger/ledger-harness';
import { FixedClock } from '../../support/fixed-clock';
import { makeTempDir, removeTempDir } from '../../support/storage-temp-dir';

const OWNER = '店长';
const pins = createScryptPinHasher({ log2N: 10, r: 8, p: 1 });
const clock = new FixedClock('2026-11-20T10:00:00+08:00');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
let dataDir = '';
let services: AppServices;

const start = () => openAppServices({ dataDir, version: 'test', clock, pins });

async function cardRefund(): Promise<{ refundId: string; paymentId: string; number: string }> {
  const detail = await services.handlers['refund.create'](refundInput({ paid: 120, operator: OWNER, ids: { referenceNo: '152000123456', voucherNo: '000321', cardLast4: '1234', merchantNo: '898310012345678' } }));
  return { refundId: detail.refund.id, paymentId: detail.payment.id, number: detail.refund.number };
}

beforeEach(async () => {
  dataDir = await makeTempDir('refunddesk-case-services-');
  clock.set('2026-11-20T10:00:00+08:00');
  services = await start();
  await services.handlers['app.setup']({ shopName: '小面馆', operatorName: OWNER, language: 'zh-CN', loadDemo: false, ownerPin: '2468' });
});

afterEach(async () => {
  await services.close();
  await removeTempDir(dataDir);
});

describe('case methods through openAppServices', () => {
  it('opens a case once per request, collects evidence, changes status, and all of it survives a restart', async () => {
    const { refundId, number } = await cardRefund();
    const input = {
      requestId: 'open-1',
      kind: 'not_arrived' as const,
      links: [{ type: 'refund' as const, id: refundId }],
      counterparty: { kind: 'acquirer' as const, name: '银联商务', phone: '95516' },
      actor: OWNER,
    };
    const view = await services.handlers['case.open'](input);
    const id = view.case.id;
    expect(view.summary).toEqual({
      id,
      number: 'AJ-202611-0001',
      kind: 'not_arrived',
      status: 'open',
      counterpartyName: '银联商务',
      missing: 2,
      createdAt: '2026-11-20T02:00:00.000Z',
      updatedAt: '2026-11-20T02:00:00.000Z',
    });
    expect(view.checklist.map((state) => `${state.item}:${state.state}`)).toEqual([
      'transaction_ids:data',
      'refund_record:data',
      'refund_voucher:missing',
      'customer_communication:missing',
    ]);
    expect(view.linked.refunds.map((entry) => entry.number)).toEqual([number]);
    expect(view.chainValid).toBe(true);
    // The same request again: the first case, not a second.
    expect((await services.handlers['case.open'](input)).case.id).toBe(id);
    expect(await services.handlers['case.list']({})).toHaveLength(1);

    clock.set('2026-11-20T10:05:00+08:00');
    await services.handlers['case.logContact']({ id, contact: { at: '2026-11-20T10:03', channel: 'phone', party: 'acquirer', who: '客服 8 号', summary: '已受理，工单 GD-77' }, actor: OWNER });
    await services.handlers['case.update']({ id, ticketNo: 'GD-77', actor: OWNER });
    const withFile = await services.handlers['case.addAttachment']({ id, name: '退货凭条.png', bytes: PNG, evidence: 'refund_voucher', actor: OWNER });
    expect(withFile.summary.missing).toBe(0);
    expect(withFile.attachments).toEqual([
      expect.objectContaining({ name: '退货凭条.png', mediaType: 'image/png', size: 12, evidence: 'refund_voucher', addedBy: OWNER }),
    ]);
    const sha256 = withFile.attachments[0]?.sha256 ?? '';
    expect(await services.handlers['case.readAttachment']({ id, sha256 })).toEqual({ mediaType: 'image/png', bytes: PNG });
    await services.handlers['case.setStatus']({ id, to: 'waiting_reply', actor: OWNER });

    await services.close();
    services = await start();
    const reopened = await services.handlers['case.get']({ id });
    expect(reopened.case).toMatchObject({ status: 'waiting_reply', ticketNo: 'GD-77' });
    expect(reopened.case.events.map((event) => event.kind)).toEqual(['created', 'contact_logged', 'ticket_set', 'attachment_added', 'status_changed']);
    expect(reopened.chainValid).toBe(true);
    expect(reopened.checklist.map((state) => state.state)).toEqual(['data', 'data', 'file', 'data']);
    expect(await services.handlers['case.list']({ linkedTo: { type: 'refund', id: refundId } })).toHaveLength(1);
    expect(await services.handlers['case.list']({ linkedTo: { type: 'refund', id: 'other' } })).toEqual([]);
  });

  it('a 调单 reminds by its deadline; a snooze is recorded on the case; a closed case disappears from the open list', async () => {
    const { paymentId } = await cardRefund();
    await expect(
      services.handlers['case.open']({ requestId: 'r', kind: 'retrieval', links: [{ type: 'payment', id: paymentId }], counterparty: { kind: 'acquirer', name: '银联商务' }, actor: OWNER }),
    ).rejects.toMatchObject({ code: 'required', field: 'deadline' });
    const view = await services.handlers['case.open']({
      requestId: 'r',
      kind: 'retrieval',
      links: [{ type: 'payment', id: paymentId }],
      counterparty: { kind: 'acquirer', name: '银联商务', hotlineId: 'unionpay' },
      deadline: '2026-11-21',
      ticketNo: 'DD-1',
      actor: OWNER,
    });
    const id = view.case.id;
    expect(view.summary).toMatchObject({ deadline: '2026-11-21', daysLeft: 1, missing: 3 });

    const caseReminders = async () => (await services.handlers['reminder.list']({})).items.filter((item): item is CaseReminder => item.subject === 'case');
    expect((await caseReminders()).map((item) => `${item.severity} ${item.key}`)).toEqual([`due_today case_deadline:${id}`]);

    await services.handlers['reminder.snooze']({ caseId: id, kind: 'case_deadline', until: '2026-11-20T15:00:00+08:00', reason: '下午送材料', actor: OWNER });
    expect(await caseReminders()).toEqual([]);
    expect((await services.handlers['case.get']({ id })).case.events.at(-1)).toMatchObject({ kind: 'reminder_snoozed', reminder: { kind: 'case_deadline', reason: '下午送材料' } });
    clock.set('2026-11-22T09:00:00+08:00');
    expect((await caseReminders()).map((item) => `${item.severity} ${item.daysLeft}`)).toEqual(['overdue -1']);

    await services.handlers['case.setStatus']({ id, to: 'lost', note: '未能按期提供签购单', actor: OWNER });
    expect(await caseReminders()).toEqual([]);
    expect(await services.handlers['case.list']({})).toEqual([]);
    expect((await services.handlers['case.list']({ filter: 'all' })).map((entry) => entry.status)).toEqual(['lost']);
  });

  it('records a packet export; a later change makes it stale; the packet methods say they are not built yet', async () => {
    const { paymentId } = await cardRefund();
    const view = await services.handlers['case.open']({ requestId: 'c', kind: 'complaint', links: [{ type: 'payment', id: paymentId }], counterparty: { kind: 'complaint_body', name: '12315' }, actor: OWNER });
    const id = view.case.id;
    const packet = { manifestSha256: 'a'.repeat(64), language: 'zh-CN' as const, redacted: true, fileName: 'AJ-202611-0001.zip' };
    expect((await services.cases.recordPacketExported(id, packet, OWNER)).lastPacket).toMatchObject({ ...packet, stale: false });
    const changed = await services.handlers['case.markEvidence']({ id, item: 'proof_of_service', reason: '堂食，无送货单', actor: OWNER });
    expect(changed.lastPacket?.stale).toBe(true);
    for (const method of ['case.previewPacket', 'case.exportPacket'] as const) {
      await expect(services.handlers[method]({ id, language: 'zh-CN', redact: true, actor: OWNER })).rejects.toMatchObject({ code: 'print_unavailable' });
    }
    await expect(services.handlers['case.printPacket']({ id, language: 'zh-CN', redact: true, actor: OWNER })).rejects.toMatchObject({ code: 'print_unavailable' });
  });

  it('refuses every change while locked, and names unknown cases', async () => {
    const { refundId } = await cardRefund();
    const view = await services.handlers['case.open']({ requestId: 'l', kind: 'not_arrived', links: [{ type: 'refund', id: refundId }], counterparty: { kind: 'bank', name: '工商银行' }, actor: OWNER });
    await services.handlers['session.lock']({});
    await expect(services.handlers['case.setStatus']({ id: view.case.id, to: 'escalated', actor: OWNER })).rejects.toMatchObject({ code: 'not_signed_in' });
    await expect(services.handlers['case.addAttachment']({ id: view.case.id, name: 'a.png', bytes: PNG, actor: OWNER })).rejects.toMatchObject({ code: 'not_signed_in' });
    await expect(services.handlers['case.open']({ requestId: 'l2', kind: 'not_arrived', links: [{ type: 'refund', id: refundId }], counterparty: { kind: 'bank', name: '工商银行' }, actor: OWNER })).rejects.toMatchObject({ code: 'not_signed_in' });
    await expect(services.handlers['case.get']({ id: 'nope' })).rejects.toMatchObject({ code: 'not_found' });
    expect((await services.handlers['case.get']({ id: view.case.id })).case.events).toHaveLength(1);
  });

  it('drafts a cover letter from the records only', async () => {
    const { refundId, number } = await cardRefund();
    const view = await services.handlers['case.open']({
      requestId: 'cl',
      kind: 'not_arrived',
      links: [{ type: 'refund', id: refundId }],
      counterparty: { kind: 'acquirer', name: '银联商务' },
      ticketNo: 'GD-77',
      actor: OWNER,
    });
    const { text } = await services.handlers['case.coverLetterDraft']({ id: view.case.id, language: 'zh-CN' });
    expect(text).toBe(
      [
        '致：银联商务',
        '事由：退款未到账查询（案件号 AJ-202611-0001，贵方工单号 GD-77）',
        '',
        '您好！',
        '我店为小面馆（商户编号：898310012345678）。我店已为下列交易办理退款，但顾客反映至今未收到退款。',
        '',
        '一、交易情况',
        '1. 2026-11-19 15:20 银联借记卡 消费 ¥120.00，卡号 **** 1234，参考号 152000123456，凭证号 000321',
        `2. 退款 ${number}：2026-11-20 登记，退款金额 ¥120.00，实退 ¥120.00`,
        '',
        '二、我店请求',
        '请协助查询该笔退款的处理状态和去向，并告知预计到账时间。',
        '',
        '三、随附材料',
        '1. 交易要素（卡号后四位、日期、时间、金额、参考号/凭证号、终端号）',
        '2. 退款记录及处理经过',
        '',
        '此致',
        '敬礼',
        '',
        '小面馆',
        '2026-11-20',
        '',
      ].join('\n'),
    );
    const english = (await services.handlers['case.coverLetterDraft']({ id: view.case.id, language: 'en' })).text;
    expect(english.split('\n').slice(0, 2)).toEqual(['To: 银联商务', 'Subject: Refund not received (case no. AJ-202611-0001, your ticket no. GD-77)']);
    expect(english).toContain('1. 2026-11-19 15:20 UnionPay debit card payment ¥120.00, card **** 1234, reference no. 152000123456, voucher no. 000321\n');
    expect(english).not.toContain('Phone:');
  });
});
