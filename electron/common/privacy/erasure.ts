/**
 * Erasing personal data without breaking the evidence. The refund's name and phone are removed from the record
 * (they were never in the hash chain, refund-facts.ts), and so is the text of every event that was a
 * conversation with the customer or mentions their name or phone (personal-text.ts): those events keep their
 * hash and are declared in the `personal_data_erased` event's `erasedSeqs` (domain/erased-events.ts). That
 * event says when and why, so the history still verifies and shows that something was taken out on purpose.
 * An evidence file is marked by
 * an `attachment_erased` event naming its hash: the `attachment_added` event stays (the chain needs it), the
 * bytes go, and reading it answers `attachment_erased` instead of `attachment_missing`.
 */
import { DomainError } from '../domain/errors';
import { appendEvent } from '../domain/hash-chain';
import type { Refund } from '../domain/types';
import type { Hasher } from '../ports';
import type { PersonalNeedles } from './personal-text';
import { mentions, needlesOf, withoutPersonalText } from './personal-text';

export const ERASURE_REASONS = ['retention', 'customer_request'] as const;
export type ErasureReason = (typeof ERASURE_REASONS)[number];

/**
 * `needles` default to the refund's own name and phone; "delete this customer's data" passes every name and
 * phone the customer used, so a note on one refund naming the phone from another is found too.
 */
export function withPersonalDataErased(
  refund: Refund,
  reason: ErasureReason,
  actor: string,
  now: Date,
  hasher: Hasher,
  needles: PersonalNeedles = needlesOf([refund]),
): Refund {
  const { customerName: _name, customerPhone: _phone, note, failureReason, reroutedTo, ...rest } = refund;
  const erasedSeqs: number[] = [];
  const kept = refund.events.map((event) => {
    const stripped = withoutPersonalText(event, needles);
    if (stripped === undefined) return event;
    erasedSeqs.push(event.seq);
    return stripped;
  });
  const at = now.toISOString();
  const draft = { at, actor, kind: 'personal_data_erased' as const, note: reason, ...(erasedSeqs.length === 0 ? {} : { erasedSeqs }) };
  // The refund's own copies of event text (its note, why it failed, where it was re-routed) go with the events.
  const unlessPersonal = (text: string | undefined) => (text === undefined || mentions(text, needles) ? undefined : text);
  const keptNote = unlessPersonal(note);
  const keptFailure = unlessPersonal(failureReason);
  const keptReroute = unlessPersonal(reroutedTo);
  return {
    ...rest,
    ...(keptNote === undefined ? {} : { note: keptNote }),
    ...(keptFailure === undefined ? {} : { failureReason: keptFailure }),
    ...(keptReroute === undefined ? {} : { reroutedTo: keptReroute }),
    updatedAt: at,
    events: appendEvent(kept, draft, hasher),
  };
}

export function erasedAttachmentHashes(refund: Refund): ReadonlySet<string> {
  const out = new Set<string>();
  for (const event of refund.events) {
    if (event.kind === 'attachment_erased' && event.attachment !== undefined) out.add(event.attachment.sha256);
  }
  return out;
}

/** Appends `attachment_erased` for the file; a file already erased (or never on this refund) changes nothing. */
export function withAttachmentErased(refund: Refund, sha256: string, actor: string, now: Date, hasher: Hasher): Refund {
  if (erasedAttachmentHashes(refund).has(sha256)) return refund;
  const added = refund.events.find((event) => event.kind === 'attachment_added' && event.attachment?.sha256 === sha256);
  if (added?.attachment === undefined) return refund;
  const at = now.toISOString();
  // The same ref as the added event (already in the chain), so nothing new about the file is written down.
  const event = { at, actor, kind: 'attachment_erased' as const, attachment: added.attachment, note: 'customer_request' };
  return { ...refund, updatedAt: at, events: appendEvent(refund.events, event, hasher) };
}

/** Thrown before any read of an erased file: the UI says "已按顾客要求删除", not "file missing". */
export function refuseErasedAttachment(refund: Refund, sha256: string): void {
  if (erasedAttachmentHashes(refund).has(sha256)) {
    throw new DomainError('attachment_erased', `The file ${sha256} was deleted at the customer's request.`, {
      params: { id: sha256 },
    });
  }
}
