/**
 * The case lifecycle: one table, like domain/lifecycle.ts, so the UI offers exactly its entries.
 *
 *   open ──► waiting_reply ──► escalated
 *     ▲  └──────────┬──────────────┘   (any of the three moves to any other: a reply comes, a body is asked)
 *     │             ▼
 *     └── resolved | lost   (final for reminders; reopening goes back to `open` and needs a note saying why)
 *
 * Resolved and lost are not dead ends: a bank re-opens a 拒付 (二次退单, DOMAIN §3.6) or the money turns out
 * not to have arrived after all. Reopening keeps the same case number and history instead of a second case.
 */
import type { CaseStatus } from './case';

export const CASE_TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = Object.freeze({
  open: Object.freeze(['waiting_reply', 'escalated', 'resolved', 'lost'] as const),
  waiting_reply: Object.freeze(['open', 'escalated', 'resolved', 'lost'] as const),
  escalated: Object.freeze(['open', 'waiting_reply', 'resolved', 'lost'] as const),
  resolved: Object.freeze(['open'] as const),
  lost: Object.freeze(['open'] as const),
});

export function canChangeCaseStatus(from: CaseStatus, to: CaseStatus): boolean {
  return CASE_TRANSITIONS[from].includes(to);
}

/** Closing and reopening are the moments someone later asks "why?": a note is required for them. */
export function caseStatusNeedsNote(from: CaseStatus, to: CaseStatus): boolean {
  return to === 'resolved' || to === 'lost' || from === 'resolved' || from === 'lost';
}
