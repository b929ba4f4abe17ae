/** Checks every typed field of a case shares: trimmed, bounded, dates real and not already past. */
import { isIsoDate } from '../calendar/iso-date';
import type { IsoDate } from '../calendar/iso-date';
import { DomainError } from '../domain/errors';
import { parseLocalMinute } from '../domain/local-time';
import type { ContactEntry } from '../domain/misdirect';
import { optionalText, requiredText } from '../domain/text-rules';

export function boundedText(value: string | undefined, field: string, max: number): string | undefined {
  const text = optionalText(value);
  if (text !== undefined && [...text].length > max) throw new DomainError('too_long', 'Too long.', { field, params: { max } });
  return text;
}

export function requiredBounded(value: string | undefined, field: string, max: number, message: string): string {
  const text = requiredText(value, field, message);
  if ([...text].length > max) throw new DomainError('too_long', 'Too long.', { field, params: { max } });
  return text;
}

/**
 * A deadline is copied from the notice. One already past is refused: a case opened after its deadline is a lost
 * case, and the owner should see that now rather than get an "overdue" reminder at once (DOMAIN §3.6).
 */
export function checkDeadline(deadline: IsoDate, today: IsoDate): IsoDate {
  if (!isIsoDate(deadline)) throw new DomainError('date_invalid', 'Not a date.', { field: 'deadline' });
  if (deadline < today) {
    throw new DomainError('date_invalid', `The deadline ${deadline} has already passed; check the date on the notice.`, {
      field: 'deadline',
      params: { deadline, today },
    });
  }
  return deadline;
}

/** Like the refund's contact log (ledger/counter-records.ts): a real local minute, not in the future. */
export function checkContact(input: ContactEntry, now: Date): ContactEntry {
  const happened = parseLocalMinute(input.at);
  if (happened === undefined) throw new DomainError('date_invalid', `Not a real date and time: ${input.at}`, { field: 'contact.at' });
  if (happened.getTime() > now.getTime() + 10 * 60_000) {
    throw new DomainError('date_in_future', 'The contact is in the future.', { field: 'contact.at', params: { minutes: 10 } });
  }
  const who = boundedText(input.who, 'contact.who', 100);
  return {
    at: input.at,
    channel: input.channel,
    party: input.party,
    ...(who === undefined ? {} : { who }),
    summary: requiredBounded(input.summary, 'contact.summary', 2000, 'Say what was said.'),
  };
}
