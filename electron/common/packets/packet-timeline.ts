/**
 * The timeline for people: the case's and its linked refunds' events in time order, each in words. Contacts
 * are placed at the moment they happened (the contact's own time), everything else when it was recorded.
 * Left out: the packet's own bookkeeping (letter saved, packet exported) and reminder snoozes, which say
 * nothing about the money. The full record, every event included, is in the zip's event files.
 */
import type { CaseEvent } from '../cases/case';
import type { ContactEntry } from '../domain/misdirect';
import { formatLocalMinute } from '../domain/local-time';
import { formatYuan } from '../domain/money';
import type { Refund, RefundEvent } from '../domain/types';
import type { PacketData } from './packet-data';
import type { PacketWords } from './packet-labels';

export interface TimelineEntry {
  /** Local `YYYY-MM-DD HH:mm`. */
  readonly at: string;
  /** The case number or the refund number. */
  readonly record: string;
  readonly what: string;
  readonly detail?: string;
  readonly actor: string;
}

const HIDDEN_CASE: ReadonlySet<string> = new Set(['cover_letter_saved', 'packet_exported', 'reminder_snoozed', 'reminder_dismissed']);
const HIDDEN_REFUND: ReadonlySet<string> = new Set(['reminder_snoozed', 'reminder_dismissed']);

function localOf(instant: string): string {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : formatLocalMinute(date).replace('T', ' ');
}

function contactText(contact: ContactEntry, words: PacketWords): string {
  const party = words.contactParty[contact.party] ?? contact.party;
  const channel = words.contactParty[contact.channel] ?? contact.channel;
  const who = contact.who === undefined || contact.who === '' ? '' : ` · ${contact.who}`;
  return `${party} · ${channel}${who}${words.colon}${contact.summary}`;
}

function joined(...parts: (string | undefined)[]): string | undefined {
  const kept = parts.filter((part): part is string => part !== undefined && part.trim() !== '');
  return kept.length === 0 ? undefined : kept.join(' — ');
}

function caseEntry(event: CaseEvent, number: string, words: PacketWords): TimelineEntry {
  const what = words.caseEvents[event.kind];
  const base = { at: event.contact === undefined ? localOf(event.at) : event.contact.at.replace('T', ' '), record: number, actor: event.actor, what };
  let detail: string | undefined;
  switch (event.kind) {
    case 'created':
      detail = joined(event.opened === undefined ? undefined : `${words.caseKinds[event.opened.kind]} · ${event.opened.counterparty.name}`, event.opened?.demand, event.note);
      break;
    case 'status_changed':
      detail = joined(event.from === undefined || event.to === undefined ? undefined : `${words.caseStatuses[event.from]} → ${words.caseStatuses[event.to]}`, event.note);
      break;
    case 'contact_logged':
      detail = event.contact === undefined ? event.note : joined(contactText(event.contact, words), event.note);
      break;
    case 'attachment_added':
      detail = joined(event.attachment?.name, event.attachment?.evidence === undefined ? undefined : words.evidence[event.attachment.evidence]);
      break;
    case 'evidence_marked':
      detail = event.evidence === undefined ? event.note : joined(words.evidence[event.evidence.item], event.evidence.reason);
      break;
    case 'deadline_set':
      detail = joined(event.deadline, event.note);
      break;
    case 'ticket_set':
      detail = joined(event.ticketNo, event.note);
      break;
    case 'note_added':
    case 'cover_letter_saved':
    case 'packet_exported':
    case 'reminder_snoozed':
    case 'reminder_dismissed':
    case 'personal_data_erased':
    case 'attachment_erased':
      detail = event.note;
      break;
  }
  return detail === undefined ? base : { ...base, detail };
}

function refundEntry(event: RefundEvent, refund: Refund, words: PacketWords): TimelineEntry {
  const what = words.refundEvents[event.kind];
  const base = { at: event.contact === undefined ? localOf(event.at) : event.contact.at.replace('T', ' '), record: refund.number, actor: event.actor, what };
  const statuses = words.receipt.statuses;
  let detail: string | undefined;
  switch (event.kind) {
    case 'created':
      detail = joined(`${words.receipt.refundTypes[refund.type]} ¥${formatYuan(refund.amount)} · ${words.receipt.amounts.net} ¥${formatYuan(refund.net)}`, event.note);
      break;
    case 'status_changed':
      detail = joined(event.from === undefined || event.to === undefined ? undefined : `${statuses[event.from]} → ${statuses[event.to]}`, event.note);
      break;
    case 'contact_logged':
      detail = event.contact === undefined ? event.note : joined(contactText(event.contact, words), event.note);
      break;
    case 'misdirected':
      detail = event.misdirect === undefined ? event.note : joined(words.misdirect[event.misdirect.what], event.misdirect.recipient, event.misdirect.recoveryRequest, event.note);
      break;
    case 'attachment_added':
      detail = joined(event.attachment?.name, event.note);
      break;
    case 'receipt_issued':
      detail = joined(event.receipt === undefined ? undefined : `#${String(event.receipt.copy)}`, event.note);
      break;
    case 'note_added':
    case 'approved':
    case 'refused':
    case 'override':
    case 'misdirect_recovered':
    case 'reminder_snoozed':
    case 'reminder_dismissed':
      detail = event.note;
      break;
    case 'personal_data_erased':
    case 'attachment_erased':
      // The note holds a code ('retention' | 'customer_request'); the event's own words say what happened.
      break;
  }
  return detail === undefined ? base : { ...base, detail };
}

/** Oldest first; entries at the same minute keep their order of recording (stable sort). */
export function buildTimeline(data: PacketData, words: PacketWords): readonly TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const event of data.case.events) if (!HIDDEN_CASE.has(event.kind)) entries.push(caseEntry(event, data.case.number, words));
  for (const { refund } of data.refunds) {
    for (const event of refund.events) if (!HIDDEN_REFUND.has(event.kind)) entries.push(refundEntry(event, refund, words));
  }
  return entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
