/**
 * Valid records for every store kind, for the fault suite (test/node/faults): the storage layer only needs them to
 * pass each file's schema, and each one needs its own id so a test can tell which acknowledged save survived.
 */
import type { Case } from '../../electron/common/cases/case';
import { fen } from '../../electron/common/domain/money';
import type { SettlementDay } from '../../electron/common/settlements/settlement';
import { link, opened } from '../common/cases/case-fixture';

export function settlementDay(id: string, businessDate: string): SettlementDay {
  const takings = { salesCount: 12, salesAmount: fen(345_600), refundsCount: 1, refundsAmount: fen(2_000) };
  return {
    id,
    requestId: `req-${id}`,
    accountId: 'acc-1',
    businessDate,
    takings,
    cycle: { basis: 'T', days: 1 },
    feeRateBp: 60,
    feeReturnedOnRefund: false,
    toleranceFen: fen(100),
    expectedFee: fen(2_074),
    expectedNet: fen(341_526),
    createdAt: `${businessDate}T13:00:00.000Z`,
    updatedAt: `${businessDate}T13:00:00.000Z`,
    events: [
      { seq: 1, at: `${businessDate}T13:00:00.000Z`, actor: '店长', kind: 'recorded', takings, expectedFee: fen(2_074), prevHash: '', hash: 'ab'.repeat(32) },
    ],
  };
}

/** A case with its own id and request id, opened 2026-11-20 (the fixture's clock): it lives in cases/2026.json. */
export function caseRecord(id: string): Case {
  return { ...opened('complaint', [link('payment', 'p-1')], { requestId: `req-${id}` }), id };
}
