/**
 * The "record a day's takings" form as it holds it (text in inputs, in the slip's order) and what it sends.
 * Pure and unit-tested: counts and amounts are checked here so a typo is named under its box at once; main
 * checks everything again.
 */
import { DomainError } from '../../../electron/common/domain/errors';
import type { WireError } from '../../../electron/common/domain/errors';
import { fen, parseAmount } from '../../../electron/common/domain/money';
import type { Fen } from '../../../electron/common/domain/money';
import { estimateFee, expectedNetOf } from '../../../electron/common/settlements/settlement-math';
import { SETTLEMENT_LIMITS } from '../../../electron/common/settlements/settlement';
import type { DayTakings, SettlementAccount } from '../../../electron/common/settlements/settlement';

export interface TakingsDraft {
  readonly accountId: string;
  readonly businessDate: string;
  readonly batchNo: string;
  readonly salesCount: string;
  readonly salesAmount: string;
  readonly refundsCount: string;
  readonly refundsAmount: string;
  /** The fee printed on the slip; empty = estimate from the account's rate. */
  readonly fee: string;
}

export function emptyTakings(accountId: string, businessDate: string): TakingsDraft {
  return { accountId, businessDate, batchNo: '', salesCount: '', salesAmount: '', refundsCount: '', refundsAmount: '', fee: '' };
}

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: WireError };

const ZERO = /^[¥￥]?\s*0*(?:\.0*)?$/u;

function count(text: string, field: string): number {
  const trimmed = text.normalize('NFKC').trim();
  if (trimmed === '') return 0;
  if (!/^\d{1,6}$/u.test(trimmed) || Number(trimmed) > SETTLEMENT_LIMITS.count) {
    throw new DomainError('value_out_of_range', 'Enter a count.', { field, params: { min: 0, max: SETTLEMENT_LIMITS.count } });
  }
  return Number(trimmed);
}

/** An amount box where empty or 0 means none: a day with no refunds is common. */
function amountOrZero(text: string, field: string): Fen {
  const trimmed = text.normalize('NFKC').trim();
  if (trimmed === '' || ZERO.test(trimmed)) return fen(0);
  return parseAmount(trimmed, field);
}

function attempt<T>(run: () => T): Parsed<T> {
  try {
    return { ok: true, value: run() };
  } catch (problem) {
    if (problem instanceof DomainError) return { ok: false, error: problem.toWire() };
    throw problem;
  }
}

export interface ParsedTakings {
  readonly takings: DayTakings;
  /** Only when the slip's fee was typed. */
  readonly expectedFee?: Fen;
}

export function parseTakings(draft: TakingsDraft): Parsed<ParsedTakings> {
  return attempt(() => {
    const takings: DayTakings = {
      salesCount: count(draft.salesCount, 'takings.salesCount'),
      salesAmount: amountOrZero(draft.salesAmount, 'takings.salesAmount'),
      refundsCount: count(draft.refundsCount, 'takings.refundsCount'),
      refundsAmount: amountOrZero(draft.refundsAmount, 'takings.refundsAmount'),
    };
    if (takings.salesAmount === 0 && takings.refundsAmount === 0) {
      throw new DomainError('amount_empty', 'Enter the day’s sales or refunds.', { field: 'takings.salesAmount' });
    }
    if (takings.salesAmount > 0 && takings.salesCount === 0) throw new DomainError('required', 'How many sales?', { field: 'takings.salesCount' });
    if (takings.refundsAmount > 0 && takings.refundsCount === 0) {
      throw new DomainError('required', 'How many refunds?', { field: 'takings.refundsCount' });
    }
    const feeText = draft.fee.trim();
    if (feeText === '') return { takings };
    return { takings, expectedFee: amountOrZero(feeText, 'expectedFee') };
  });
}

export interface Expectation {
  readonly fee: Fen;
  readonly net: Fen;
  readonly fromSlip: boolean;
}

/** The live line under the form: the fee (the slip's, or estimated at the account's rate) and the net. */
export function expectationOf(parsed: ParsedTakings, account: SettlementAccount): Expectation {
  const fromSlip = parsed.expectedFee !== undefined;
  const fee = parsed.expectedFee ?? estimateFee(parsed.takings, account.feeRateBp, account.feeReturnedOnRefund);
  return { fee, net: expectedNetOf(parsed.takings, fee), fromSlip };
}

/** The amount that arrived: 0 is allowed (the bank credited nothing and said so). */
export function parseReceivedAmount(text: string): Parsed<Fen> {
  return attempt(() => amountOrZero(text, 'amount'));
}

/** The draft of a recorded day, for the correction dialog. */
export function draftOfDay(day: { readonly accountId: string; readonly businessDate: string; readonly batchNo?: string; readonly takings: DayTakings }): TakingsDraft {
  const plain = (value: Fen) => (value === 0 ? '' : `${Math.floor(value / 100)}.${(value % 100).toString().padStart(2, '0')}`);
  return {
    accountId: day.accountId,
    businessDate: day.businessDate,
    batchNo: day.batchNo ?? '',
    salesCount: day.takings.salesCount === 0 ? '' : String(day.takings.salesCount),
    salesAmount: plain(day.takings.salesAmount),
    refundsCount: day.takings.refundsCount === 0 ? '' : String(day.takings.refundsCount),
    refundsAmount: plain(day.takings.refundsAmount),
    fee: '',
  };
}
