/**
 * Opening a case: everything typed is checked first (card numbers, required fields, limits, the deadline from
 * the notice), then the links, then the case is built with its `created` event holding the opening facts.
 * Pure; the service supplies the id, the number and "now".
 */
import type { IsoDate } from '../calendar/iso-date';
import { DomainError } from '../domain/errors';
import { normalisePhone, refuseFullCardNumbers, requiredText } from '../domain/text-rules';
import type { OpenCaseInput } from '../ipc/contract-cases';
import type { Hasher } from '../ports';
import { CASE_LIMITS, DEADLINE_REQUIRED } from './case';
import type { Case, CaseOpening, Counterparty } from './case';
import { appendCaseEvent } from './case-chain';
import { checkCaseLinks } from './case-links';
import type { CaseLinkLookup } from './case-links';
import { boundedText, checkDeadline, requiredBounded } from './case-text';

export interface NewCase {
  readonly input: OpenCaseInput;
  readonly id: string;
  readonly number: string;
  readonly now: Date;
  readonly today: IsoDate;
  readonly lookup: CaseLinkLookup;
  readonly hasher: Hasher;
}

function cleanCounterparty(input: Counterparty): Counterparty {
  const name = requiredBounded(input.name, 'counterparty.name', CASE_LIMITS.name, 'Name the bank, acquirer, platform or body.');
  const phone = normalisePhone(input.phone, 'counterparty.phone');
  if (phone !== undefined && phone.length > CASE_LIMITS.phone) {
    throw new DomainError('too_long', 'Too long.', { field: 'counterparty.phone', params: { max: CASE_LIMITS.phone } });
  }
  return {
    kind: input.kind,
    name,
    ...(input.hotlineId === undefined ? {} : { hotlineId: input.hotlineId }),
    ...(phone === undefined ? {} : { phone }),
  };
}

// Only typed text is searched for card numbers: link ids are random UUIDs and may hold a Luhn-valid run by chance.
export function openCase({ input, id, number, now, today, lookup, hasher }: NewCase): Case {
  refuseFullCardNumbers({ actor: input.actor, counterparty: { name: input.counterparty.name, phone: input.counterparty.phone }, ticketNo: input.ticketNo, demand: input.demand });
  const actor = requiredText(input.actor, 'actor', 'Choose who is opening the case.');
  const counterparty = cleanCounterparty(input.counterparty);
  const ticketNo = boundedText(input.ticketNo, 'ticketNo', CASE_LIMITS.ticketNo);
  const demand = boundedText(input.demand, 'demand', CASE_LIMITS.demand);
  const typedDeadline = input.deadline?.trim() === '' ? undefined : input.deadline;
  if (typedDeadline === undefined && DEADLINE_REQUIRED.has(input.kind)) {
    throw new DomainError('required', 'Copy the deadline from the notice.', { field: 'deadline', params: { kind: input.kind } });
  }
  const deadline = typedDeadline === undefined ? undefined : checkDeadline(typedDeadline, today);
  checkCaseLinks(input.kind, input.links, lookup, demand);

  const links = input.links.map((link) => ({ type: link.type, id: link.id }));
  const opened: CaseOpening = {
    number,
    kind: input.kind,
    links,
    counterparty,
    ...(deadline === undefined ? {} : { deadline }),
    ...(ticketNo === undefined ? {} : { ticketNo }),
    ...(demand === undefined ? {} : { demand }),
  };
  const at = now.toISOString();
  return {
    id,
    number,
    requestId: input.requestId,
    kind: input.kind,
    status: 'open',
    links,
    counterparty,
    ...(deadline === undefined ? {} : { deadline }),
    ...(ticketNo === undefined ? {} : { ticketNo }),
    ...(demand === undefined ? {} : { demand }),
    createdAt: at,
    updatedAt: at,
    events: appendCaseEvent([], { at, actor, kind: 'created', opened }, hasher),
  };
}
