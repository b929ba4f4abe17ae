import { describe, expect, it } from 'vitest';
import { withListArrivals } from '../../../electron/common/calendar/list-arrival';
import type { RefundListPage, RefundSummary } from '../../../electron/common/ipc/contract';
import { fen } from '../../../electron/common/domain/money';
import type { RefundStatus } from '../../../electron/common/domain/types';

function row(id: string, status: RefundStatus): RefundSummary {
  return { id, number: `TK-202610-${id}`, createdAt: '2026-09-29T07:00:00.000Z', status, type: 'card_refund', channel: 'unionpay_debit', paidAt: '2026-09-28T10:00', amount: fen(100), net: fen(100), operator: '店长' };
}

describe('expected arrival on list rows', () => {
  const page: RefundListPage = { items: [row('0001', 'done'), row('0002', 'processing'), row('0003', 'arrived'), row('0004', 'done')], total: 4, offset: 0 };
  const latest: Record<string, string> = { '0001': '2026-10-12', '0002': '2026-10-13', '0003': '2026-10-01' };

  it('marks rows on their way with the last day and whether it has passed; others are left alone', () => {
    const asked: string[] = [];
    const out = withListArrivals(
      page,
      (id) => {
        asked.push(id);
        const day = latest[id];
        return day === undefined ? undefined : { latest: day };
      },
      '2026-10-13',
    );
    expect(out.items.map((item) => item.arrival)).toEqual([{ latest: '2026-10-12', late: true }, { latest: '2026-10-13', late: false }, undefined, undefined]);
    // An arrived refund is not looked up at all; one with an unknown window gets no line.
    expect(asked).toEqual(['0001', '0002', '0004']);
    expect(page.items[0]?.arrival).toBeUndefined();
  });
});
