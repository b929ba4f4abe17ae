/**
 * "Delete this customer's data" reaching a case (a 退款未到账 or 拒付 case about their refund). The case stays —
 * its number, kind, links, deadlines and status are the shop's own record of a dispute — but every event that
 * was a conversation with the customer or mentions their name or phone loses its text (personal-text.ts), a
 * letter or demand naming them is removed, and, when the case concerns nobody else, its evidence files are
 * marked `attachment_erased` (their bytes are deleted by the service once nothing else uses them).
 * One `personal_data_erased` event declares the erased seqs, so the case's chain still verifies.
 */
import type { Case, CaseEvent } from '../cases/case';
import { caseErasedAttachmentHashes } from '../cases/case-attachments';
import { appendCaseEvent } from '../cases/case-chain';
import type { Hasher } from '../ports';
import type { ErasureReason } from './erasure';
import type { PersonalNeedles } from './personal-text';
import { mentions, withoutPersonalText } from './personal-text';

/** The case's files not erased yet, by hash. */
export function caseFileHashes(kase: Case): string[] {
  const erased = caseErasedAttachmentHashes(kase);
  const out = new Set<string>();
  for (const event of kase.events) {
    if (event.kind === 'attachment_added' && event.attachment !== undefined && !erased.has(event.attachment.sha256)) out.add(event.attachment.sha256);
  }
  return [...out];
}

/** Whether the customer's erasure already reached this case (so doing it again changes nothing). */
export function caseWasErased(kase: Case): boolean {
  return kase.events.some((event) => event.kind === 'personal_data_erased');
}

/** A letter or a demand is one text: if it names the customer, all of it goes (it can be written again). */
function withoutPersonalCaseText(event: CaseEvent, needles: PersonalNeedles): CaseEvent | undefined {
  const base = withoutPersonalText(event, needles) ?? event;
  const letter = event.coverLetter !== undefined && mentions(event.coverLetter, needles);
  const demand = event.opened?.demand !== undefined && mentions(event.opened.demand, needles);
  if (base === event && !letter && !demand) return undefined;
  const { coverLetter, opened, ...rest } = base;
  const keptOpened = opened === undefined ? undefined : demand ? withoutDemand(opened) : opened;
  return {
    ...rest,
    ...(coverLetter === undefined || letter ? {} : { coverLetter }),
    ...(keptOpened === undefined ? {} : { opened: keptOpened }),
    erased: true,
  };
}

function withoutDemand(opened: NonNullable<CaseEvent['opened']>): NonNullable<CaseEvent['opened']> {
  const { demand: _demand, ...rest } = opened;
  return rest;
}

export function withCaseCustomerErased(
  kase: Case,
  needles: PersonalNeedles,
  files: readonly string[],
  reason: ErasureReason,
  actor: string,
  now: Date,
  hasher: Hasher,
): Case {
  const erasedSeqs: number[] = [];
  const kept = kase.events.map((event) => {
    const stripped = withoutPersonalCaseText(event, needles);
    if (stripped === undefined) return event;
    erasedSeqs.push(event.seq);
    return stripped;
  });
  const at = now.toISOString();
  let events = appendCaseEvent(kept, { at, actor, kind: 'personal_data_erased', note: reason, ...(erasedSeqs.length === 0 ? {} : { erasedSeqs }) }, hasher);
  for (const sha of files) {
    // The same ref as the added event (already in the chain), so nothing new about the file is written down.
    const added = kase.events.find((event) => event.kind === 'attachment_added' && event.attachment?.sha256 === sha);
    if (added?.attachment === undefined || caseErasedAttachmentHashes(kase).has(sha)) continue;
    events = appendCaseEvent(events, { at, actor, kind: 'attachment_erased', attachment: added.attachment, note: reason }, hasher);
  }
  // The case's own copies follow the same rule as the events holding them, so replaying the events
  // (cases/case-replay.ts) gives the same letter and demand as the case now shows.
  const { demand, coverLetter, ...rest } = kase;
  return {
    ...rest,
    ...(demand === undefined || mentions(demand, needles) ? {} : { demand }),
    ...(coverLetter === undefined || mentions(coverLetter, needles) ? {} : { coverLetter }),
    updatedAt: at,
    events,
  };
}
