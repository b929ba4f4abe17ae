/**
 * What the background self-check (数据自检) found, as the handlers and the Settings block see it. Pure types.
 * A problem names the record the owner can look up (the refund's or case's number, the settlement day) and a
 * `what` code the renderer turns into a sentence with the way out (restore from a backup).
 */
export const INTEGRITY_PROBLEM_KINDS = ['refund', 'settlement_day', 'case', 'attachment'] as const;
export type IntegrityProblemKind = (typeof INTEGRITY_PROBLEM_KINDS)[number];

export type IntegrityWhat =
  | 'chain_broken'
  | 'facts_changed'
  | 'payment_missing'
  | 'replay_mismatch'
  | 'attachment_missing'
  | 'attachment_corrupt'
  | 'attachment_unreadable';

export interface IntegrityProblem {
  readonly kind: IntegrityProblemKind;
  /** The record's id (an attachment: its SHA-256). */
  readonly id: string;
  /** What the owner reads on screen and paper: TK-…, AJ-…, `account businessDate`; for a file, its owner's number. */
  readonly number?: string;
  readonly what: IntegrityWhat;
}

export interface IntegrityCounts {
  readonly refunds: number;
  readonly settlementDays: number;
  readonly cases: number;
  readonly attachments: number;
}

export interface IntegrityReport extends IntegrityCounts {
  /** ISO time the check finished. */
  readonly checkedAt: string;
  readonly problems: readonly IntegrityProblem[];
}

export interface IntegrityStatus {
  readonly running: boolean;
  readonly last?: IntegrityReport;
  /** A check that could not finish (a disk error): said, never hidden. */
  readonly lastError?: string;
}
