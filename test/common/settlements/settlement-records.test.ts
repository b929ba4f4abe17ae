import { describe, expect, it } from 'vitest';
import { fen } from '../../../electron/common/domain/money';
import type { CorrectTakingsInput, MarkReceivedInput, RecordTakingsInput } from '../../../electron/common/ipc/contract-settlements';
import { verifySettlementChain } from '../../../electron/common/settlements/settlement-chain';
import {
  createSettlementDay,
  isSettlementPutAside,
  withSettlementDismissed,
  withSettlementReceived,
  withSettlementSnoozed,
  withTakingsCorrected,
} from '../../../electron/common/settlements/settlement-records';
import type { SettlementAccount, SettlementDay } from '../../../electron/common/settlements/settlement';
import { nodeHasher } from '../../support/node-hasher';
import { dayOf, deepFreeze, local, POS, recordInput, takings } from './settlement-fixture';

const CARD = '6222021234567890128';
const NOW = local('2026-11-20T21:00');
const TODAY = '2026-11-20';

function create(input: RecordTakingsInput, account: SettlementAccount = POS): SettlementDay {
  return createSettlementDay({ input, account, id: 'day-1', now: NOW, today: TODAY, hasher: nodeHasher });
}

/** Asserts the refusal and that the (frozen) input is still exactly what it was. */
function expectRefused(run: () => unknown, input: object, code: string, field: string): void {
  const before = structuredClone(input);
  expect(run).toThrow(expect.objectContaining({ name: 'DomainError', code, field }));
  expect(input).toEqual(before);
}

describe('createSettlementDay', () => {
  it('records the takings, the expectation and a copy of the account’s terms', () => {
    const day = create(recordInput({ businessDate: '2026-11-20', batchNo: ' ０００１２３ ' }));
    expect(day).toMatchObject({
      id: 'day-1',
      requestId: 'req-1',
      accountId: 'acc-pos',
      businessDate: '2026-11-20',
      batchNo: '000123',
      takings: { salesCount: 50, salesAmount: 1_234_567, refundsCount: 0, refundsAmount: 0 },
      cycle: { basis: 'T', days: 1 },
      feeRateBp: 60,
      toleranceFen: 100,
      expectedFee: 7407,
      expectedNet: 1_227_160,
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    });
    expect(day.received).toBeUndefined();
    expect(day.events).toHaveLength(1);
    expect(day.events[0]).toMatchObject({ seq: 1, kind: 'recorded', actor: '店长', at: NOW.toISOString(), expectedFee: 7407, takings: day.takings });
    expect(verifySettlementChain(day.events, nodeHasher)).toBe(true);
  });

  it('takes the fee printed on the slip instead of the estimate', () => {
    const day = create(recordInput({ expectedFee: fen(7_500) }));
    expect(day).toMatchObject({ expectedFee: 7_500, expectedNet: 1_234_567 - 7_500 });
  });

  it('leaves out a blank batch no.', () => {
    expect('batchNo' in create(recordInput({ batchNo: '  ' }))).toBe(false);
  });

  it('accepts a refunds-only day with a negative net', () => {
    const day = create(recordInput({ takings: takings(0, 0, 20_000, 2) }));
    expect(day).toMatchObject({ expectedFee: 0, expectedNet: -20_000 });
  });

  describe('refuses, naming the field, and changes nothing', () => {
    const cases: [string, Partial<RecordTakingsInput>, string, string][] = [
      ['a business day in the future', { businessDate: '2026-11-21' }, 'date_in_future', 'businessDate'],
      ['a date that does not exist', { businessDate: '2026-02-30' }, 'date_invalid', 'businessDate'],
      ['sales without a count', { takings: takings(1_000, 0) }, 'required', 'takings.salesCount'],
      ['refunds without a count', { takings: takings(1_000, 1, 500, 0) }, 'required', 'takings.refundsCount'],
      ['a negative count', { takings: takings(1_000, -1) }, 'value_out_of_range', 'takings.salesCount'],
      ['a count that is not whole', { takings: takings(1_000, 1, 0, 0.5) }, 'value_out_of_range', 'takings.refundsCount'],
      ['a count above the limit', { takings: takings(1_000, 100_001) }, 'value_out_of_range', 'takings.salesCount'],
      ['no sales and no refunds', { takings: takings(0, 0) }, 'amount_empty', 'takings.salesAmount'],
      ['a batch no. with letters', { batchNo: 'A00123' }, 'invalid_argument', 'batchNo'],
      ['a batch no. longer than 12 digits', { batchNo: '1234567890123' }, 'invalid_argument', 'batchNo'],
      ['a fee from the slip larger than the sales', { expectedFee: fen(1_234_568) }, 'exceeds_payment', 'expectedFee'],
      ['a full card number as batch no.', { batchNo: CARD }, 'full_card_number', 'batchNo'],
      ['a full card number as the actor', { actor: `店长 ${CARD}` }, 'full_card_number', 'actor'],
      ['no actor', { actor: '  ' }, 'required', 'actor'],
    ];
    it.each(cases)('%s', (_name, overrides, code, field) => {
      const input = deepFreeze(recordInput(overrides));
      expectRefused(() => create(input), input, code, field);
    });

    it('an archived account', () => {
      const input = deepFreeze(recordInput());
      const archived = deepFreeze({ ...POS, archived: true });
      expectRefused(() => create(input, archived), input, 'invalid_argument', 'accountId');
      expect(archived).toEqual({ ...POS, archived: true });
    });
  });
});

describe('withTakingsCorrected', () => {
  const day = deepFreeze(dayOf(POS, '2026-11-19'));
  const correction = (overrides: Partial<CorrectTakingsInput> = {}): CorrectTakingsInput => ({
    id: day.id,
    batchNo: '000124',
    takings: takings(1_000_000, 40, 10_000, 1),
    reason: '汇总单看错了',
    actor: '店长',
    ...overrides,
  });

  it('keeps the terms the day was recorded under: a correction changes only the takings, batch no. and fee', () => {
    const corrected = withTakingsCorrected(day, correction(), NOW, nodeHasher);
    // 1,000,000 × 0.60% = 6,000 (fee on refunds not returned by this account).
    expect(corrected).toMatchObject({ feeRateBp: 60, toleranceFen: 100, cycle: { basis: 'T', days: 1 }, expectedFee: 6_000, expectedNet: 1_000_000 - 10_000 - 6_000 });
    expect(corrected).toMatchObject({ batchNo: '000124', updatedAt: NOW.toISOString(), createdAt: day.createdAt });
    expect(corrected.events.map((event) => event.kind)).toEqual(['recorded', 'corrected']);
    expect(corrected.events[1]).toMatchObject({ seq: 2, actor: '店长', note: '汇总单看错了', expectedFee: 6_000, prevHash: day.events[0]?.hash });
    expect(verifySettlementChain(corrected.events, nodeHasher)).toBe(true);
  });

  it('refuses without a reason, or with a card number, and changes nothing', () => {
    const noReason = deepFreeze(correction({ reason: ' ' }));
    expectRefused(() => withTakingsCorrected(day, noReason, NOW, nodeHasher), noReason, 'required', 'reason');
    const card = deepFreeze(correction({ reason: `卡号 ${CARD}` }));
    expectRefused(() => withTakingsCorrected(day, card, NOW, nodeHasher), card, 'full_card_number', 'reason');
    const empty = deepFreeze(correction({ takings: takings(0, 0) }));
    expectRefused(() => withTakingsCorrected(day, empty, NOW, nodeHasher), empty, 'amount_empty', 'takings.salesAmount');
    expect(day.events).toHaveLength(1);
  });
});

describe('withSettlementReceived', () => {
  const day = deepFreeze(dayOf(POS, '2026-11-19'));
  const receipt = (overrides: Partial<MarkReceivedInput> = {}): MarkReceivedInput => ({ id: day.id, amount: fen(1_227_100), date: '2026-11-20', actor: '店长', ...overrides });

  it('records the amount and the day as a hash-chained event', () => {
    const done = withSettlementReceived(day, receipt({ note: ' 网银到账 ' }), NOW, TODAY, nodeHasher);
    expect(done.received).toEqual({ amount: 1_227_100, date: '2026-11-20' });
    expect(done.events[1]).toMatchObject({ seq: 2, kind: 'received', received: { amount: 1_227_100, date: '2026-11-20' }, note: '网银到账' });
    expect(verifySettlementChain(done.events, nodeHasher)).toBe(true);
    // Zero is a valid amount: the bank credited nothing and said so.
    expect(withSettlementReceived(day, receipt({ amount: fen(0) }), NOW, TODAY, nodeHasher).received?.amount).toBe(0);
  });

  it('refuses impossible dates, amounts and notes, and changes nothing', () => {
    const cases: [Partial<MarkReceivedInput>, string, string][] = [
      [{ date: '2026-11-18' }, 'date_invalid', 'date'], // before the business day
      [{ date: '2026-11-21' }, 'date_in_future', 'date'],
      [{ date: '2026-11-31' }, 'date_invalid', 'date'],
      [{ amount: -1 as never }, 'amount_invalid', 'amount'],
      [{ amount: 1.5 as never }, 'amount_invalid', 'amount'],
      [{ note: 'x'.repeat(501) }, 'too_long', 'note'],
      [{ note: CARD }, 'full_card_number', 'note'],
      [{ actor: '' }, 'required', 'actor'],
    ];
    for (const [overrides, code, field] of cases) {
      const input = deepFreeze(receipt(overrides));
      expectRefused(() => withSettlementReceived(day, input, NOW, TODAY, nodeHasher), input, code, field);
    }
    expect(day.received).toBeUndefined();
  });
});

describe('the hash chain', () => {
  const recorded = dayOf(POS, '2026-11-19');
  const chain = withSettlementReceived(
    withTakingsCorrected(recorded, { id: recorded.id, takings: takings(1_000_000, 40), reason: '改', actor: '店长' }, local('2026-11-19T22:00'), nodeHasher),
    { id: recorded.id, amount: fen(994_000), date: '2026-11-20', actor: '店员小王' },
    NOW,
    TODAY,
    nodeHasher,
  ).events;

  it('verifies in order and links each event to the last', () => {
    expect(chain.map((event) => [event.seq, event.kind])).toEqual([
      [1, 'recorded'],
      [2, 'corrected'],
      [3, 'received'],
    ]);
    expect(chain[1]?.prevHash).toBe(chain[0]?.hash);
    expect(chain[2]?.prevHash).toBe(chain[1]?.hash);
    expect(verifySettlementChain(chain, nodeHasher)).toBe(true);
  });

  it('breaks when an amount is edited', () => {
    const tamperedTakings = chain.map((event) => (event.seq === 1 && event.takings ? { ...event, takings: { ...event.takings, salesAmount: fen(1_234_000) } } : event));
    expect(verifySettlementChain(tamperedTakings, nodeHasher)).toBe(false);
    const tamperedReceipt = chain.map((event) => (event.received ? { ...event, received: { ...event.received, amount: fen(1_000_000) } } : event));
    expect(verifySettlementChain(tamperedReceipt, nodeHasher)).toBe(false);
    const tamperedFee = chain.map((event) => (event.seq === 2 ? { ...event, expectedFee: fen(0) } : event));
    expect(verifySettlementChain(tamperedFee, nodeHasher)).toBe(false);
  });

  it('breaks when an event is dropped or reordered', () => {
    expect(verifySettlementChain([chain[0]!, chain[2]!], nodeHasher)).toBe(false);
    expect(verifySettlementChain([chain[1]!, chain[0]!, chain[2]!], nodeHasher)).toBe(false);
  });
});

describe('snooze and dismiss a settlement reminder', () => {
  const day = deepFreeze(dayOf(POS, '2026-11-19'));
  const snooze = (until: string, overrides: object = {}) => ({ settlementId: day.id, kind: 'settlement_late' as const, until, reason: '银行说周一到', actor: '店长', ...overrides });

  it('a snooze hides that kind until its time, and is hash-chained', () => {
    const now = local('2026-11-21T10:00');
    const snoozed = withSettlementSnoozed(day, snooze(local('2026-11-23T09:00').toISOString()), now, nodeHasher);
    expect(snoozed.events[1]).toMatchObject({
      kind: 'reminder_snoozed',
      reminder: { kind: 'settlement_late', until: local('2026-11-23T09:00').toISOString(), reason: '银行说周一到' },
    });
    expect(verifySettlementChain(snoozed.events, nodeHasher)).toBe(true);
    expect(isSettlementPutAside(snoozed, 'settlement_late', local('2026-11-21T10:01'))).toBe(true);
    expect(isSettlementPutAside(snoozed, 'settlement_late', local('2026-11-23T08:59'))).toBe(true);
    expect(isSettlementPutAside(snoozed, 'settlement_late', local('2026-11-23T09:00'))).toBe(false);
    expect(isSettlementPutAside(snoozed, 'settlement_short', local('2026-11-21T10:01'))).toBe(false);
  });

  it('refuses a snooze in the past, more than 30 days ahead, or without a reason', () => {
    const now = local('2026-11-21T10:00');
    const cases: [ReturnType<typeof snooze>, string, string][] = [
      [snooze(now.toISOString()), 'date_invalid', 'until'],
      [snooze('not a date'), 'date_invalid', 'until'],
      [snooze(local('2026-12-21T10:01').toISOString()), 'date_invalid', 'until'],
      [snooze(local('2026-11-22T10:00').toISOString(), { reason: ' ' }), 'required', 'reason'],
      [snooze(local('2026-11-22T10:00').toISOString(), { reason: CARD }), 'full_card_number', 'reason'],
    ];
    for (const [input, code, field] of cases) {
      deepFreeze(input);
      expectRefused(() => withSettlementSnoozed(day, input, now, nodeHasher), input, code, field);
    }
    // Exactly 30 days is allowed.
    expect(withSettlementSnoozed(day, snooze(local('2026-12-21T10:00').toISOString()), now, nodeHasher).events).toHaveLength(2);
  });

  it('a dismissal hides that kind until the money is received or the takings corrected', () => {
    const now = local('2026-11-21T10:00');
    const dismissed = withSettlementDismissed(day, { settlementId: day.id, kind: 'settlement_late', reason: '已和银行核对', actor: '店长' }, now, nodeHasher);
    expect(dismissed.events[1]).toMatchObject({ kind: 'reminder_dismissed', reminder: { kind: 'settlement_late', reason: '已和银行核对' } });
    expect(dismissed.events[1]?.reminder?.until).toBeUndefined();
    expect(isSettlementPutAside(dismissed, 'settlement_late', local('2027-06-01T10:00'))).toBe(true);
    expect(isSettlementPutAside(dismissed, 'settlement_short', now)).toBe(false);

    const corrected = withTakingsCorrected(dismissed, { id: day.id, takings: takings(1_000_000, 40), reason: '改', actor: '店长' }, now, nodeHasher);
    expect(isSettlementPutAside(corrected, 'settlement_late', now)).toBe(false);
    const arrived = withSettlementReceived(dismissed, { id: day.id, amount: fen(1_000), date: '2026-11-21', actor: '店长' }, now, '2026-11-21', nodeHasher);
    expect(isSettlementPutAside(arrived, 'settlement_short', now)).toBe(false);

    // Dismissing the shortfall after the money arrived holds until the next correction.
    const shortDismissed = withSettlementDismissed(arrived, { settlementId: day.id, kind: 'settlement_short', reason: '手续费另扣', actor: '店长' }, now, nodeHasher);
    expect(isSettlementPutAside(shortDismissed, 'settlement_short', local('2026-12-30T10:00'))).toBe(true);
    expect(verifySettlementChain(shortDismissed.events, nodeHasher)).toBe(true);
  });

  it('the latest mark of a kind wins', () => {
    const now = local('2026-11-21T10:00');
    const dismissed = withSettlementDismissed(day, { settlementId: day.id, kind: 'settlement_late', reason: '先不管', actor: '店长' }, now, nodeHasher);
    const snoozedAfter = withSettlementSnoozed(dismissed, snooze(local('2026-11-22T10:00').toISOString()), now, nodeHasher);
    expect(isSettlementPutAside(snoozedAfter, 'settlement_late', local('2026-11-22T09:59'))).toBe(true);
    expect(isSettlementPutAside(snoozedAfter, 'settlement_late', local('2026-11-22T10:00'))).toBe(false);
  });

  it('refuses a dismissal without a reason', () => {
    const input = deepFreeze({ settlementId: day.id, kind: 'settlement_late' as const, reason: '', actor: '店长' });
    expectRefused(() => withSettlementDismissed(day, input, local('2026-11-21T10:00'), nodeHasher), input, 'required', 'reason');
  });
});
