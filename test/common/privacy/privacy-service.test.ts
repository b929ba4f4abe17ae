import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../electron/common/domain/errors';
import type { Operator } from '../../../electron/common/domain/operators';
import { verifyRefundHistory } from '../../../electron/common/domain/refund-facts';
import type { Case } from '../../../electron/common/cases/case';
import type { ErasureLogEntry } from '../../../electron/common/privacy/erasure-log';
import { createPrivacyService } from '../../../electron/common/privacy/privacy-service';
import { MemorySettingsStore } from '../../support/memory-settings-store';
import { BLUE_PNG, RED_PNG } from '../../fixtures/evidence-files';
import { nodeHasher } from '../../support/node-hasher';
import { caseAbout, DAY_MS, openPrivacyLedger } from './privacy-harness';

const OWNER: Operator = { id: 'op-1', name: '王店长', role: 'owner' };

async function setup(owner: Operator = OWNER, shopIn?: Awaited<ReturnType<typeof openPrivacyLedger>>) {
  const shop = shopIn ?? (await openPrivacyLedger());
  const settings = new MemorySettingsStore();
  const deleted: string[] = [];
  const pins: string[] = [];
  const cases: Case[] = [];
  const log: ErasureLogEntry[] = [];
  const erasureLog = {
    entries: () => log,
    append: (entry: ErasureLogEntry) => {
      log.push(entry);
      return Promise.resolve();
    },
  };
  const service = createPrivacyService({
    refunds: () => shop.ledger.records().map((record) => record.refund),
    refundsWithCustomer: () => shop.ledger.recordsWithCustomer().map((record) => record.refund),
    amend: (id, change) => shop.ledger.amend(id, change),
    settings,
    clock: shop.clock,
    requireOwner: () => owner,
    verifyPin: (_operator, pin) => {
      pins.push(pin);
      return pin === '2468' ? Promise.resolve() : Promise.reject(new DomainError('pin_wrong', 'Wrong PIN.'));
    },
    cases: () => cases,
    amendCase: (id, change) => {
      const index = cases.findIndex((entry) => entry.id === id);
      const current = cases[index];
      if (current !== undefined) cases[index] = change(current, shop.clock.now(), nodeHasher);
      return Promise.resolve();
    },
    erasureLog,
    deleteFile: (sha) => {
      deleted.push(sha);
      shop.attachments.files.delete(sha);
      return Promise.resolve();
    },
  });
  return { ...shop, shop, settings, service, deleted, pins, cases, log };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return error instanceof DomainError ? error.code : `raw: ${String(error)}`;
  }
}

describe('delete this customer\'s data', () => {
  it('previews by phone tail, erases names and files, keeps a file another refund uses', async () => {
    const { ledger, service, refund, deleted } = await setup();
    const first = await refund({ customerName: '张三', customerPhone: '138 0000 1234' });
    const second = await refund({ customerName: '张三丰', customerPhone: '13900001234', arrived: true });
    const other = await refund({ customerName: '李四', customerPhone: '13700005678' });
    const own = await ledger.addAttachment({ refundId: first.id, actor: '王店长', name: 'slip.png', bytes: RED_PNG });
    await ledger.addAttachment({ refundId: second.id, actor: '王店长', name: 'chat.png', bytes: BLUE_PNG });
    await ledger.addAttachment({ refundId: other.id, actor: '王店长', name: 'same.png', bytes: BLUE_PNG });
    const ownSha = own.refund.events.at(-1)?.attachment?.sha256 ?? '';

    const preview = await service.handlers['privacy.previewCustomer']({ query: '1234' });
    expect(preview.refunds.map((r) => r.id).sort()).toEqual([first.id, second.id].sort());
    expect(preview).toMatchObject({ attachments: 2, sharedAttachments: 1, cases: [] });

    const result = await service.handlers['privacy.eraseCustomer']({ query: '1234', actor: '王店长' });
    expect(result).toEqual({ refunds: 2, cases: 0, attachments: 2, filesDeleted: 1 });
    expect(deleted).toEqual([ownSha]);

    for (const id of [first.id, second.id]) {
      const detail = ledger.get(id);
      expect(detail.refund.customerName).toBeUndefined();
      expect(detail.refund.customerPhone).toBeUndefined();
      expect(detail.chainValid).toBe(true);
      expect(verifyRefundHistory(detail.refund, detail.payment, nodeHasher)).toBe(true);
    }
    expect(ledger.get(first.id).refund.net).toBe(first.net);
    expect(ledger.get(other.id).refund.customerName).toBe('李四');
    // The erased file answers its own code; the other refund still reads the shared bytes.
    expect(await codeOf(ledger.readAttachment({ refundId: first.id, sha256: ownSha }))).toBe('attachment_erased');
    const sharedSha = ledger.get(other.id).refund.events.at(-1)?.attachment?.sha256 ?? '';
    expect(await codeOf(ledger.readAttachment({ refundId: second.id, sha256: sharedSha }))).toBe('attachment_erased');
    expect(await codeOf(ledger.readAttachment({ refundId: other.id, sha256: sharedSha }))).toBe('resolved');
  });

  it('matches an exact name only, and keeps a file a case about someone else still uses', async () => {
    const { service, refund, deleted, cases, shop, ledger } = await setup();
    const mine = await refund({ customerName: '张三' });
    const added = await ledger.addAttachment({ refundId: mine.id, actor: '王店长', name: 'a.png', bytes: RED_PNG });
    const file = added.refund.events.at(-1)?.attachment;
    const someoneElse = await refund({ customerName: '张三丰' });
    cases.push(caseAbout(shop, 'case-0001', { refundIds: [someoneElse.id], files: file === undefined ? [] : [file] }));
    expect((await service.handlers['privacy.previewCustomer']({ query: '张' })).refunds).toEqual([]);
    expect((await service.handlers['privacy.previewCustomer']({ query: '张三' })).refunds.map((r) => r.id)).toEqual([mine.id]);
    await service.handlers['privacy.eraseCustomer']({ query: '张三', actor: '王店长' });
    expect(deleted).toEqual([]);
  });

  it('asks for the owner\'s PIN when one is set', async () => {
    const { service, refund, ledger } = await setup({ ...OWNER, pinHash: 'scrypt$x' });
    const mine = await refund({ customerName: '张三' });
    expect(await codeOf(service.handlers['privacy.eraseCustomer']({ query: '张三', actor: '王店长', pin: '0000' }))).toBe('pin_wrong');
    expect(ledger.get(mine.id).refund.customerName).toBe('张三');
    await service.handlers['privacy.eraseCustomer']({ query: '张三', actor: '王店长', pin: '2468' });
    expect(ledger.get(mine.id).refund.customerName).toBeUndefined();
  });
});

describe('privacy.update', () => {
  it('saves the choice and runs retention at once; refuses values not offered', async () => {
    const { service, refund, clock, settings, ledger } = await setup();
    const old = await refund({ customerName: '张三', customerPhone: '13800001234', arrived: true });
    clock.advance(400 * DAY_MS);
    const result = await service.handlers['privacy.update']({ retentionDays: 365, autoLockMinutes: 5 });
    expect(result).toEqual({ privacy: { retentionDays: 365, autoLockMinutes: 5 }, erasedNow: 1 });
    expect(settings.get().privacy).toEqual({ retentionDays: 365, autoLockMinutes: 5 });
    expect(ledger.get(old.id).refund.customerName).toBeUndefined();
    expect(ledger.get(old.id).refund.events.at(-1)).toMatchObject({ kind: 'personal_data_erased', actor: 'retention' });
    expect(await codeOf(service.handlers['privacy.update']({ retentionDays: 10 }))).toBe('invalid_argument');
    expect(await codeOf(service.handlers['privacy.update']({ autoLockMinutes: 7 }))).toBe('invalid_argument');
    // Running again finds nothing left to erase.
    expect(await service.runRetention()).toBe(0);
  });
});
