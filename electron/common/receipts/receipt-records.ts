/**
 * Each receipt that left the app (printed or saved as PDF) is a hash-chained `receipt_issued` event on the refund:
 * the copy number, the paper, the language, how it left and the chain head printed on it. Copy numbers are counted
 * from these events, so a reprint says 重印 REPRINT with the right number even years later. Pure.
 */
import { DomainError } from '../domain/errors';
import { appendEvent } from '../domain/hash-chain';
import type { ReceiptIssue, Refund } from '../domain/types';
import type { Hasher } from '../ports';

/** How many receipts of this refund have been recorded. */
export function issuedCount(refund: Refund): number {
  return refund.events.filter((event) => event.kind === 'receipt_issued').length;
}

/** The copy number the next receipt carries: 1 for the first, 2 and up for reprints. */
export function nextCopy(refund: Refund): number {
  return issuedCount(refund) + 1;
}

/** Who approved (or, in a one-owner shop, overrode): the last such event's operator. */
export function approverOf(refund: Refund): string | undefined {
  return refund.events.findLast((event) => event.kind === 'approved' || event.kind === 'override')?.actor;
}

/**
 * Appends the event. The copy must be the next one: copy numbers on paper are never repeated or skipped, so a
 * mismatch (two receipts raced) is refused rather than recorded out of order.
 */
export function withReceiptIssued(refund: Refund, issue: ReceiptIssue, actor: string, now: Date, hasher: Hasher): Refund {
  const expected = nextCopy(refund);
  if (issue.copy !== expected) {
    throw new DomainError('internal', `Receipt copy ${String(issue.copy)} recorded where copy ${String(expected)} was next.`, {
      params: { copy: issue.copy, expected },
    });
  }
  const at = now.toISOString();
  return { ...refund, updatedAt: at, events: appendEvent(refund.events, { at, actor, kind: 'receipt_issued', receipt: issue }, hasher) };
}
