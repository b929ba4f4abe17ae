/**
 * A case's evidence files: the same content-addressed store and sniffing as a refund's (attachments/,
 * ledger/attachment-records.ts). The bytes are stored durably first, then the `attachment_added` event that
 * names them is saved, so the case never points at a file a power cut could take away. The event may say
 * which checklist item the file answers (`evidence`); an untagged file answers nothing by itself.
 */
import type { Attachment, AttachmentRef } from '../attachments/attachment';
import { sanitiseDisplayName } from '../attachments/display-name';
import type { AttachmentStore } from '../attachments/ports';
import { checkAttachmentBytes } from '../attachments/sniff';
import { DomainError } from '../domain/errors';
import { refuseFullCardNumbers, requiredText } from '../domain/text-rules';
import type { AddCaseAttachmentInput } from '../ipc/contract-cases';
import type { AttachmentContent } from '../ipc/contract-attachments';
import type { Hasher } from '../ports';
import type { Case, CaseEvent, EvidenceItem } from './case';
import { appendCaseEvent } from './case-chain';

export type CaseAttachment = Attachment & { readonly evidence?: EvidenceItem };

/** Files deleted at the customer's request (privacy/case-erasure.ts): named by `attachment_erased` events. */
export function caseErasedAttachmentHashes(kase: Pick<Case, 'events'>): ReadonlySet<string> {
  const out = new Set<string>();
  for (const event of kase.events) {
    if (event.kind === 'attachment_erased' && event.attachment !== undefined) out.add(event.attachment.sha256);
  }
  return out;
}

/**
 * One entry per file (by SHA-256), in the order first added; a file erased at the customer's request is no
 * longer the case's evidence (the checklist says it is missing, a packet leaves it out). Adding the same file again with another tag
 * re-tags it (the latest tag wins): the owner first drops a photo, then says it is the signed slip.
 */
export function caseAttachmentsOf(events: readonly CaseEvent[]): CaseAttachment[] {
  const erased = caseErasedAttachmentHashes({ events });
  const bySha = new Map<string, CaseAttachment>();
  for (const event of events) {
    if (event.kind !== 'attachment_added' || event.attachment === undefined || erased.has(event.attachment.sha256)) continue;
    const { evidence, ...ref } = event.attachment;
    const first = bySha.get(ref.sha256);
    const addedAt = first?.addedAt ?? event.at;
    const addedBy = first?.addedBy ?? event.actor;
    const tag = evidence ?? first?.evidence;
    bySha.set(ref.sha256, { ...ref, addedAt, addedBy, ...(tag === undefined ? {} : { evidence: tag }) });
  }
  return [...bySha.values()];
}

export interface StoredCaseEvidence {
  readonly actor: string;
  readonly ref: AttachmentRef;
  readonly evidence?: EvidenceItem;
}

/** Checks the actor and the bytes, then stores them; runs before the case queue, so a 20 MB write holds up no save. */
export async function storeCaseEvidence(input: AddCaseAttachmentInput, store: AttachmentStore): Promise<StoredCaseEvidence> {
  refuseFullCardNumbers({ actor: input.actor });
  const actor = requiredText(input.actor, 'actor', 'Choose who is adding the file.');
  const mediaType = checkAttachmentBytes(input.bytes);
  const stored = await store.put(input.bytes);
  const ref = { sha256: stored.sha256, mediaType, size: stored.size, name: sanitiseDisplayName(input.name, mediaType) };
  return { actor, ref, ...(input.evidence === undefined ? {} : { evidence: input.evidence }) };
}

/** Appends `attachment_added`; the same file with the same tag (or none) again changes nothing. */
export function withCaseEvidence(kase: Case, stored: StoredCaseEvidence, now: Date, hasher: Hasher): Case {
  const known = caseAttachmentsOf(kase.events).find((entry) => entry.sha256 === stored.ref.sha256);
  if (known !== undefined && (stored.evidence === undefined || stored.evidence === known.evidence)) return kase;
  const at = now.toISOString();
  const attachment = { ...stored.ref, ...(stored.evidence === undefined ? {} : { evidence: stored.evidence }) };
  return { ...kase, updatedAt: at, events: appendCaseEvent(kase.events, { at, actor: stored.actor, kind: 'attachment_added', attachment }, hasher) };
}

/** Only a file this case's history names can be read through it; the store re-hashes the bytes. */
export async function readCaseEvidence(kase: Case, sha256: string, store: AttachmentStore): Promise<AttachmentContent> {
  // The UI says "已按顾客要求删除", not "file missing".
  if (caseErasedAttachmentHashes(kase).has(sha256)) {
    throw new DomainError('attachment_erased', `The file ${sha256} was deleted at the customer's request.`, { params: { id: sha256 } });
  }
  const known = caseAttachmentsOf(kase.events).find((entry) => entry.sha256 === sha256);
  if (known === undefined) {
    throw new DomainError('not_found', `Case ${kase.number} has no file ${sha256}.`, { field: 'sha256', params: { id: sha256 } });
  }
  return { mediaType: known.mediaType, bytes: await store.read(sha256) };
}
