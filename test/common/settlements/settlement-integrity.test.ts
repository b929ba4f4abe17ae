import { describe, expect, it } from 'vitest';
import { fen } from '../../../electron/common/domain/money';
import { verifySettlementDay } from '../../../electron/common/settlements/settlement-integrity';
import { withTakingsCorrected } from '../../../electron/common/settlements/settlement-records';
import type { SettlementDay } from '../../../electron/common/settlements/settlement';
import { nodeHasher } from '../../support/node-hasher';
import { POS, dayOf, local, received, takings } from './settlement-fixture';

describe('a settlement day is what its events say', () => {
  const recorded = dayOf(POS, '2026-11-19', { batchNo: '000123', takings: takings(345_600, 23, 5_600, 1) });
  const corrected = withTakingsCorrected(
    recorded,
    { id: recorded.id, batchNo: '000124', takings: takings(1_000_000, 40), reason: '汇总单看错了', actor: '店长' },
    local('2026-11-19T22:00'),
    nodeHasher,
  );
  const paid = received(corrected, 994_000, '2026-11-20');

  it('holds for a day as recorded, corrected and received', () => {
    expect(verifySettlementDay(recorded, nodeHasher)).toBe(true);
    expect(verifySettlementDay(corrected, nodeHasher)).toBe(true);
    expect(verifySettlementDay(paid, nodeHasher)).toBe(true);
  });

  // Each edit leaves the event chain intact; only the replay catches it.
  const edits: readonly (readonly [string, (day: SettlementDay) => SettlementDay])[] = [
    ['received amount', (day) => ({ ...day, received: { amount: fen(1_000_000), date: '2026-11-20' } })],
    ['received date', (day) => ({ ...day, received: { amount: fen(994_000), date: '2026-11-19' } })],
    ['received removed', ({ received: _gone, ...day }) => day],
    ['expected net', (day) => ({ ...day, expectedNet: fen(day.expectedNet + 100) })],
    ['expected fee', (day) => ({ ...day, expectedFee: fen(0) })],
    ['sales amount', (day) => ({ ...day, takings: { ...day.takings, salesAmount: fen(2_000_000) } })],
    ['batch no.', (day) => ({ ...day, batchNo: '000999' })],
    ['fee rate', (day) => ({ ...day, feeRateBp: 38 })],
    ['tolerance', (day) => ({ ...day, toleranceFen: fen(100_000) })],
    ['cycle', (day) => ({ ...day, cycle: { basis: 'T', days: 7 } })],
    ['fee returned', (day) => ({ ...day, feeReturnedOnRefund: true })],
  ];

  it.each(edits)('catches an edited %s', (_name, edit) => {
    expect(verifySettlementDay(edit(paid), nodeHasher)).toBe(false);
  });

  it('catches an edited event and a missing first event', () => {
    const [first, ...rest] = paid.events;
    if (first === undefined) throw new Error('no events');
    expect(verifySettlementDay({ ...paid, events: [{ ...first, expectedFee: fen(1) }, ...rest] }, nodeHasher)).toBe(false);
    expect(verifySettlementDay({ ...paid, events: rest }, nodeHasher)).toBe(false);
  });
});
