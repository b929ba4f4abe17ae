/**
 * The records half of the self-check, pure: every refund's chain and facts hash, every settlement day
 * (chain + replay), every case (chain + replay). The stores verify on load only what the envelope checksum
 * covers; this catches a record whose content disagrees with its own history (an edit that rewrote the
 * envelope's checksum too, or a bug that saved a bad record).
 */
import { attachmentsOf } from '../attachments/attachment';
import { verifyCase } from '../cases/case-replay';
import type { Case } from '../cases/case';
import { verifyChain } from '../domain/hash-chain';
import { refundFacts } from '../domain/refund-facts';
import type { Payment, Refund } from '../domain/types';
import type { Hasher } from '../ports';
import { verifySettlementDay } from '../settlements/settlement-integrity';
import type { SettlementDay } from '../settlements/settlement';
import type { IntegrityProblem } from './integrity-report';

export interface IntegritySnapshot {
  readonly refunds: readonly { readonly refund: Refund; readonly payment: Payment | undefined }[];
  readonly settlementDays: readonly SettlementDay[];
  readonly cases: readonly Case[];
}

export interface RecordsCheck {
  readonly refunds: number;
  readonly settlementDays: number;
  readonly cases: number;
  readonly problems: readonly IntegrityProblem[];
}

function refundProblem(refund: Refund, payment: Payment | undefined, hasher: Hasher): IntegrityProblem | undefined {
  const base = { kind: 'refund' as const, id: refund.id, number: refund.number };
  if (!verifyChain(refund.events, hasher)) return { ...base, what: 'chain_broken' };
  if (payment === undefined) return { ...base, what: 'payment_missing' };
  // The `created` event holds a hash of the money and identifiers: an amount edited on disk shows up here.
  const created = refund.events[0];
  if (created?.kind !== 'created' || created.facts !== refundFacts(refund, payment, hasher)) return { ...base, what: 'facts_changed' };
  return undefined;
}

export function checkRecords(snapshot: IntegritySnapshot, hasher: Hasher): RecordsCheck {
  const problems: IntegrityProblem[] = [];
  for (const { refund, payment } of snapshot.refunds) {
    const problem = refundProblem(refund, payment, hasher);
    if (problem !== undefined) problems.push(problem);
  }
  for (const day of snapshot.settlementDays) {
    if (!verifySettlementDay(day, hasher)) {
      problems.push({ kind: 'settlement_day', id: day.id, number: `${day.accountId} ${day.businessDate}`, what: 'replay_mismatch' });
    }
  }
  for (const kase of snapshot.cases) {
    if (!verifyCase(kase, hasher)) problems.push({ kind: 'case', id: kase.id, number: kase.number, what: 'replay_mismatch' });
  }
  return { refunds: snapshot.refunds.length, settlementDays: snapshot.settlementDays.length, cases: snapshot.cases.length, problems };
}

/**
 * Every attachment the records refer to, with the number of the first record that holds it, so a damaged file
 * is reported as "the photo on TK-…" rather than as a hash nobody can look up.
 */
export function attachmentOwners(snapshot: IntegritySnapshot): Map<string, string> {
  const owners = new Map<string, string>();
  for (const { refund } of snapshot.refunds) {
    for (const file of attachmentsOf(refund.events)) if (!owners.has(file.sha256)) owners.set(file.sha256, refund.number);
  }
  for (const kase of snapshot.cases) {
    for (const event of kase.events) {
      const sha = event.attachment?.sha256;
      if (sha !== undefined && !owners.has(sha)) owners.set(sha, kase.number);
    }
  }
  return owners;
}
