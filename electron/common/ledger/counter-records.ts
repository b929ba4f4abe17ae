/**
 * Records for the contact log and for money that reached the wrong person (misdirect.ts). Pure, like
 * refund-records.ts: each appends one hash-chained event; the misdirection state is rebuilt from the events.
 */
import { DomainError } from '../domain/errors';
import { appendEvent } from '../domain/hash-chain';
import { parseLocalMinute } from '../domain/local-time';
import { misdirectStateOf } from '../domain/misdirect';
import type { ContactEntry, MisdirectReport } from '../domain/misdirect';
import { optionalText, refuseFullCardNumbers, requiredText } from '../domain/text-rules';
import type { Refund } from '../domain/types';
import type { LogContactInput, MarkRecoveredInput, ReportMisdirectInput } from '../ipc/contract-counter';
import type { Hasher } from '../ports';

export function withContact(refund: Refund, input: LogContactInput, now: Date, hasher: Hasher): Refund {
  refuseFullCardNumbers({ actor: input.actor, contact: input.contact });
  const actor = requiredText(input.actor, 'actor', 'Choose who is logging the contact.');
  const happened = parseLocalMinute(input.contact.at);
  if (happened === undefined) {
    throw new DomainError('date_invalid', `Not a real date and time: ${input.contact.at}`, { field: 'contact.at' });
  }
  if (happened.getTime() > now.getTime() + 10 * 60_000) {
    throw new DomainError('date_in_future', 'The contact is in the future.', { field: 'contact.at', params: { minutes: 10 } });
  }
  const who = optionalText(input.contact.who);
  const contact: ContactEntry = {
    at: input.contact.at,
    channel: input.contact.channel,
    party: input.contact.party,
    ...(who === undefined ? {} : { who }),
    summary: requiredText(input.contact.summary, 'contact.summary', 'Say what was said.'),
  };
  const at = now.toISOString();
  return { ...refund, updatedAt: at, events: appendEvent(refund.events, { at, actor, kind: 'contact_logged', contact }, hasher) };
}

/** `numberExists` checks the corrected refund's number against the ledger. */
export function withMisdirect(
  refund: Refund,
  input: ReportMisdirectInput,
  numberExists: (number: string) => boolean,
  now: Date,
  hasher: Hasher,
): Refund {
  refuseFullCardNumbers({ actor: input.actor, report: input.report });
  const actor = requiredText(input.actor, 'actor', 'Choose who is reporting.');
  if (refund.misdirect?.recovered === true) {
    // Reporting again would count recovered money a second time; the case is closed.
    throw new DomainError('invalid_transition', 'The money was already recovered.', { field: 'report' });
  }
  const recoveryRequest = optionalText(input.report.recoveryRequest);
  const correctedBy = optionalText(input.report.correctedBy)?.toUpperCase();
  if (correctedBy !== undefined && (correctedBy === refund.number || !numberExists(correctedBy))) {
    throw new DomainError('not_found', `No refund ${correctedBy}.`, { field: 'report.correctedBy', params: { id: correctedBy } });
  }
  const report: MisdirectReport = {
    what: input.report.what,
    recipient: requiredText(input.report.recipient, 'report.recipient', 'Say who got the money.'),
    ...(recoveryRequest === undefined ? {} : { recoveryRequest }),
    ...(correctedBy === undefined ? {} : { correctedBy }),
  };
  return withEvents(refund, appendEvent(refund.events, { at: now.toISOString(), actor, kind: 'misdirected', misdirect: report }, hasher), now);
}

export function withRecovered(refund: Refund, input: MarkRecoveredInput, now: Date, hasher: Hasher): Refund {
  refuseFullCardNumbers({ actor: input.actor, note: input.note });
  const actor = requiredText(input.actor, 'actor', 'Choose who is recording this.');
  if (refund.misdirect === undefined || refund.misdirect.recovered) {
    throw new DomainError('invalid_transition', 'Nothing to recover on this refund.', { field: 'id' });
  }
  const note = optionalText(input.note);
  const draft = { at: now.toISOString(), actor, kind: 'misdirect_recovered' as const, ...(note === undefined ? {} : { note }) };
  return withEvents(refund, appendEvent(refund.events, draft, hasher), now);
}

function withEvents(refund: Refund, events: Refund['events'], now: Date): Refund {
  const misdirect = misdirectStateOf(events);
  return { ...refund, updatedAt: now.toISOString(), events, ...(misdirect === undefined ? {} : { misdirect }) };
}
