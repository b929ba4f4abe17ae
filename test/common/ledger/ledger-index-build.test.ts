/**
 * Start-up builds the index from the catalog in one pass (ledger-index.ts): the list newest-last and each payment's
 * refunds oldest first, whatever order the month files hold them in (a PC clock set backwards, months saved apart).
 */
import { describe, expect, it } from 'vitest';
import { catalogOfPartition } from '../../../electron/common/ledger/ledger-catalog';
import { LedgerIndex } from '../../../electron/common/ledger/ledger-index';
import type { Payment, Refund } from '../../../electron/common/domain/types';
import { payment, refund } from '../../support/storage-records';

const at = (minute: number): string => `2026-11-21T02:${String(minute).padStart(2, '0')}:00.000Z`;

function refundAt(id: string, paymentId: string, minute: number, status: Refund['status'] = 'recorded'): Refund {
  return refund(id, paymentId, { createdAt: at(minute), updatedAt: at(minute), status });
}

const noRecords = { readRefund: (): undefined => undefined, readPayment: (): Payment | undefined => undefined };

describe('LedgerIndex.build', () => {
  it('orders the list and each payment’s refunds by creation, not by where the month files hold them', () => {
    const p1 = payment('p-1');
    const p2 = payment('p-2');
    // Stored newest first, and split over two months, as a clock set backwards and a second month leave them.
    const november = catalogOfPartition('2026-11', { payments: [p1], refunds: [refundAt('r-3', 'p-1', 30, 'failed'), refundAt('r-1', 'p-1', 10, 'arrived')] });
    const october = catalogOfPartition('2026-10', { payments: [p2], refunds: [refundAt('r-4', 'p-2', 40), refundAt('r-2', 'p-1', 20, 'done')] });
    const index = LedgerIndex.build([november, october], noRecords);

    expect(index.entries.map((entry) => entry.id)).toEqual(['r-1', 'r-2', 'r-3', 'r-4']);
    expect(index.statusesOfPayment('p-1')).toEqual(['arrived', 'done', 'failed']);
    expect(index.statusesOfPayment('p-2')).toEqual(['recorded']);
    expect(index.monthOfRefund('r-2')).toBe('2026-10');
    expect(index.monthOf('p-1')).toBe('2026-11');
    expect(index.idsWithStatus(['failed', 'done'])).toEqual(['r-2', 'r-3']);
    expect(index.refundIdForRequest('req-r-4')).toBe('r-4');
  });
});
