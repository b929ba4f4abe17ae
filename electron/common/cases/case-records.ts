/**
 * Every change to a case after opening: one hash-chained event each, checked first so a bad input changes
 * nothing, and the case's own fields updated from the same values (case-replay.ts proves they agree). Pure.
 */
import type { IsoDate } from '../calendar/iso-date';
import { DomainError } from '../domain/errors';
import { refuseFullCardNumbers, requiredText } from '../domain/text-rules';
import type { DismissReminderInput, SnoozeReminderInput } from '../ipc/contract-reminders';
import type { LogCaseContactInput, MarkEvidenceInput, SaveCoverLetterInput, SetCaseStatusInput, UpdateCaseInput } from '../ipc/contract-cases';
import type { Hasher } from '../ports';
import { checkPutAside } from '../reminders/reminder-records';
import { CASE_LIMITS } from './case';
import type { Case, CaseEvent, PacketExport } from './case';
import { appendCaseEvent } from './case-chain';
import type { CaseEventDraft } from './case-chain';
import { checklistOf } from './case-checklist';
import { canChangeCaseStatus, caseStatusNeedsNote } from './case-status';
import { boundedText, checkContact, checkDeadline, requiredBounded } from './case-text';

type OnCase<T> = Extract<T, { readonly caseId: string }>;

function actorOf(actor: string): string {
  return requiredText(actor, 'actor', 'Choose who is doing this.');
}

function appended(kase: Case, draft: Omit<CaseEventDraft, 'at'>, now: Date, hasher: Hasher, fields: Partial<Case> = {}): Case {
  const at = now.toISOString();
  return { ...kase, ...fields, updatedAt: at, events: appendCaseEvent(kase.events, { ...draft, at }, hasher) };
}

export function withCaseStatus(kase: Case, input: SetCaseStatusInput, now: Date, hasher: Hasher): Case {
  refuseFullCardNumbers({ actor: input.actor, note: input.note });
  const actor = actorOf(input.actor);
  const from = kase.status;
  if (!canChangeCaseStatus(from, input.to)) {
    throw new DomainError('invalid_transition', `A case cannot go from ${from} to ${input.to}.`, { field: 'to', params: { from, to: input.to } });
  }
  const note = boundedText(input.note, 'note', CASE_LIMITS.note);
  if (note === undefined && caseStatusNeedsNote(from, input.to)) {
    throw new DomainError('required', 'Say how the case ended, or why it is reopened.', { field: 'note', params: { from, to: input.to } });
  }
  return appended(kase, { actor, kind: 'status_changed', from, to: input.to, ...(note === undefined ? {} : { note }) }, now, hasher, { status: input.to });
}

export function withCaseContact(kase: Case, input: LogCaseContactInput, now: Date, hasher: Hasher): Case {
  refuseFullCardNumbers({ actor: input.actor, contact: input.contact });
  const actor = actorOf(input.actor);
  return appended(kase, { actor, kind: 'contact_logged', contact: checkContact(input.contact, now) }, now, hasher);
}

/** Only an item on this kind's checklist can be marked; a later file or data satisfies it again (case-checklist.ts). */
export function withEvidenceMarked(kase: Case, input: MarkEvidenceInput, now: Date, hasher: Hasher): Case {
  refuseFullCardNumbers({ actor: input.actor, reason: input.reason });
  const actor = actorOf(input.actor);
  if (!checklistOf(kase.kind).some((entry) => entry.item === input.item)) {
    throw new DomainError('invalid_argument', `${input.item} is not on a ${kase.kind} checklist.`, { field: 'item', params: { item: input.item, kind: kase.kind } });
  }
  const reason = requiredBounded(input.reason, 'reason', CASE_LIMITS.reason, 'Say why it cannot be had.');
  return appended(kase, { actor, kind: 'evidence_marked', evidence: { item: input.item, reason } }, now, hasher);
}

/**
 * A new deadline (the bank extended it), the counterparty's ticket no. once they give one, or a note: one event
 * each, in that order. Values equal to the current ones are not repeated; with nothing left the case is unchanged.
 */
export function withCaseUpdate(kase: Case, input: UpdateCaseInput, now: Date, today: IsoDate, hasher: Hasher): Case {
  refuseFullCardNumbers({ actor: input.actor, ticketNo: input.ticketNo, note: input.note });
  const actor = actorOf(input.actor);
  const typedDeadline = input.deadline?.trim() === '' ? undefined : input.deadline;
  const deadline = typedDeadline === undefined ? undefined : checkDeadline(typedDeadline, today);
  const ticketNo = boundedText(input.ticketNo, 'ticketNo', CASE_LIMITS.ticketNo);
  const note = boundedText(input.note, 'note', CASE_LIMITS.note);
  if (deadline === undefined && ticketNo === undefined && note === undefined) {
    throw new DomainError('required', 'Enter a new deadline, a ticket no. or a note.', { field: 'deadline' });
  }
  let next = kase;
  if (deadline !== undefined && deadline !== kase.deadline) next = appended(next, { actor, kind: 'deadline_set', deadline }, now, hasher, { deadline });
  if (ticketNo !== undefined && ticketNo !== kase.ticketNo) next = appended(next, { actor, kind: 'ticket_set', ticketNo }, now, hasher, { ticketNo });
  if (note !== undefined) next = appended(next, { actor, kind: 'note_added', note }, now, hasher);
  return next;
}

/**
 * `merchantNos`: the linked payments' 15-digit merchant numbers, which the draft itself quotes and about one in ten
 * of which pass the Luhn check by chance; they are not card numbers, so they are taken out before the check.
 */
export function withCoverLetter(kase: Case, input: SaveCoverLetterInput, now: Date, hasher: Hasher, merchantNos: readonly string[] = []): Case {
  const checked = merchantNos.filter((no) => /^\d{15}$/u.test(no)).reduce((text, no) => text.replaceAll(no, ' '), input.text);
  refuseFullCardNumbers({ actor: input.actor, text: checked });
  const actor = actorOf(input.actor);
  const coverLetter = requiredBounded(input.text, 'text', CASE_LIMITS.coverLetter, 'Write the letter, or start from the draft.');
  if (coverLetter === kase.coverLetter) return kase;
  return appended(kase, { actor, kind: 'cover_letter_saved', coverLetter }, now, hasher, { coverLetter });
}

/** Called by the packet code after a successful export: the manifest's hash says later whether a new export differs. */
export function withPacketExported(kase: Case, packet: PacketExport, actor: string, now: Date, hasher: Hasher): Case {
  return appended(kase, { actor: actorOf(actor), kind: 'packet_exported', packet }, now, hasher);
}

export function withCaseSnoozed(kase: Case, input: OnCase<SnoozeReminderInput>, now: Date, hasher: Hasher): Case {
  const { actor, reason, until } = checkPutAside(input, now);
  const reminder = { kind: input.kind, ...(until === undefined ? {} : { until }), reason };
  return appended(kase, { actor, kind: 'reminder_snoozed', reminder }, now, hasher);
}

export function withCaseDismissed(kase: Case, input: OnCase<DismissReminderInput>, now: Date, hasher: Hasher): Case {
  const { actor, reason } = checkPutAside(input, now);
  return appended(kase, { actor, kind: 'reminder_dismissed', reminder: { kind: input.kind, reason } }, now, hasher);
}

/** The last `packet_exported` event, and whether anything was recorded after it (a new export would differ). */
export function lastPacketOf(events: readonly CaseEvent[]): (PacketExport & { readonly at: string; readonly stale: boolean }) | undefined {
  const index = events.findLastIndex((event) => event.kind === 'packet_exported');
  const event = events[index];
  if (event?.packet === undefined) return undefined;
  return { ...event.packet, at: event.at, stale: index < events.length - 1 };
}
