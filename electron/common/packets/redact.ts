/**
 * Redaction of a packet (RELIABILITY §6, DOMAIN §3.9): on by default, switched off per export. Every personal
 * field is masked with the receipts' masks (`张*`, `138****0000`, `**** 1234`), and every free text is scrubbed
 * for phone, ID and card numbers and for the names the packet knows (text-scrub.ts). What was masked is returned
 * as field paths and kinds for the manifest — never the values.
 *
 * Kept on purpose: the shop (name, address, phone: the sender the recipient replies to), the counterparty (an
 * institution and its hotline), the operators who acted (the shop's own staff, accountable for each step), and
 * every payment identifier (what the bank traces; the card is only ever its last four digits).
 */
import type { Case, CaseEvent, EvidenceState } from '../cases/case';
import type { RefundDestination } from '../domain/refund-destination';
import type { Payment, Refund, RefundEvent } from '../domain/types';
import { maskCard, maskName, maskPhone } from '../receipts/mask';
import type { PacketData, RedactionEntry } from './packet-data';
import { keepDigits, scrubText } from './text-scrub';
import type { ScrubContext } from './text-scrub';

export interface RedactedPacket {
  readonly data: PacketData;
  readonly redactions: readonly RedactionEntry[];
}

class Redactor {
  readonly entries = new Map<string, RedactionEntry>();

  constructor(private readonly context: ScrubContext) {}

  private note(path: string, kind: RedactionEntry['kind'], before: string, after: string): string {
    if (before !== after) this.entries.set(path, { path, kind });
    return after;
  }

  name(value: string | undefined, path: string): string | undefined {
    return value === undefined ? undefined : this.note(path, 'name', value, maskName(value));
  }

  phone(value: string | undefined, path: string): string | undefined {
    return value === undefined ? undefined : this.note(path, 'phone', value, maskPhone(value));
  }

  text(value: string | undefined, path: string): string | undefined {
    return value === undefined ? undefined : this.note(path, 'text', value, scrubText(value, this.context).text);
  }

  destination(value: RefundDestination, path: string): RefundDestination {
    if (value.detail === undefined) return value;
    const detail = value.kind === 'card' ? maskCard(value.detail) : maskName(value.detail);
    return { ...value, detail: this.note(`${path}.detail`, value.kind === 'card' ? 'card' : 'account', value.detail, detail) };
  }
}

/** Sets `key` only when defined, so redaction never adds an `undefined` property to what is hashed or compared. */
function put<T extends object, K extends string, V>(target: T, key: K, value: V | undefined): T {
  return value === undefined ? target : { ...target, [key]: value };
}

/** Staff of a bank, platform or acquirer give a name or number for the record: not personal data to hide. */
const INSTITUTIONS: ReadonlySet<string> = new Set(['bank', 'platform', 'acquirer']);

function personWho(contact: { readonly party: string; readonly who?: string } | undefined): string | undefined {
  return contact === undefined || INSTITUTIONS.has(contact.party) ? undefined : contact.who;
}

function knownNames(data: PacketData): string[] {
  const names: (string | undefined)[] = [];
  for (const { refund } of data.refunds) {
    names.push(refund.customerName, refund.misdirect?.recipient);
    const detail = refund.counter?.destination.detail;
    if (refund.counter?.destination.kind !== 'card') names.push(detail);
    for (const event of refund.events) names.push(personWho(event.contact), event.misdirect?.recipient);
  }
  for (const event of data.case.events) names.push(personWho(event.contact));
  return names.filter((name): name is string => name !== undefined);
}

function identifiersOf(payment: Payment): (string | undefined)[] {
  const { merchantNo, terminalNo, batchNo, voucherNo, referenceNo, authCode, cardLast4, transactionNo, merchantOrderNo } = payment.ids;
  return [merchantNo, terminalNo, batchNo, voucherNo, referenceNo, authCode, cardLast4, transactionNo, merchantOrderNo];
}

function keptDigits(data: PacketData): ReadonlySet<string> {
  const payments = [...data.payments, ...data.refunds.map((linked) => linked.payment)];
  return keepDigits([
    ...payments.flatMap(identifiersOf),
    ...data.refunds.map((linked) => linked.refund.number),
    data.shop.phone,
    data.case.counterparty.phone,
    data.case.ticketNo,
    data.case.number,
    ...data.settlements.map((day) => day.batchNo),
  ]);
}

function redactRefundEvent(r: Redactor, event: RefundEvent, at: string): RefundEvent {
  let out: RefundEvent = put({ ...event }, 'note', r.text(event.note, `${at}.note`));
  if (event.contact !== undefined) {
    const contact = put({ ...event.contact, summary: r.text(event.contact.summary, `${at}.contact.summary`) ?? '' }, 'who', whoOf(r, event.contact, `${at}.contact.who`));
    out = { ...out, contact };
  }
  if (event.misdirect !== undefined) {
    const misdirect = put(
      { ...event.misdirect, recipient: r.name(event.misdirect.recipient, `${at}.misdirect.recipient`) ?? '' },
      'recoveryRequest',
      r.text(event.misdirect.recoveryRequest, `${at}.misdirect.recoveryRequest`),
    );
    out = { ...out, misdirect };
  }
  if (event.reminder !== undefined) out = { ...out, reminder: { ...event.reminder, reason: r.text(event.reminder.reason, `${at}.reminder.reason`) ?? '' } };
  return out;
}

function redactRefund(r: Redactor, refund: Refund): Refund {
  const at = `refunds[${refund.number}]`;
  let out: Refund = { ...refund };
  out = put(out, 'customerName', r.name(refund.customerName, `${at}.customerName`));
  out = put(out, 'customerPhone', r.phone(refund.customerPhone, `${at}.customerPhone`));
  out = put(out, 'note', r.text(refund.note, `${at}.note`));
  out = put(out, 'failureReason', r.text(refund.failureReason, `${at}.failureReason`));
  out = put(out, 'reroutedTo', r.text(refund.reroutedTo, `${at}.reroutedTo`));
  if (refund.counter !== undefined) {
    const counter = put({ ...refund.counter, destination: r.destination(refund.counter.destination, `${at}.counter.destination`) }, 'policyText', r.text(refund.counter.policyText, `${at}.counter.policyText`));
    out = { ...out, counter };
  }
  if (refund.misdirect !== undefined) {
    const misdirect = put({ ...refund.misdirect, recipient: r.name(refund.misdirect.recipient, `${at}.misdirect.recipient`) ?? '' }, 'recoveryRequest', r.text(refund.misdirect.recoveryRequest, `${at}.misdirect.recoveryRequest`));
    out = { ...out, misdirect };
  }
  const deductions = refund.deductions.map((deduction, index) => ({ ...deduction, reason: r.text(deduction.reason, `${at}.deductions[${String(index)}].reason`) ?? '' }));
  const events = refund.events.map((event) => redactRefundEvent(r, event, `${at}.events[seq=${String(event.seq)}]`));
  return { ...out, deductions, events };
}

/** A customer's or recipient's name is masked; an institution's staff name or number is kept as said. */
function whoOf(r: Redactor, contact: { readonly party: string; readonly who?: string }, path: string): string | undefined {
  return INSTITUTIONS.has(contact.party) ? contact.who : r.name(contact.who, path);
}

function redactCaseEvent(r: Redactor, event: CaseEvent): CaseEvent {
  const at = `case.events[seq=${String(event.seq)}]`;
  let out: CaseEvent = { ...event };
  out = put(out, 'note', r.text(event.note, `${at}.note`));
  out = put(out, 'coverLetter', r.text(event.coverLetter, `${at}.coverLetter`));
  if (event.contact !== undefined) {
    out = { ...out, contact: put({ ...event.contact, summary: r.text(event.contact.summary, `${at}.contact.summary`) ?? '' }, 'who', whoOf(r, event.contact, `${at}.contact.who`)) };
  }
  if (event.opened !== undefined) out = { ...out, opened: put({ ...event.opened }, 'demand', r.text(event.opened.demand, `${at}.opened.demand`)) };
  if (event.evidence !== undefined) out = { ...out, evidence: { ...event.evidence, reason: r.text(event.evidence.reason, `${at}.evidence.reason`) ?? '' } };
  if (event.attachment !== undefined) out = { ...out, attachment: { ...event.attachment, name: r.text(event.attachment.name, `${at}.attachment.name`) ?? '' } };
  if (event.reminder !== undefined) out = { ...out, reminder: { ...event.reminder, reason: r.text(event.reminder.reason, `${at}.reminder.reason`) ?? '' } };
  return out;
}

function redactCase(r: Redactor, kase: Case): Case {
  let out: Case = { ...kase, events: kase.events.map((event) => redactCaseEvent(r, event)) };
  out = put(out, 'demand', r.text(kase.demand, 'case.demand'));
  out = put(out, 'coverLetter', r.text(kase.coverLetter, 'case.coverLetter'));
  return out;
}

function redactChecklist(r: Redactor, state: EvidenceState): EvidenceState {
  const at = `checklist[${state.item}]`;
  switch (state.state) {
    case 'data':
      return { ...state, detail: r.text(state.detail, `${at}.detail`) ?? '' };
    case 'file':
      return { ...state, files: state.files.map((name, index) => r.text(name, `${at}.files[${String(index)}]`) ?? '') };
    case 'not_available':
      return { ...state, reason: r.text(state.reason, `${at}.reason`) ?? '' };
    case 'missing':
      return state;
  }
}

export function redactPacketData(data: PacketData): RedactedPacket {
  const r = new Redactor({ names: knownNames(data), keep: keptDigits(data) });
  const redacted: PacketData = {
    ...data,
    case: redactCase(r, data.case),
    checklist: data.checklist.map((state) => redactChecklist(r, state)),
    attachments: data.attachments.map((file) => ({ ...file, name: r.text(file.name, `attachments[${file.sha256.slice(0, 12)}].name`) ?? '' })),
    refunds: data.refunds.map((linked) => ({ ...linked, refund: redactRefund(r, linked.refund) })),
    coverLetter: r.text(data.coverLetter, 'coverLetter') ?? '',
  };
  const redactions = [...r.entries.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { data: redacted, redactions };
}
