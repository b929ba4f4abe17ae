/**
 * A small shop's refunds at 10:00 on 20 November 2026 (Shanghai), built through the real ledger so every event
 * and hash is what the app would write: one of each reminder situation, and one refund that needs nothing.
 */
import { DEFAULT_APPROVAL_POLICY } from '../../../electron/common/domain/approval';
import type { CounterSettings } from '../../../electron/common/domain/counter-settings';
import { RefundLedger } from '../../../electron/common/ledger/refund-ledger';
import { computeReminders } from '../../../electron/common/reminders/compute-reminders';
import { DEFAULT_HOTLINES } from '../../../electron/common/reminders/hotlines';
import { fixedWindowArrival } from './fixed-window-arrival';
import { FixedClock } from '../../support/fixed-clock';
import { MemoryLedgerStore } from '../../support/memory-ledger-store';
import { nodeHasher } from '../../support/node-hasher';
import { SequentialIds } from '../../support/sequential-ids';
import { refundInput, wechat } from '../ledger/ledger-harness';

export const COUNTER: CounterSettings = { terminals: [{ terminalNo: 'T1', acquirer: '银联商务', cutoff: '23:00' }], acquirers: [] };

/** Local Shanghai time → ISO instant, so the fixture reads like a diary. */
export const at = (local: string) => new Date(`${local}:00+08:00`).toISOString();

export async function reminderShop() {
  const clock = new FixedClock(at('2026-11-11T10:00'), 1_000);
  const ledger = await RefundLedger.open({
    store: new MemoryLedgerStore(),
    clock,
    hasher: nodeHasher,
    ids: new SequentialIds(),
    approval: () => ({ policy: DEFAULT_APPROVAL_POLICY, active: true }),
  });
  const actor = '店长';

  // A card 退货 done on the 11th: the fixed window says by the 18th, so overdue on the 20th.
  const card = await ledger.create(
    refundInput({ paidAt: '2026-11-10T15:20', paid: 129, ids: { referenceNo: '152000123456', voucherNo: '000321', cardLast4: '1234', terminalNo: 'T1' } }),
  );
  await ledger.advance({ id: card.refund.id, to: 'done', actor });

  // A failed Alipay refund nobody touched since the 13th.
  clock.set(at('2026-11-12T11:00'));
  const failed = await ledger.create(refundInput({ channel: 'alipay', type: 'qr_refund', paidAt: '2026-11-12T10:00', paid: 58, ids: { transactionNo: '2026111222001' } }));
  await ledger.advance({ id: failed.refund.id, to: 'done', actor });
  clock.set(at('2026-11-13T09:00'));
  await ledger.advance({ id: failed.refund.id, to: 'processing', actor });
  await ledger.advance({ id: failed.refund.id, to: 'failed', actor, reason: '顾客的卡已注销' });

  // A WeChat refund done on the 15th: due on the 20th.
  clock.set(at('2026-11-15T16:00'));
  const due = await ledger.create(wechat('4200006666202611156666', 88, 88, { paidAt: '2026-11-15T12:00' }));
  await ledger.advance({ id: due.refund.id, to: 'done', actor });

  // One that arrived: nothing to do.
  const arrived = await ledger.create(wechat('4200006666202611157777', 20, 20, { paidAt: '2026-11-15T12:30' }));
  await ledger.advance({ id: arrived.refund.id, to: 'done', actor });
  await ledger.advance({ id: arrived.refund.id, to: 'arrived', actor });

  // Today: a large refund waiting for an owner, and a void of this morning's card sale (voids wait too).
  clock.set(at('2026-11-20T09:40'));
  const big = await ledger.create(wechat('4200006666202611208888', 800, 800, { paidAt: '2026-11-20T09:00' }));
  const voided = await ledger.create(
    refundInput({ type: 'void', paidAt: '2026-11-20T09:30', paid: 45, ids: { voucherNo: '000777', referenceNo: '152000777777', terminalNo: 'T1' } }),
  );
  return { ledger, clock, ids: { card: card.refund, failed: failed.refund, due: due.refund, arrived: arrived.refund, big: big.refund, voided: voided.refund } };
}

export function remindersAt(ledger: RefundLedger, local: string) {
  return computeReminders({
    records: ledger.records(),
    now: new Date(at(local)),
    arrivalOf: fixedWindowArrival,
    hotlines: DEFAULT_HOTLINES,
    counter: COUNTER,
  });
}
