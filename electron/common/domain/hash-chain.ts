/**
 * Each refund's events form a hash chain (RELIABILITY §5): hash = SHA-256(canonicalJson(event without hash)
 * + prevHash). The chain proves internal consistency; the short chain-head printed on receipts anchors it.
 * Order is the `seq` number, never the clock: a PC clock set backwards must not reorder history.
 */
import type { Hasher } from '../ports';
import { canonicalJson } from './canonical-json';
import { erasureDeclarations, isDeclaredErased } from './erased-events';
import type { RefundEvent } from './types';

export const GENESIS_HASH = '0'.repeat(64);

/** What a caller supplies; seq and the two hashes are derived here so they cannot be supplied wrongly. */
export type RefundEventDraft = Omit<RefundEvent, 'seq' | 'prevHash' | 'hash'>;

type UnhashedEvent = Omit<RefundEvent, 'hash'>;

// `erased` is set after the event was hashed, when its personal text is removed (erased-events.ts).
type HashedKey = Exclude<keyof RefundEvent, 'hash' | 'erased'>;

/**
 * The part of an event the hash covers, copied field by field so an extra property on the object cannot
 * change or escape the hash. The mapped type makes every key required here: a field added to RefundEvent
 * and not listed below is a compile error, not a silently unhashed value.
 */
function hashedPart(event: UnhashedEvent): { readonly [K in HashedKey]: UnhashedEvent[K] } {
  const { seq, at, actor, kind, from, to, note, facts, contact, misdirect, attachment, reminder, receipt, erasedSeqs, prevHash } = event;
  return { seq, at, actor, kind, from, to, note, facts, contact, misdirect, attachment, reminder, receipt, erasedSeqs, prevHash };
}

export function hashEvent(event: UnhashedEvent, hasher: Hasher): string {
  // canonicalJson leaves undefined fields out, so an event without `from` hashes as if it never had one.
  return hasher.sha256Hex(canonicalJson(hashedPart(event)) + event.prevHash);
}

/** The chain head: the last event's hash, or the genesis value for an empty chain. */
export function chainHead(events: readonly RefundEvent[]): string {
  return events.at(-1)?.hash ?? GENESIS_HASH;
}

/** Returns a new array with the draft appended as the next event; the input is not changed. */
export function appendEvent(events: readonly RefundEvent[], draft: RefundEventDraft, hasher: Hasher): RefundEvent[] {
  const unhashed: UnhashedEvent = {
    seq: events.length + 1,
    at: draft.at,
    actor: draft.actor,
    kind: draft.kind,
    ...(draft.from === undefined ? {} : { from: draft.from }),
    ...(draft.to === undefined ? {} : { to: draft.to }),
    ...(draft.note === undefined ? {} : { note: draft.note }),
    ...(draft.facts === undefined ? {} : { facts: draft.facts }),
    ...(draft.contact === undefined ? {} : { contact: draft.contact }),
    ...(draft.misdirect === undefined ? {} : { misdirect: draft.misdirect }),
    ...(draft.attachment === undefined ? {} : { attachment: draft.attachment }),
    ...(draft.reminder === undefined ? {} : { reminder: draft.reminder }),
    ...(draft.receipt === undefined ? {} : { receipt: draft.receipt }),
    ...(draft.erasedSeqs === undefined ? {} : { erasedSeqs: draft.erasedSeqs }),
    prevHash: chainHead(events),
  };
  return [...events, { ...unhashed, hash: hashEvent(unhashed, hasher) }];
}

/**
 * True when seq runs 1..n, every prevHash is the previous hash, and every hash matches its event — except the
 * text of events a later erasure event declares erased, whose links are still checked (erased-events.ts).
 */
export function verifyChain(events: readonly RefundEvent[], hasher: Hasher): boolean {
  const declared = erasureDeclarations(events);
  let prev = GENESIS_HASH;
  for (const [index, event] of events.entries()) {
    if (event.seq !== index + 1) return false;
    if (event.prevHash !== prev) return false;
    const textRemoved = isDeclaredErased(event, declared);
    if (event.erased === true && !textRemoved) return false;
    if (!textRemoved && event.hash !== hashEvent(event, hasher)) return false;
    prev = event.hash;
  }
  return true;
}
