/**
 * Taking personal text out of a hash-chained history without breaking the chain (PIPL erasure, RELIABILITY §6).
 *
 * A hash covers an event's content, so removing a customer's words from a logged call makes that event's hash
 * impossible to recompute. Instead of re-chaining (which would make any edit look legitimate), an event whose
 * text is removed keeps its original `hash` and is marked `erased`; a later erasure event, itself hashed,
 * lists those seqs in `erasedSeqs`. A verifier then:
 * - recomputes every hash it can, as before;
 * - for an erased event, checks only the links (its seq, its prevHash, and the next event's prevHash = its
 *   hash), and only if a LATER erasure event declares it; an event marked erased that nothing declares fails.
 * So an edit on disk is still caught everywhere except in text that was deliberately removed, and the removal
 * itself is part of the verified history (who, when, why, which events). Used by both chains (refunds, cases).
 */

export interface ErasableEvent {
  readonly seq: number;
  /** Set on an event whose personal text was removed after it was hashed (never part of a hash). */
  readonly erased?: true;
  /** On an erasure event: the seqs whose text it removed (hashed like any other field). */
  readonly erasedSeqs?: readonly number[];
}

/** Each seq declared erased, with the seq of the first erasure event that declares it. */
export function erasureDeclarations(events: readonly ErasableEvent[]): ReadonlyMap<number, number> {
  const declared = new Map<number, number>();
  for (const event of events) {
    for (const seq of event.erasedSeqs ?? []) if (!declared.has(seq)) declared.set(seq, event.seq);
  }
  return declared;
}

/** An erased event may skip the hash recomputation only when a later erasure event says its text was removed. */
export function isDeclaredErased(event: ErasableEvent, declared: ReadonlyMap<number, number>): boolean {
  const by = declared.get(event.seq);
  return event.erased === true && by !== undefined && by > event.seq;
}
