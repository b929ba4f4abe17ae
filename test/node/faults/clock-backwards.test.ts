/**
 * RELIABILITY §2 "clock set backwards": the shop PC's clock is moved back a day before every save. Through the real
 * ledger on a real folder, and again after reopening from disk: every refund is there, its events keep seq order,
 * every hash chain verifies (order is by seq, not by time), and no refund number is given out twice. The chain rule
 * on its own: test/common/domain/hash-chain.test.ts; the ledger on memory: test/common/ledger/refund-ledger-advance
 * .test.ts; reminders under a moved clock: test/common/reminders/reminder-records.test.ts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { RefundLedger } from '../../../electron/common/ledger/refund-ledger';
import { LowdbLedgerStore } from '../../../electron/node/ledger-store';
import { FixedClock } from '../../support/fixed-clock';
import { nodeHasher } from '../../support/node-hasher';
import { SequentialIds } from '../../support/sequential-ids';
import { makeTempDir, removeTempDir } from '../../support/storage-temp-dir';
import { wechat } from '../../common/ledger/ledger-harness';

const REFUNDS = 12;
const DAY = 86_400_000;
const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await removeTempDir(dir);
});

async function open(dataDir: string, clock: FixedClock, ids: SequentialIds): Promise<RefundLedger> {
  return RefundLedger.open({ store: await LowdbLedgerStore.open({ dataDir, now: () => clock.now() }), clock, hasher: nodeHasher, ids });
}

describe('the clock set backwards between saves', () => {
  it('keeps seq order, verifiable chains and unique refund numbers, also after a reopen', async () => {
    const dataDir = await makeTempDir('refunddesk-clock-');
    dirs.push(dataDir);
    const clock = new FixedClock('2026-11-20T02:00:00.000Z', 1_000);
    const ids = new SequentialIds();
    const ledger = await open(dataDir, clock, ids);
    const created: string[] = [];
    for (let i = 0; i < REFUNDS; i += 1) {
      const tx = `4200001111${String(i).padStart(18, '0')}`;
      const { refund } = await ledger.create(wechat(tx, 100, 40, { paidAt: '2026-10-01T10:00' }));
      created.push(refund.id);
      clock.advance(-DAY);
      await ledger.addNote({ id: refund.id, actor: '店长', note: `时钟被调回 ${i}` });
      clock.advance(-DAY);
    }

    const tally = { saves: REFUNDS * 2, lost: 0, outOfOrder: 0, brokenChains: 0, reusedNumbers: 0 };
    const reopened = await open(dataDir, new FixedClock('2026-11-01T00:00:00.000Z'), new SequentialIds());
    for (const current of [ledger, reopened]) {
      const numbers = new Set<string>();
      for (const id of created) {
        let detail;
        try {
          detail = current.get(id);
        } catch {
          tally.lost += 1;
          continue;
        }
        const seqs = detail.refund.events.map((event) => event.seq);
        if (seqs.join() !== seqs.map((_, i) => i + 1).join()) tally.outOfOrder += 1;
        if (!detail.chainValid) tally.brokenChains += 1;
        if (numbers.has(detail.refund.number)) tally.reusedNumbers += 1;
        numbers.add(detail.refund.number);
      }
    }
    console.log(
      `clock set backwards: ${tally.saves} saves each a day earlier than the last, ${tally.outOfOrder} out of seq order, ` +
        `${tally.brokenChains} broken chains, ${tally.reusedNumbers} reused refund numbers, ${tally.lost} lost (checked live and after reopen)`,
    );
    expect(tally).toEqual({ saves: REFUNDS * 2, lost: 0, outOfOrder: 0, brokenChains: 0, reusedNumbers: 0 });
  });
});
