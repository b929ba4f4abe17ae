/**
 * A case's events form a hash chain like a refund's (domain/hash-chain.ts, RELIABILITY §5):
 * hash = SHA-256(canonicalJson(event without hash) + prevHash), ordered by seq, never by clock.
 * The packet's `events.jsonl` is these events verbatim, so a bank can recompute every hash.
 */
import { canonicalJson } from '../domain/canonical-json';
import { erasureDeclarations, isDeclaredErased } from '../domain/erased-events';
import { GENESIS_HASH } from '../domain/hash-chain';
import type { Hasher } from '../ports';
import type { CaseEvent } from './case';

export type CaseEventDraft = Omit<CaseEvent, 'seq' | 'prevHash' | 'hash'>;

type Unhashed = Omit<CaseEvent, 'hash'>;
// `erased` is set after the event was hashed, when its personal text is removed (domain/erased-events.ts).
type Hashed = Omit<Unhashed, 'erased'>;

/** Field by field, so an extra property cannot change or escape the hash; a new field is a compile error until listed. */
function hashedPart(event: Unhashed): { readonly [K in keyof Required<Hashed>]: Hashed[K] } {
  const { seq, at, actor, kind, from, to, note, opened, contact, attachment, evidence, deadline, ticketNo, coverLetter, packet, reminder, erasedSeqs, prevHash } = event;
  return { seq, at, actor, kind, from, to, note, opened, contact, attachment, evidence, deadline, ticketNo, coverLetter, packet, reminder, erasedSeqs, prevHash };
}

export function hashCaseEvent(event: Unhashed, hasher: Hasher): string {
  return hasher.sha256Hex(canonicalJson(hashedPart(event)) + event.prevHash);
}

export function caseChainHead(events: readonly CaseEvent[]): string {
  return events.at(-1)?.hash ?? GENESIS_HASH;
}

export function appendCaseEvent(events: readonly CaseEvent[], draft: CaseEventDraft, hasher: Hasher): CaseEvent[] {
  // Undefined fields are dropped so the stored event and the hashed one are the same JSON.
  const defined = Object.fromEntries(Object.entries(draft).filter(([, value]) => value !== undefined)) as CaseEventDraft;
  const unhashed: Unhashed = { ...defined, seq: events.length + 1, prevHash: caseChainHead(events) };
  return [...events, { ...unhashed, hash: hashCaseEvent(unhashed, hasher) }];
}

/**
 * seq runs 1..n, each prevHash is the previous hash, each hash matches its event (a removed event breaks it) —
 * except the text of events a later erasure event declares erased, whose links are still checked.
 */
export function verifyCaseChain(events: readonly CaseEvent[], hasher: Hasher): boolean {
  const declared = erasureDeclarations(events);
  let prev = GENESIS_HASH;
  for (const [index, event] of events.entries()) {
    if (event.seq !== index + 1 || event.prevHash !== prev) return false;
    const textRemoved = isDeclaredErased(event, declared);
    if (event.erased === true && !textRemoved) return false;
    if (!textRemoved && event.hash !== hashCaseEvent(event, hasher)) return false;
    prev = event.hash;
  }
  return true;
}
