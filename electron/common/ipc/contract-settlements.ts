/** Contract types of the settlements (settlements/). Kept apart so contract.ts only gains method lines. */
import type { IsoDate } from '../calendar/iso-date';
import type { Fen } from '../domain/money';
import type { DayTakings, SettlementAccount, SettlementCycle, SettlementDay, SettlementSource } from '../settlements/settlement';

/** How a settlement day stands today; `late` and `short` are also reminders. */
export const SETTLEMENT_STATES = ['waiting', 'due_today', 'late', 'received', 'short', 'over'] as const;
export type SettlementState = (typeof SETTLEMENT_STATES)[number];

/** A day as the screens show it: the record plus what is computed from the calendar and the clock. */
export interface SettlementView {
  readonly day: SettlementDay;
  readonly accountName: string;
  readonly source: SettlementSource;
  /** The banks' working day by which the money should be in the shop's account. */
  readonly expectedBy: IsoDate;
  /** The date was counted Monday–Friday for a year without a holiday schedule. */
  readonly beyondCoverage: boolean;
  readonly state: SettlementState;
  /** received − expected net, once received (negative = short). */
  readonly difference?: Fen;
  /** For `late`: banks' working days that passed without the money, the expected day included (at least 1). */
  readonly lateWorkingDays?: number;
}

export interface SettlementTotals {
  readonly days: number;
  readonly sales: Fen;
  readonly refunds: Fen;
  readonly expectedFee: Fen;
  readonly expectedNet: Fen;
  /** Sum of what arrived. */
  readonly received: Fen;
  /** Expected net of the days not yet received. */
  readonly outstanding: Fen;
  /** Sum of the shortfalls beyond tolerance (positive fen). */
  readonly short: Fen;
  readonly lateDays: number;
}

/** The monthly view of expected vs received, by business day. */
export interface SettlementMonth {
  /** `YYYY-MM`. */
  readonly month: string;
  /** Main's local date when computed. */
  readonly today: IsoDate;
  readonly rows: readonly SettlementView[];
  readonly totals: SettlementTotals;
  /** Per account, same shape, for the month's footer. */
  readonly byAccount: readonly { readonly accountId: string; readonly accountName: string; readonly totals: SettlementTotals }[];
}

/** An account as the owner edits it: without an id it is new. */
export type SettlementAccountInput = Omit<SettlementAccount, 'id'> & { readonly id?: string };

export interface SaveSettlementAccountsInput {
  readonly accounts: readonly SettlementAccountInput[];
}

/** A day's takings from the POS summary slip or the platform's bill. */
export interface RecordTakingsInput {
  /** Makes a repeated submit (double click, retry) return the first result instead of a second record. */
  readonly requestId: string;
  readonly accountId: string;
  readonly businessDate: IsoDate;
  readonly batchNo?: string;
  readonly takings: DayTakings;
  /** The fee printed on the slip, when it prints one; otherwise it is estimated from the account's rate. */
  readonly expectedFee?: Fen;
  readonly actor: string;
}

export interface CorrectTakingsInput {
  readonly id: string;
  readonly batchNo?: string;
  readonly takings: DayTakings;
  readonly expectedFee?: Fen;
  readonly reason: string;
  readonly actor: string;
}

export interface MarkReceivedInput {
  readonly id: string;
  /** What reached the account (may be 0 when the bank credited nothing and said so). */
  readonly amount: Fen;
  readonly date: IsoDate;
  readonly note?: string;
  readonly actor: string;
}

export interface SettlementMonthQuery {
  readonly month: string;
  readonly accountId?: string;
}

export type { DayTakings, SettlementAccount, SettlementCycle, SettlementDay, SettlementSource };
