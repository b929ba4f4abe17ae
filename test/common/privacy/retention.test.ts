import { describe, expect, it } from 'vitest';
import { verifyRefundHistory } from '../../../electron/common/domain/refund-facts';
import { lastStatusChangeAt, retentionPlan } from '../../../electron/common/privacy/retention';
import { withPersonalDataErased } from '../../../electron/common/privacy/erasure';
import { nodeHasher } from '../../support/node-hasher';
import { DAY_MS, openPrivacyLedger } from './privacy-harness';

describe('retentionPlan', () => {
  it('picks only final refunds older than the setting that still hold a name or phone', async () => {
    const { ledger, refund } = await openPrivacyLedger();
    const arrived = await refund({ customerName: '张三', customerPhone: '13800001234', arrived: true });
    const open = await refund({ customerName: '李四' });
    const nameless = await refund({ arrived: true });
    const closedAt = lastStatusChangeAt(ledger.get(arrived.id).refund).getTime();
    const all = () => ledger.records().map((record) => record.refund);

    // A day short of a year: nothing yet.
    expect(retentionPlan(all(), new Date(closedAt + 364 * DAY_MS), 365)).toEqual([]);
    // Exactly a year after the last status change: due.
    expect(retentionPlan(all(), new Date(closedAt + 365 * DAY_MS), 365).map((r) => r.id)).toEqual([arrived.id]);
    // Ten years on: the open refund and the nameless one are still never picked.
    const later = retentionPlan(all(), new Date(closedAt + 3650 * DAY_MS), 365).map((r) => r.id);
    expect(later).toEqual([arrived.id]);
    expect(later).not.toContain(open.id);
    expect(later).not.toContain(nameless.id);
    // "Keep" erases nothing, ever.
    expect(retentionPlan(all(), new Date(closedAt + 3650 * DAY_MS), null)).toEqual([]);
  });

  it('a note added later does not restart the clock', async () => {
    const { ledger, refund } = await openPrivacyLedger();
    const arrived = await refund({ customerName: '张三', arrived: true });
    const closedAt = lastStatusChangeAt(ledger.get(arrived.id).refund);
    await ledger.addNote({ id: arrived.id, actor: '王店长', note: '顾客来电确认' });
    expect(lastStatusChangeAt(ledger.get(arrived.id).refund)).toEqual(closedAt);
  });
});

describe('withPersonalDataErased', () => {
  it('removes name and phone, keeps amounts and numbers, and the chain still verifies', async () => {
    const { ledger, refund } = await openPrivacyLedger();
    const arrived = await refund({ customerName: '张三', customerPhone: '13800001234', arrived: true, paid: 88 });
    const { payment } = ledger.get(arrived.id);
    const detail = await ledger.amend(arrived.id, (current, now, hasher) => withPersonalDataErased(current, 'retention', 'retention', now, hasher));
    const erased = detail.refund;
    expect(erased.customerName).toBeUndefined();
    expect(erased.customerPhone).toBeUndefined();
    expect(erased.net).toBe(arrived.net);
    expect(erased.amount).toBe(arrived.amount);
    expect(erased.number).toBe(arrived.number);
    expect(erased.events.at(-1)).toMatchObject({ kind: 'personal_data_erased', note: 'retention' });
    expect(verifyRefundHistory(erased, payment, nodeHasher)).toBe(true);
    expect(detail.chainValid).toBe(true);
  });
});
