/**
 * "Delete this customer's data" reaches the text of histories (contacts, notes, letters) and cases, and the
 * chains still verify; a logged erasure is applied again after an old backup brings the customer back.
 */
import { describe, expect, it } from 'vitest';
import { verifyCase } from '../../../electron/common/cases/case-replay';
import type { ContactEntry } from '../../../electron/common/domain/misdirect';
import { DomainError } from '../../../electron/common/domain/errors';
import { verifyRefundHistory } from '../../../electron/common/domain/refund-facts';
import { readCaseEvidence } from '../../../electron/common/cases/case-attachments';
import { createPrivacyService } from '../../../electron/common/privacy/privacy-service';
import type { Case } from '../../../electron/common/cases/case';
import type { ErasureLogEntry } from '../../../electron/common/privacy/erasure-log';
import type { Refund } from '../../../electron/common/domain/types';
import { BLUE_PNG, RED_PNG } from '../../fixtures/evidence-files';
import { MemorySettingsStore } from '../../support/memory-settings-store';
import { nodeHasher } from '../../support/node-hasher';
import { caseAbout, openPrivacyLedger } from './privacy-harness';

const OWNER = { id: 'op-1', name: '王店长', role: 'owner' as const };

const callWithCustomer: ContactEntry = { at: '2026-11-20T09:00', channel: 'phone', party: 'customer', who: '张三本人', summary: '说钱还没到，很着急' };
const callWithBank: ContactEntry = { at: '2026-11-20T09:30', channel: 'phone', party: 'bank', who: '工行客服 8 号', summary: '已提交查询，3 个工作日回复' };
const bankAboutPhone: ContactEntry = { at: '2026-11-20T09:40', channel: 'phone', party: 'bank', summary: '客服说要核对 138 0000 1234 的开户名' };

async function shopWithCustomer() {
  const shop = await openPrivacyLedger();
  const settings = new MemorySettingsStore();
  const cases: Case[] = [];
  const log: ErasureLogEntry[] = [];
  const deleted: string[] = [];
  const service = createPrivacyService({
    refunds: () => shop.ledger.records().map((record) => record.refund),
    refundsWithCustomer: () => shop.ledger.recordsWithCustomer().map((record) => record.refund),
    amend: (id, change) => shop.ledger.amend(id, change),
    settings,
    clock: shop.clock,
    requireOwner: () => OWNER,
    verifyPin: () => Promise.resolve(),
    cases: () => cases,
    amendCase: (id, change) => {
      const index = cases.findIndex((entry) => entry.id === id);
      const current = cases[index];
      if (current !== undefined) cases[index] = change(current, shop.clock.now(), nodeHasher);
      return Promise.resolve();
    },
    erasureLog: {
      entries: () => log,
      append: (entry) => {
        log.push(entry);
        return Promise.resolve();
      },
    },
    deleteFile: (sha) => {
      deleted.push(sha);
      shop.attachments.files.delete(sha);
      return Promise.resolve();
    },
  });
  const zhang = await shop.refund({ customerName: '张三', customerPhone: '138 0000 1234' });
  await shop.ledger.logContact({ id: zhang.id, actor: '王店长', contact: callWithCustomer });
  await shop.ledger.logContact({ id: zhang.id, actor: '王店长', contact: callWithBank });
  await shop.ledger.logContact({ id: zhang.id, actor: '王店长', contact: bankAboutPhone });
  await shop.ledger.addNote({ id: zhang.id, actor: '王店长', note: '张三说下午再来' });
  await shop.ledger.addNote({ id: zhang.id, actor: '王店长', note: '已打印凭证' });
  const li = await shop.refund({ customerName: '李四', customerPhone: '13700005678' });
  const slip = (await shop.ledger.addAttachment({ refundId: zhang.id, actor: '王店长', name: 'slip.png', bytes: RED_PNG })).refund.events.at(-1)?.attachment;
  const chat = (await shop.ledger.addAttachment({ refundId: li.id, actor: '王店长', name: 'chat.png', bytes: BLUE_PNG })).refund.events.at(-1)?.attachment;
  if (slip === undefined || chat === undefined) throw new Error('files not added');
  cases.push(
    caseAbout(shop, 'case-0001', {
      refundIds: [zhang.id],
      contacts: [callWithCustomer, callWithBank],
      files: [slip],
      coverLetter: '致工商银行：顾客张三（电话 13800001234）的退款未到账，请协助查询。',
      demand: '请协助查询张三的退款去向',
    }),
    caseAbout(shop, 'case-0002', { refundIds: [zhang.id, li.id], contacts: [bankAboutPhone], files: [chat] }),
  );
  return { ...shop, service, cases, log, deleted, zhang, li, slip, chat };
}

const kinds = (refund: Refund) => refund.events.map((event) => event.kind);

describe('the customer\'s words leave the histories, the chains still verify', () => {
  it('erases contacts with the customer and notes naming them; keeps the bank\'s contacts and the shop\'s own notes', async () => {
    const shop = await shopWithCustomer();
    await shop.service.handlers['privacy.eraseCustomer']({ query: '1234', actor: '王店长' });
    const detail = shop.ledger.get(shop.zhang.id);
    const events = detail.refund.events;
    const erasedSeqs = events.filter((event) => event.erased === true).map((event) => event.seq);
    expect(erasedSeqs).toHaveLength(3);
    const byText = (text: string) => JSON.stringify(events).includes(text);
    expect(byText('张三本人')).toBe(false);
    expect(byText('很着急')).toBe(false);
    expect(byText('张三说下午再来')).toBe(false);
    expect(byText('13800001234') || byText('138 0000 1234')).toBe(false);
    expect(byText('工行客服 8 号')).toBe(true);
    expect(byText('已打印凭证')).toBe(true);
    // The call still shows that it happened, when, how and with whom.
    expect(events.find((event) => event.erased === true && event.kind === 'contact_logged')?.contact).toEqual({
      at: '2026-11-20T09:00',
      channel: 'phone',
      party: 'customer',
      summary: '',
    });
    const erasure = events.find((event) => event.kind === 'personal_data_erased');
    expect(erasure?.erasedSeqs).toEqual(erasedSeqs);
    expect(detail.chainValid).toBe(true);
    expect(verifyRefundHistory(detail.refund, detail.payment, nodeHasher)).toBe(true);
  });

  it('reaches the cases: the customer\'s contacts, letter and demand go; a case only about them loses its files', async () => {
    const shop = await shopWithCustomer();
    const preview = await shop.service.handlers['privacy.previewCustomer']({ query: '张三' });
    expect(preview.cases).toEqual([
      { id: 'case-0001', number: 'AJ-202611-0001', files: 1 },
      { id: 'case-0002', number: 'AJ-202611-0002', files: 0 },
    ]);
    const result = await shop.service.handlers['privacy.eraseCustomer']({ query: '张三', actor: '王店长' });
    expect(result).toMatchObject({ refunds: 1, cases: 2 });
    const [own, shared] = shop.cases;
    if (own === undefined || shared === undefined) throw new Error('cases missing');
    const ownText = JSON.stringify(own);
    for (const gone of ['张三', '很着急', '13800001234']) expect(ownText).not.toContain(gone);
    expect(ownText).toContain('工行客服 8 号');
    expect(own.coverLetter).toBeUndefined();
    expect(own.demand).toBeUndefined();
    expect(own.events.at(-1)).toMatchObject({ kind: 'attachment_erased', attachment: { sha256: shop.slip.sha256 } });
    expect(verifyCase(own, nodeHasher)).toBe(true);
    expect(verifyCase(shared, nodeHasher)).toBe(true);
    // The case about two customers keeps its file, but not the phone number in the bank's summary.
    expect(JSON.stringify(shared)).not.toContain('138 0000 1234');
    expect(shared.events.some((event) => event.kind === 'attachment_erased')).toBe(false);
    await expect(readCaseEvidence(own, shop.slip.sha256, shop.attachments)).rejects.toSatisfy(
      (error: unknown) => error instanceof DomainError && error.code === 'attachment_erased',
    );
    expect(shop.deleted).toEqual([shop.slip.sha256]);
    expect(shop.attachments.files.has(shop.chat.sha256)).toBe(true);
  });

  it('the other customer\'s refund is untouched', async () => {
    const shop = await shopWithCustomer();
    await shop.service.handlers['privacy.eraseCustomer']({ query: '张三', actor: '王店长' });
    const li = shop.ledger.get(shop.li.id).refund;
    expect(li.customerName).toBe('李四');
    expect(kinds(li)).not.toContain('personal_data_erased');
  });
});

describe('the erasure log', () => {
  it('holds refund ids only, and re-applies an erasure an old backup brought back', async () => {
    const shop = await shopWithCustomer();
    const before = { refund: shop.ledger.get(shop.zhang.id).refund, cases: [...shop.cases] };
    await shop.service.handlers['privacy.eraseCustomer']({ query: '张三', actor: '王店长' });
    expect(shop.log).toHaveLength(1);
    expect(JSON.stringify(shop.log)).not.toMatch(/张三|1234/u);
    expect(shop.log[0]?.refundIds).toEqual([shop.zhang.id]);

    // "Restore" the records from before the erasure: the log lives outside the backup and stays.
    await shop.ledger.amend(shop.zhang.id, () => before.refund);
    shop.cases.splice(0, shop.cases.length, ...before.cases);
    expect(shop.ledger.get(shop.zhang.id).refund.customerName).toBe('张三');

    expect(await shop.service.reapplyLogged()).toBe(1);
    const again = shop.ledger.get(shop.zhang.id);
    expect(again.refund.customerName).toBeUndefined();
    expect(JSON.stringify(again.refund)).not.toContain('很着急');
    expect(again.chainValid).toBe(true);
    expect(JSON.stringify(shop.cases[0])).not.toContain('张三');
    expect(shop.cases.every((kase) => verifyCase(kase, nodeHasher))).toBe(true);
    // Done once: a second start finds nothing to redo and appends nothing.
    const events = again.refund.events.length;
    expect(await shop.service.reapplyLogged()).toBe(0);
    expect(shop.ledger.get(shop.zhang.id).refund.events).toHaveLength(events);
  });

  it('leaves alone a case opened after the erasure about the same refund', async () => {
    const shop = await shopWithCustomer();
    await shop.service.handlers['privacy.eraseCustomer']({ query: '张三', actor: '王店长' });
    shop.clock.advance(60_000);
    shop.cases.push(caseAbout(shop, 'case-0003', { refundIds: [shop.zhang.id], contacts: [callWithCustomer] }));
    await shop.service.reapplyLogged();
    expect(shop.cases[2]?.events.some((event) => event.kind === 'personal_data_erased')).toBe(false);
  });
});
