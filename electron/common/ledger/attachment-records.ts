/**
 * The evidence-file use case (RELIABILITY §1.8, §4 "Files"). The file is checked, then stored durably under its
 * hash, and only then does the ledger append the `attachment_added` event that refers to it — so a saved
 * record never points at a file that is not on disk. A file stored but never referenced (the record's save
 * failed) is harmless: nothing points at it, and storing the same bytes again reuses it.
 */
import { attachmentsOf } from '../attachments/attachment';
import type { AttachmentRef } from '../attachments/attachment';
import { sanitiseDisplayName } from '../attachments/display-name';
import type { AttachmentStore } from '../attachments/ports';
import { checkAttachmentBytes } from '../attachments/sniff';
import { DomainError } from '../domain/errors';
import { appendEvent } from '../domain/hash-chain';
import { refuseFullCardNumbers, requiredText } from '../domain/text-rules';
import type { Refund } from '../domain/types';
import type { AddAttachmentInput, AttachmentContent } from '../ipc/contract-attachments';
import type { Hasher } from '../ports';
import { refuseErasedAttachment } from '../privacy/erasure';

export interface StoredEvidence {
  readonly actor: string;
  readonly ref: AttachmentRef;
}

/** Checks the actor and the bytes, then stores them. Runs before the ledger queue: a 20 MB write holds up no other save. */
export async function storeEvidence(input: AddAttachmentInput, store: AttachmentStore): Promise<StoredEvidence> {
  refuseFullCardNumbers({ actor: input.actor });
  const actor = requiredText(input.actor, 'actor', 'Choose who is adding the file.');
  const mediaType = checkAttachmentBytes(input.bytes);
  const stored = await store.put(input.bytes);
  return { actor, ref: { sha256: stored.sha256, mediaType, size: stored.size, name: sanitiseDisplayName(input.name, mediaType) } };
}

/**
 * Appends the `attachment_added` event. The same content already on this refund returns the refund
 * unchanged: a file dropped twice is one piece of evidence, not two entries in the history.
 */
export function withEvidence(refund: Refund, evidence: StoredEvidence, now: Date, hasher: Hasher): Refund {
  if (attachmentsOf(refund.events).some((known) => known.sha256 === evidence.ref.sha256)) return refund;
  const at = now.toISOString();
  const events = appendEvent(refund.events, { at, actor: evidence.actor, kind: 'attachment_added', attachment: evidence.ref }, hasher);
  return { ...refund, updatedAt: at, events };
}

/** Only a file this refund's history refers to can be read through it; the store then verifies the bytes. */
export async function readEvidence(refund: Refund, sha256: string, store: AttachmentStore): Promise<AttachmentContent> {
  refuseErasedAttachment(refund, sha256); // deleted at the customer's request: say so, not 'missing'
  const known = attachmentsOf(refund.events).find((attachment) => attachment.sha256 === sha256);
  if (known === undefined) {
    throw new DomainError('not_found', `Refund ${refund.number} has no file ${sha256}.`, { field: 'sha256', params: { id: sha256 } });
  }
  return { mediaType: known.mediaType, bytes: await store.read(sha256) };
}
