/**
 * Which free text in a history is a customer's personal data, and taking it out. The text the shop types about
 * a customer lives in notes and contact logs ("张三来电说…", "回电 13800138000"); a conversation WITH the customer
 * is theirs whatever it says. So an event loses its text when its contact was with the customer, or when its
 * note, contact person or summary mentions the customer's name or phone. The event itself stays (the chain
 * needs it), marked `erased` (domain/erased-events.ts), with when, channel and party kept: "a call happened".
 */
import type { ContactEntry } from '../domain/misdirect';

/** What identifies the customer in text: their names and their phone numbers as digits. */
export interface PersonalNeedles {
  readonly names: readonly string[];
  readonly phones: readonly string[];
}

// A one-character name (张) would match every 张 in every note; a phone shorter than 7 digits is not a phone.
const MIN_NAME_LENGTH = 2;
const MIN_PHONE_DIGITS = 7;

export function needlesOf(people: readonly { readonly customerName?: string; readonly customerPhone?: string }[]): PersonalNeedles {
  const names = new Set<string>();
  const phones = new Set<string>();
  for (const person of people) {
    const name = (person.customerName ?? '').trim();
    if ([...name].length >= MIN_NAME_LENGTH) names.add(name);
    const phone = (person.customerPhone ?? '').replace(/\D/gu, '');
    if (phone.length >= MIN_PHONE_DIGITS) phones.add(phone);
  }
  return { names: [...names], phones: [...phones] };
}

export function mentions(text: string | undefined, needles: PersonalNeedles): boolean {
  if (text === undefined || text === '') return false;
  if (needles.names.some((name) => text.includes(name))) return true;
  const digits = text.replace(/\D/gu, '');
  return needles.phones.some((phone) => digits.includes(phone));
}

interface TextCarrier {
  readonly note?: string;
  readonly contact?: ContactEntry;
  readonly erased?: true;
}

/**
 * The event without its personal text, marked `erased`; undefined when it carries none (or was erased before).
 * A contact keeps when, how and with whom (the party), and loses the person's name and what was said.
 */
export function withoutPersonalText<E extends TextCarrier>(event: E, needles: PersonalNeedles): E | undefined {
  if (event.erased === true) return undefined;
  const contact = event.contact;
  const contactIsPersonal =
    contact !== undefined && (contact.party === 'customer' || mentions(contact.who, needles) || mentions(contact.summary, needles));
  const noteIsPersonal = mentions(event.note, needles);
  if (!contactIsPersonal && !noteIsPersonal) return undefined;
  const { note, contact: _contact, ...rest } = event;
  return {
    ...rest,
    ...(note === undefined || noteIsPersonal ? {} : { note }),
    ...(contact === undefined ? {} : { contact: contactIsPersonal ? { at: contact.at, channel: contact.channel, party: contact.party, summary: '' } : contact }),
    erased: true,
  } as E;
}
