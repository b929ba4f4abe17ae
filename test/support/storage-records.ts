/** Valid ledger records for storage tests; the storage layer does not care what they mean, only their shape. */
import { fen } from '../../electron/common/domain/money';
import type { Payment, Refund } from '../../electron/common/domain/types';
import type { LedgerPartition } from '../../electron/common/ports';

export function payment(id: string, overrides: Partial<Payment> = {}): Payment {
  return {
    id,
    channel: 'wechat',
    paidAt: '2026-11-20T14:05',
    amount: fen(12_345),
    ids: { transactionNo: `4200001234202611${id.replace(/\D/g, '').padStart(12, '0')}` },
    matchKey: `wechat:${id}`,
    createdAt: '2026-11-20T06:05:00.000Z',
    ...overrides,
  };
}

export function refund(id: string, paymentId: string, overrides: Partial<Refund> = {}): Refund {
  return {
    id,
    number: `TK-202611-${id.replace(/\D/g, '').padStart(4, '0')}`,
    requestId: `req-${id}`,
    paymentId,
    type: 'qr_refund',
    amount: fen(2_000),
    deductions: [{ kind: 'fee', amount: fen(12), reason: '手续费' }],
    net: fen(1_988),
    customerName: '张三',
    operator: '李四',
    status: 'recorded',
    createdAt: '2026-11-21T02:00:00.000Z',
    updatedAt: '2026-11-21T02:00:00.000Z',
    events: [
      { seq: 1, at: '2026-11-21T02:00:00.000Z', actor: '李四', kind: 'created', to: 'recorded', prevHash: '', hash: 'ab'.repeat(32) },
    ],
    ...overrides,
  };
}

export function partition(payments: readonly Payment[], refunds: readonly Refund[] = []): LedgerPartition {
  return { payments, refunds };
}

/** A clock that moves one second per call, so every save has a distinct savedAt. */
export function steppingClock(start = '2026-11-22T02:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => {
    const now = new Date(t);
    t += 1_000;
    return now;
  };
}
