/**
 * Erasing personal data without breaking the evidence. The refund's name and phone are removed from the record
 * (they were never in the hash chain, refund-facts.ts) and a `personal_data_erased` event says when and why, so
 * the history still verifies and shows that something was taken out on purpose. An evidence file is marked by
 * an `attachment_erased` event naming its hash: the `attachment_added` event stays (the chain needs it), the
 * bytes go, and reading it answers `attachment_erased` instead of `attachment_missing`.
 */
import { DomainError } from '../domain/errors';
import { appendEvent } from '../domain/hash-chain';
import type { Refund } from '../domain/types';
import type { Hasher } from '../ports';

export const ERASURE_REASONS = ['retention', 'customer_request'] as const;
export type ErasureReason = (typeof ERASURE_REASONS)[number];

export function withPersonalDataErased(refund: Refund, reason: ErasureReason, actor: string, now: Date, hasher: Hasher): Refund {
  const { customerName: _name, customerPhone: _phone, ...rest } = refund;
  const at = now.toISOString();
  const events = appendEvent(refund.events, { at, actor, kind: 'personal_data_erased', note: reason }, hasher);
  return { ...rest, updatedAt: at, events };
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
