import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../electron/common/domain/errors';
import { appendEvent, chainHead, GENESIS_HASH, verifyChain } from '../../../electron/common/domain/hash-chain';
import type { Refund } from '../../../electron/common/domain/types';
import { approverOf, nextCopy, withReceiptIssued } from '../../../electron/common/receipts/receipt-records';
import { printerInfoOf } from '../../../electron/node/receipts/printer-info';
import { receiptFileName } from '../../../electron/node/receipts/receipt-service';
import { nodeHasher } from '../../../electron/node/system-adapters';

const now = new Date('2026-11-20T02:00:00.000Z');

function refundWith(kinds: readonly ('approved' | 'override' | 'note_added')[]): Refund {
  let events = appendEvent([], { at: now.toISOString(), actor: '店员', kind: 'created' }, nodeHasher);
  for (const [index, kind] of kinds.entries()) events = appendEvent(events, { at: now.toISOString(), actor: `人${String(index)}`, kind }, nodeHasher);
  return { id: 'r1', number: 'R-20261120-001', events, updatedAt: now.toISOString() } as unknown as Refund;
}

const issue = (copy: number, head: string) => ({ copy, size: 'thermal58', language: 'zh-CN', via: 'printer' as const, chainHead: head });

describe('receipt records', () => {
  it('appends hash-chained receipt_issued events with consecutive copy numbers', () => {
    let refund = refundWith([]);
    expect(nextCopy(refund)).toBe(1);
    refund = withReceiptIssued(refund, issue(1, chainHead(refund.events)), '店长', now, nodeHasher);
    refund = withReceiptIssued(refund, issue(2, chainHead(refund.events)), '店长', now, nodeHasher);
    expect(nextCopy(refund)).toBe(3);
    expect(verifyChain(refund.events, nodeHasher)).toBe(true);
    expect(refund.events.at(-1)).toMatchObject({ kind: 'receipt_issued', actor: '店长', receipt: { copy: 2 } });
    expect(chainHead([])).toBe(GENESIS_HASH);
  });

  it('refuses a copy number that is not the next one', () => {
    const refund = refundWith([]);
    expect(() => withReceiptIssued(refund, issue(2, 'x'), '店长', now, nodeHasher)).toThrow(DomainError);
  });

  it('names the last approver or overrider', () => {
    expect(approverOf(refundWith(['note_added']))).toBeUndefined();
    expect(approverOf(refundWith(['approved', 'note_added']))).toBe('人0');
    expect(approverOf(refundWith(['approved', 'override']))).toBe('人1');
  });

  it('names the PDF in the receipt\'s language, without characters a file system refuses', () => {
    expect(receiptFileName('R-20261120-001', 'zh-CN')).toBe('退款凭证-R-20261120-001.pdf');
    expect(receiptFileName('R-20261120-001', 'both')).toBe('退款凭证-R-20261120-001.pdf');
    expect(receiptFileName('a/b:c', 'en')).toBe('refund-receipt-a-b-c.pdf');
  });

  it('reads the default printer from Electron\'s platform options', () => {
    expect(printerInfoOf({ name: 'XP58', displayName: '', options: { 'printer-is-default': 'true' } })).toEqual({ name: 'XP58', displayName: 'XP58', isDefault: true });
    expect(printerInfoOf({ name: 'HP', displayName: 'HP LaserJet', options: {} }).isDefault).toBe(false);
  });
});
