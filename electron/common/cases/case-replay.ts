/**
 * Is a case what its events say? The chain proves the events were not edited or removed; replaying them proves
 * the case's own fields (kind, number, status, links, counterparty, deadline, ticket no., demand, cover letter,
 * dates) were not edited either — a deadline moved on disk is caught here, not only a changed event.
 * Like settlements/settlement-integrity.ts.
 */
import { canonicalJson } from '../domain/canonical-json';
import type { Hasher } from '../ports';
import type { Case } from './case';
import { verifyCaseChain } from './case-chain';
import { canChangeCaseStatus } from './case-status';

type Facts = Pick<Case, 'number' | 'kind' | 'status' | 'links' | 'counterparty' | 'deadline' | 'ticketNo' | 'demand' | 'coverLetter' | 'createdAt' | 'updatedAt'>;

/** The facts as the events state them; undefined when the history itself is impossible. */
export function replayCase(kase: Case): Facts | undefined {
  const [first, ...rest] = kase.events;
  const opened = first?.opened;
  if (first?.kind !== 'created' || opened === undefined) return undefined;
  let { deadline, ticketNo } = opened;
  let status: Case['status'] = 'open';
  let coverLetter: string | undefined;
  for (const event of rest) {
    switch (event.kind) {
      case 'status_changed':
        if (event.from !== status || event.to === undefined || !canChangeCaseStatus(status, event.to)) return undefined;
        status = event.to;
        break;
      case 'deadline_set':
        deadline = event.deadline;
        break;
      case 'ticket_set':
        ticketNo = event.ticketNo;
        break;
      case 'cover_letter_saved':
        coverLetter = event.coverLetter;
        break;
      // A second opening is not a history that can happen.
      case 'created':
        return undefined;
      // The rest add to the history without changing a field of the case.
      case 'contact_logged':
      case 'attachment_added':
      case 'evidence_marked':
      case 'note_added':
      case 'packet_exported':
      case 'reminder_snoozed':
      case 'reminder_dismissed':
      case 'personal_data_erased':
      case 'attachment_erased':
        break;
    }
  }
  return {
    number: opened.number ?? kase.number,
    kind: opened.kind,
    status,
    links: opened.links,
    counterparty: opened.counterparty,
    deadline,
    ticketNo,
    demand: opened.demand,
    coverLetter,
    createdAt: first.at,
    updatedAt: kase.events.at(-1)?.at ?? first.at,
  };
}

function factsOf(kase: Case): Facts {
  const { number, kind, status, links, counterparty, deadline, ticketNo, demand, coverLetter, createdAt, updatedAt } = kase;
  return { number, kind, status, links, counterparty, deadline, ticketNo, demand, coverLetter, createdAt, updatedAt };
}

export function verifyCase(kase: Case, hasher: Hasher): boolean {
  if (!verifyCaseChain(kase.events, hasher)) return false;
  const replayed = replayCase(kase);
  return replayed !== undefined && canonicalJson(replayed) === canonicalJson(factsOf(kase));
}
