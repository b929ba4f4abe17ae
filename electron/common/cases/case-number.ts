/**
 * Case numbers `AJ-YYYYMM-NNNN` (案件): the month the case was opened (local time) and a sequence within it.
 * Quoted on the phone and printed on the packet, so never reused: the next one is 1 + the highest of the month,
 * not 1 + the count (a gap left by hand-edited data is never filled twice). Same rule as domain/refund-number.ts.
 */
import { localMonthCompact } from '../domain/local-time';

const NUMBER_PATTERN = /^AJ-(\d{6})-(\d{4,})$/u;

export function formatCaseNumber(month: string, seq: number): string {
  return `AJ-${month}-${seq.toString().padStart(4, '0')}`;
}

export function parseCaseNumber(value: string): { readonly month: string; readonly seq: number } | undefined {
  const match = NUMBER_PATTERN.exec(value);
  if (match === null) return undefined;
  const seq = Number(match[2]);
  if (!Number.isSafeInteger(seq) || seq < 1) return undefined;
  return { month: match[1] ?? '', seq };
}

/** The number a case opened at `at` gets, given every number that exists (unparseable ones are ignored). */
export function nextCaseNumber(at: Date, existing: Iterable<string>): string {
  const month = localMonthCompact(at);
  let highest = 0;
  for (const value of existing) {
    const parts = parseCaseNumber(value);
    if (parts !== undefined && parts.month === month && parts.seq > highest) highest = parts.seq;
  }
  return formatCaseNumber(month, highest + 1);
}
