/**
 * The cover letter draft for a case's packet, in the recipient's language: addressed to the counterparty, who
 * the shop is, the case and ticket numbers, what happened (dates, amounts in ¥, identifiers; the card masked to
 * its last 4), what the shop asks for (its own words, else a default per kind), what is enclosed (checklist
 * items present; those marked not available with the reason), and how to reach the shop. Only recorded facts:
 * a field the records lack is left out, never filled in. The owner edits and saves it (case.saveCoverLetter).
 */
import type { IsoDate } from '../calendar/iso-date';
import { formatYuan } from '../domain/money';
import type { Payment, PaymentIdentifiers } from '../domain/types';
import type { CaseView } from '../ipc/contract-cases';
import { localDateOfInstant } from '../domain/local-time';
import { maskCard } from '../receipts/mask';
import type { LinkedRecords } from './case-links';
import { CHANNEL_NAME, DEFAULT_DEMAND, ITEM_NAME, KIND_INTRO, KIND_SUBJECT, LABELS } from './cover-letter-text';
import type { LetterLanguage } from './cover-letter-text';

export interface CoverLetterShop {
  readonly name: string;
  /** 商户编号; when absent, the first linked payment's merchant no. is used, if any. */
  readonly merchantNo?: string;
  readonly phone?: string;
  readonly address?: string;
}

export interface CoverLetterExtras {
  /** The full linked records: the card last 4 and slip numbers of a linked refund's payment. */
  readonly linked?: LinkedRecords;
  /** The letter's date line. */
  readonly today?: IsoDate;
}

type Labels = (typeof LABELS)[LetterLanguage];

const ID_ORDER: readonly (keyof PaymentIdentifiers)[] = ['cardLast4', 'referenceNo', 'voucherNo', 'terminalNo', 'batchNo', 'authCode', 'transactionNo', 'merchantOrderNo'];

function paymentLine(payment: Payment, language: LetterLanguage, l: Labels): string {
  const parts = [`${payment.paidAt.replace('T', ' ')} ${CHANNEL_NAME[payment.channel][language]} ${l.payment} ¥${formatYuan(payment.amount)}`];
  for (const field of ID_ORDER) {
    const value = payment.ids[field]?.trim();
    if (value === undefined || value === '') continue;
    parts.push(`${l.ids[field as keyof Labels['ids']]} ${field === 'cardLast4' ? maskCard(value) : value}`);
  }
  return parts.join(l.sep);
}

function factLines(view: CaseView, language: LetterLanguage, l: Labels, linked: LinkedRecords | undefined): string[] {
  const payments = new Map<string, Payment>();
  for (const payment of view.linked.payments) payments.set(payment.id, payment);
  for (const { payment } of linked?.refunds ?? []) payments.set(payment.id, payment);
  const lines = [...payments.values()].map((payment) => paymentLine(payment, language, l));
  for (const refund of view.linked.refunds) {
    lines.push(l.refund(refund.number, localDateOfInstant(refund.createdAt), formatYuan(refund.amount), formatYuan(refund.net)));
  }
  for (const settlement of view.linked.settlements) {
    const { day } = settlement;
    const received = day.received === undefined ? l.notReceived : l.received(formatYuan(day.received.amount), day.received.date);
    lines.push(l.settlement(day.businessDate, settlement.accountName, formatYuan(day.expectedNet), settlement.expectedBy) + received);
  }
  return lines.map((line, index) => `${index + 1}. ${line}`);
}

function enclosedLines(view: CaseView, language: LetterLanguage, l: Labels): string[] {
  const present = view.checklist.filter((state) => state.state === 'data' || state.state === 'file').map((state) => ITEM_NAME[state.item][language]);
  const absent = view.checklist.flatMap((state) => (state.state === 'not_available' ? [l.notAvailable(ITEM_NAME[state.item][language], state.reason)] : []));
  const lines = present.map((name, index) => `${index + 1}. ${name}`);
  return [...(lines.length === 0 ? [l.nothingEnclosed] : lines), ...absent];
}

export function coverLetterDraft(view: CaseView, language: LetterLanguage, shop: CoverLetterShop, extras: CoverLetterExtras = {}): string {
  const l = LABELS[language];
  const kase = view.case;
  const paymentsSeen = [...view.linked.payments, ...(extras.linked?.refunds.map((entry) => entry.payment) ?? [])];
  const merchantNo = shop.merchantNo ?? paymentsSeen.map((payment) => payment.ids.merchantNo?.trim()).find((value) => value !== undefined && value !== '');
  const numbers = [`${l.caseNo} ${kase.number}`, ...(kase.ticketNo === undefined ? [] : [`${l.ticketNo} ${kase.ticketNo}`])].join(l.sep);
  const subject = language === 'zh-CN' ? `${KIND_SUBJECT[kase.kind][language]}（${numbers}）` : `${KIND_SUBJECT[kase.kind][language]} (${numbers})`;
  const contact = [
    ...(shop.phone === undefined || shop.phone.trim() === '' ? [] : [`${l.phone}${shop.phone.trim()}`]),
    ...(shop.address === undefined || shop.address.trim() === '' ? [] : [`${l.address}${shop.address.trim()}`]),
  ];
  const blocks = [
    `${l.to}${kase.counterparty.name}\n${l.subject}${subject}`,
    `${l.greeting}\n${l.shopIs(shop.name, merchantNo)}${language === 'zh-CN' ? '' : ' '}${KIND_INTRO[kase.kind][language]}`,
    [l.facts, ...factLines(view, language, l, extras.linked), ...(kase.deadline === undefined ? [] : [l.deadline(kase.deadline)])].join('\n'),
    `${l.ask}\n${kase.demand ?? DEFAULT_DEMAND[kase.kind][language]}`,
    [l.enclosed, ...enclosedLines(view, language, l)].join('\n'),
    ...(contact.length === 0 ? [] : [[l.contact, shop.name, ...contact].join('\n')]),
    [l.closing, '', shop.name, ...(extras.today === undefined ? [] : [extras.today])].join('\n'),
  ];
  return `${blocks.join('\n\n')}\n`;
}
