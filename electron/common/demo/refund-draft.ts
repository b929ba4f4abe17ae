/** A demo refund before it gets its number, id and history (those depend on the order of all refunds). */
import type { Channel, Deduction, RefundType } from '../domain/types';

export interface RefundDraft {
  readonly paymentIndex: number;
  /** Position among the payment's refunds, the tie-breaker for equal times. */
  readonly order: number;
  readonly channel: Channel;
  /** Epoch milliseconds. */
  readonly createdAt: number;
  readonly type: RefundType;
  /** Fen. */
  readonly amount: number;
  readonly deductions: readonly Deduction[];
  readonly customerName: string | undefined;
  readonly customerPhone: string | undefined;
  readonly operator: string;
  readonly note: string | undefined;
}
