/**
 * Settlements (结算): the money the acquirer or platform owes the shop for a day's takings, and whether it came.
 * DOMAIN §3.5: a cycle per account (T+1 is the usual default for card POS, WeChat merchants T+1…T+7, D+0 for
 * "秒到"), so each day needs an expected date and net amount, an actual date and amount, and a reminder when
 * late or short. Amounts are integer fen; dates `YYYY-MM-DD`.
 */
import type { IsoDate } from '../calendar/iso-date';
import type { Fen } from '../domain/money';
import type { SettlementReminderKind } from '../reminders/reminder-kinds';

/** Where settlements come from: a POS terminal (one acquirer) or a QR platform's merchant account. */
export const SETTLEMENT_SOURCES = ['pos', 'wechat', 'alipay', 'unionpay_qr', 'other'] as const;
export type SettlementSource = (typeof SETTLEMENT_SOURCES)[number];

/**
 * `T+n`: n banks' working days after the business day (T+0: the same day if it is a working day, else the next).
 * `D+n`: n calendar days after it, weekends and holidays included (D+0: the same day).
 */
export const CYCLE_BASES = ['T', 'D'] as const;
export type CycleBasis = (typeof CYCLE_BASES)[number];

export interface SettlementCycle {
  readonly basis: CycleBasis;
  readonly days: number;
}

export interface SettlementAccount {
  readonly id: string;
  /** What the owner calls it, e.g. "收银台 POS" or "微信收款码". */
  readonly name: string;
  readonly source: SettlementSource;
  /** 收单机构 or platform, e.g. 银联商务 / 拉卡拉 / 微信支付; shown on reminders and used when calling. */
  readonly acquirer?: string;
  readonly merchantNo?: string;
  /** POS only: 终端编号. */
  readonly terminalNo?: string;
  readonly cycle: SettlementCycle;
  /** Fee rate in basis points (0.60% = 60); the owner's contract rate, no default is invented. */
  readonly feeRateBp: number;
  /** Whether the fee on a day's refunds comes back (DOMAIN §3.4: WeChat yes, Alipay no, acquirers vary). */
  readonly feeReturnedOnRefund: boolean;
  /** A received amount within this many fen of the expected net is fine (fees are rounded per sale). */
  readonly toleranceFen: Fen;
  /** An account no longer used keeps its history but takes no new days. */
  readonly archived?: boolean;
}

/** The day's totals as the POS summary slip (结算单 / 交易汇总) or the platform's daily bill prints them. */
export interface DayTakings {
  readonly salesCount: number;
  readonly salesAmount: Fen;
  readonly refundsCount: number;
  readonly refundsAmount: Fen;
}

export const SETTLEMENT_EVENT_KINDS = ['recorded', 'corrected', 'received', 'note_added', 'reminder_snoozed', 'reminder_dismissed'] as const;
export type SettlementEventKind = (typeof SETTLEMENT_EVENT_KINDS)[number];

/** What a `received` event records: the amount that reached the shop's account and the day it did. */
export interface SettlementReceipt {
  readonly amount: Fen;
  readonly date: IsoDate;
}

/** Snooze/dismiss of a settlement reminder, like ReminderMark on refunds. */
export interface SettlementReminderMark {
  readonly kind: SettlementReminderKind;
  readonly until?: string;
  readonly reason: string;
}

/** The account's terms a day was recorded under, copied onto the day and into its `recorded` event. */
export interface SettlementTerms {
  readonly cycle: SettlementCycle;
  readonly feeRateBp: number;
  readonly feeReturnedOnRefund: boolean;
  readonly toleranceFen: Fen;
}

/**
 * One entry of a settlement day's history, hash-chained like a refund's events (RELIABILITY §5). The events
 * carry every fact of the day, so the day's fields can be checked against them (settlement-integrity.ts).
 */
export interface SettlementEvent {
  readonly seq: number;
  /** ISO instant from the Clock. */
  readonly at: string;
  readonly actor: string;
  readonly kind: SettlementEventKind;
  /** `recorded` and `corrected`: the takings and the expectation as they were entered. */
  readonly takings?: DayTakings;
  readonly expectedFee?: Fen;
  /** `recorded` and `corrected`: the slip's batch no., when it has one. */
  readonly batchNo?: string;
  /** `recorded`: the account's terms at the time. */
  readonly terms?: SettlementTerms;
  readonly received?: SettlementReceipt;
  readonly note?: string;
  readonly reminder?: SettlementReminderMark;
  readonly prevHash: string;
  readonly hash: string;
}

/**
 * One account's business day. The current values are the latest event's; the account's cycle, rate and
 * tolerance are copied in when the day is recorded, so changing the account later does not rewrite history.
 */
export interface SettlementDay {
  readonly id: string;
  /** The form's submit id: a repeated submit returns this day instead of recording it twice. */
  readonly requestId: string;
  readonly accountId: string;
  readonly businessDate: IsoDate;
  /** 批次号 from the slip, when there is one. */
  readonly batchNo?: string;
  readonly takings: DayTakings;
  readonly cycle: SettlementCycle;
  readonly feeRateBp: number;
  readonly feeReturnedOnRefund: boolean;
  readonly toleranceFen: Fen;
  readonly expectedFee: Fen;
  /** salesAmount − refundsAmount − expectedFee; may be negative on a day of more refunds than sales. */
  readonly expectedNet: Fen;
  readonly received?: SettlementReceipt;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly events: readonly SettlementEvent[];
}

export const SETTLEMENT_LIMITS = {
  accounts: 50,
  name: 60,
  acquirer: 60,
  merchantNo: 20,
  terminalNo: 16,
  batchNo: 12,
  cycleDays: 30,
  /** 10%: far above any real rate. */
  feeRateBp: 1000,
  /** ¥1,000.00: a tolerance above that hides real shortfalls. */
  toleranceFen: 100_000,
  /** Sales a day: a shop busier than this is not a small shop. */
  count: 100_000,
  note: 500,
} as const;

/** ¥1.00: fees are rounded per sale, so a day of 50 sales can differ from the day's rate × total by tens of fen. */
export const DEFAULT_TOLERANCE_FEN = 100 as Fen;
