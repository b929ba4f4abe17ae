/**
 * Refund numbers `TK-YYYYMM-NNNN`: the month the refund was recorded (local time) and a sequence within it.
 * The number is what the shop writes on the receipt and quotes on the phone, so it must never be reused:
 * the next one is 1 + the highest of the month, not 1 + the count (a gap never gets filled twice).
 */
import { localMonthCompact } from './local-time';

const DASH = 0x2d;
const ZERO = 0x30;
const NINE = 0x39;

export interface RefundNumberParts {
  /** `YYYYMM` */
  readonly month: string;
  readonly seq: number;
}

/** Four digits, more once a month passes 9,999 refunds; sorting stays right within a width. */
export function formatRefundNumber(month: string, seq: number): string {
  return `TK-${month}-${seq.toString().padStart(4, '0')}`;
}

export function parseRefundNumber(value: string): RefundNumberParts | undefined {
  // `TK-` six digits `-` four or more digits, checked by hand: this runs for every refund's sort key at start-up, where the regex was ~3 µs each.
  if (value.length < 14 || !value.startsWith('TK-') || value.charCodeAt(9) !== DASH) return undefined;
  for (let i = 3; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (i !== 9 && (code < ZERO || code > NINE)) return undefined;
  }
  const seq = Number(value.slice(10));
  if (!Number.isSafeInteger(seq) || seq < 1) return undefined;
  return { month: value.slice(3, 9), seq };
}

/** Keeps the highest sequence per month so the next number costs O(1) at any ledger size. */
export class RefundNumberCounter {
  private readonly highest = new Map<string, number>();

  /** Records an existing number; unparseable numbers (hand-edited data) are ignored rather than guessed. */
  observe(value: string): void {
    const parts = parseRefundNumber(value);
    if (parts === undefined) return;
    if (parts.seq > (this.highest.get(parts.month) ?? 0)) this.highest.set(parts.month, parts.seq);
  }

  /** The number a refund recorded at `at` would get. Does not reserve it: observe it once it is saved. */
  peek(at: Date): string {
    const month = localMonthCompact(at);
    return formatRefundNumber(month, (this.highest.get(month) ?? 0) + 1);
  }
}

/** The next number for a refund recorded at `at`, given the numbers that exist. */
export function nextRefundNumber(at: Date, existing: Iterable<string>): string {
  const counter = new RefundNumberCounter();
  for (const value of existing) counter.observe(value);
  return counter.peek(at);
}
