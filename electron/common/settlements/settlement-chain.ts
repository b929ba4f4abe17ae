/**
 * A settlement day's events form a hash chain like a refund's (domain/hash-chain.ts, RELIABILITY §5):
 * hash = SHA-256(canonicalJson(event without hash) + prevHash), ordered by seq, never by clock.
 */
import { canonicalJson } from '../domain/canonical-json';
import { GENESIS_HASH } from '../domain/hash-chain';
import type { Hasher } from '../ports';
import type { SettlementEvent } from './settlement';

export type SettlementEventDraft = Omit<SettlementEvent, 'seq' | 'prevHash' | 'hash'>;

type Unhashed = Omit<SettlementEvent, 'hash'>;

/** Field by field, so an extra property cannot change or escape the hash; a new field must be listed here. */
function hashedPart(event: Unhashed): { readonly [K in keyof Required<Unhashed>]: Unhashed[K] } {
  const { seq, at, actor, kind, takings, expectedFee, batchNo, terms, received, note, reminder, prevHash } = event;
  return { seq, at, actor, kind, takings, expectedFee, batchNo, terms, received, note, reminder, prevHash };
}

function hashOf(event: Unhashed, hasher: Hasher): string {
  return hasher.sha256Hex(canonicalJson(hashedPart(event)) + event.prevHash);
}

export function appendSettlementEvent(events: readonly SettlementEvent[], draft: SettlementEventDraft, hasher: Hasher): SettlementEvent[] {
  const defined = Object.fromEntries(Object.entries(draft).filter(([, value]) => value !== undefined)) as SettlementEventDraft;
  const unhashed: Unhashed = { ...defined, seq: events.length + 1, prevHash: events.at(-1)?.hash ?? GENESIS_HASH };
  return [...events, { ...unhashed, hash: hashOf(unhashed, hasher) }];
}

export function verifySettlementChain(events: readonly SettlementEvent[], hasher: Hasher): boolean {
  let prev = GENESIS_HASH;
  for (const [index, event] of events.entries()) {
    if (event.seq !== index + 1 || event.prevHash !== prev || event.hash !== hashOf(event, hasher)) return false;
    prev = event.hash;
  }
  return true;
}
