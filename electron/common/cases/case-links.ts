/**
 * Which records a case may link, per kind, and the records themselves as the checklist reads them. A case is
 * about something in the ledger or the settlements: a link to nothing, or to the wrong kind of record, would
 * make a packet that proves nothing, so it is refused at opening.
 */
import { DomainError } from '../domain/errors';
import type { Payment, Refund } from '../domain/types';
import type { SettlementDay } from '../settlements/settlement';
import { CASE_LIMITS } from './case';
import type { CaseKind, CaseLink, CaseLinkType } from './case';

/** Finds linked records; the service backs it with the ledger and the settlement store. */
export interface CaseLinkLookup {
  refund(id: string): { readonly refund: Refund; readonly payment: Payment } | undefined;
  payment(id: string): Payment | undefined;
  settlement(id: string): SettlementDay | undefined;
}

/** The records a case links, resolved (records that vanished from hand-edited data are left out). */
export interface LinkedRecords {
  readonly refunds: readonly { readonly refund: Refund; readonly payment: Payment }[];
  readonly payments: readonly Payment[];
  readonly settlements: readonly SettlementDay[];
}

export interface LinkRule {
  readonly allowed: readonly CaseLinkType[];
  /** At least one link of one of these types. */
  readonly needsOneOf: readonly CaseLinkType[];
}

/**
 * S1/S2/S3 are about a refund the shop recorded (a failed void is a refund record of type void, or the sale it
 * was meant to undo); S4 about a settlement day or the payments that never arrived; 调单/拒付 name a sale;
 * a complaint is about a sale or its refund. Duplicate charges are checked apart (duplicateChargeProblem).
 */
export const LINK_RULES: Readonly<Record<CaseKind, LinkRule>> = Object.freeze({
  not_arrived: { allowed: ['refund', 'payment'], needsOneOf: ['refund'] },
  wrong_person: { allowed: ['refund', 'payment'], needsOneOf: ['refund'] },
  void_failed: { allowed: ['refund', 'payment'], needsOneOf: ['refund', 'payment'] },
  missing_settlement: { allowed: ['settlement', 'payment'], needsOneOf: ['settlement', 'payment'] },
  duplicate_charge: { allowed: ['payment', 'refund'], needsOneOf: ['payment'] },
  retrieval: { allowed: ['payment', 'refund'], needsOneOf: ['payment', 'refund'] },
  chargeback: { allowed: ['payment', 'refund'], needsOneOf: ['payment', 'refund'] },
  complaint: { allowed: ['refund', 'payment'], needsOneOf: ['refund', 'payment'] },
});

function exists(link: CaseLink, lookup: CaseLinkLookup): boolean {
  switch (link.type) {
    case 'refund':
      return lookup.refund(link.id) !== undefined;
    case 'payment':
      return lookup.payment(link.id) !== undefined;
    case 'settlement':
      return lookup.settlement(link.id) !== undefined;
  }
}

/**
 * Refuses links that repeat, are not allowed for the kind, point at nothing, or leave out the record the kind
 * is about. A duplicate charge with fewer than two payments needs `demand` to say why (the second charge is
 * often only on the customer's bank statement, not in the shop's ledger).
 */
export function checkCaseLinks(kind: CaseKind, links: readonly CaseLink[], lookup: CaseLinkLookup, demand: string | undefined): void {
  const rule = LINK_RULES[kind];
  if (links.length > CASE_LIMITS.links) {
    throw new DomainError('too_long', 'Too many linked records.', { field: 'links', params: { max: CASE_LIMITS.links } });
  }
  const seen = new Set<string>();
  for (const [index, link] of links.entries()) {
    const key = `${link.type}:${link.id}`;
    if (seen.has(key)) throw new DomainError('invalid_argument', 'The same record is linked twice.', { field: `links.${index}` });
    seen.add(key);
    if (!rule.allowed.includes(link.type)) {
      throw new DomainError('invalid_argument', `A ${kind} case cannot link a ${link.type}.`, {
        field: `links.${index}`,
        params: { kind, type: link.type, allowed: rule.allowed.join(',') },
      });
    }
    if (!exists(link, lookup)) throw new DomainError('not_found', `No such ${link.type}.`, { field: `links.${index}`, params: { id: link.id } });
  }
  if (!links.some((link) => rule.needsOneOf.includes(link.type))) {
    throw new DomainError('required', `Link the ${rule.needsOneOf.join(' or ')} this case is about.`, {
      field: 'links',
      params: { kind, needs: rule.needsOneOf.join(',') },
    });
  }
  if (kind === 'duplicate_charge' && links.filter((link) => link.type === 'payment').length < 2 && demand === undefined) {
    throw new DomainError('required', 'Link both charges, or say in the request why only one is in the ledger.', {
      field: 'links',
      params: { kind, needs: 'payment,payment' },
    });
  }
}

/** Resolves a case's links; a link whose record is gone is skipped, so an old case still opens. */
export function resolveLinks(links: readonly CaseLink[], lookup: CaseLinkLookup): LinkedRecords {
  const refunds: { refund: Refund; payment: Payment }[] = [];
  const payments: Payment[] = [];
  const settlements: SettlementDay[] = [];
  for (const link of links) {
    if (link.type === 'refund') {
      const found = lookup.refund(link.id);
      if (found !== undefined) refunds.push(found);
    } else if (link.type === 'payment') {
      const found = lookup.payment(link.id);
      if (found !== undefined) payments.push(found);
    } else {
      const found = lookup.settlement(link.id);
      if (found !== undefined) settlements.push(found);
    }
  }
  return { refunds, payments, settlements };
}

/** Every distinct payment the case touches: linked directly or through a linked refund. */
export function paymentsOf(linked: LinkedRecords): readonly Payment[] {
  const byId = new Map<string, Payment>();
  for (const payment of linked.payments) byId.set(payment.id, payment);
  for (const { payment } of linked.refunds) if (!byId.has(payment.id)) byId.set(payment.id, payment);
  return [...byId.values()];
}
