/**
 * The people-PDF as HTML: cover letter, one-page summary, timeline, identifiers, checklist, then a page per
 * attached file. Same rules as receipts (RELIABILITY §4): every text through escapeHtml, one inline stylesheet,
 * a CSP meta tag, no script, no URL — images are `data:` URLs, so nothing is fetched.
 *
 * Images in the saved PDF do not pass through Chromium (`placed_image`): the page carries the caption and an empty
 * area whose top is a named destination (`packet-figure-N`), and packet-images.ts draws the JPEG or PNG there with
 * pdf-lib — decoding and re-compressing megabytes of pixels in the print engine cost seconds per packet. Printing
 * and the section-by-section fallback get every image inline again (`image`), as do images pdf-lib cannot take.
 *
 * The saved PDF is rendered as one document of all sections (`packetExportDocument`): each section carries an
 * id that a hidden link points at, so Chromium writes a named destination at the page where the section starts —
 * the bookmarks and the merge points of attached PDFs come from those, one engine call per packet instead of one
 * per section (25 for a packet with 20 files: seconds on a shop's PC). Each section is also a document of its own
 * (`packetSections`), the fallback when an engine's PDF carries no destinations. The printed copy is one document
 * of all sections without merge points (`packetPrintDocument`).
 */
import { sanitiseDisplayName } from '../attachments/display-name';
import { formatLocalMinute } from '../domain/local-time';
import { formatYuan } from '../domain/money';
import type { Fen } from '../domain/money';
import type { Payment, Refund } from '../domain/types';
import { escapeHtml } from '../receipts/escape-html';
import { RECEIPT_CSP } from '../receipts/receipt-html';
import { identifierLines } from '../receipts/receipt-identifiers';
import { shortHash } from '../receipts/receipt-proof';
import type { PacketAttachment, PacketData, PacketLanguage } from './packet-data';
import { PACKET_CONTENT_WIDTH_MM, packetCss } from './packet-css';
import { slotHeightMm } from './figure-placement';
import { packetWords } from './packet-labels';
import type { PacketWords } from './packet-labels';
import { buildTimeline } from './packet-timeline';
import { originalPath } from './zip-names';
import type { WithheldReason } from './image-metadata';

/** How an attached file appears, decided in electron/node/packets from its bytes. */
export type AttachmentContent =
  /** Drawn by Chromium from its bytes. */
  | { readonly kind: 'image'; readonly dataUrl: string }
  /** Drawn into the saved PDF afterwards (see the header); its size in px as shown, for the room kept. */
  | { readonly kind: 'placed_image'; readonly width: number; readonly height: number }
  | { readonly kind: 'heic' }
  /** Redacted packets: an image whose metadata could not be removed is neither shown nor in originals/. */
  | { readonly kind: 'withheld'; readonly reason: WithheldReason }
  | { readonly kind: 'pdf'; readonly pages: number }
  | { readonly kind: 'pdf_unreadable' };

export interface PacketRenderInput {
  readonly data: PacketData;
  readonly language: PacketLanguage;
  readonly asOf: string;
  readonly redacted: boolean;
  readonly caseHead: string;
  /** By SHA-256; a file missing here is shown as unreadable. */
  readonly content: ReadonlyMap<string, AttachmentContent>;
}

export interface PacketSection {
  /** `cover`, `summary`, `timeline`, `identifiers`, `checklist`, `attachment-1`… */
  readonly id: string;
  /** The bookmark title. */
  readonly title: string;
  readonly html: string;
  /** For an attached PDF: merge its pages after this section's page. */
  readonly mergePdf?: string;
}

const e = escapeHtml;

function rows(pairs: readonly (readonly [string, string | undefined, boolean?])[]): string {
  return pairs
    .filter((pair): pair is readonly [string, string, boolean?] => pair[1] !== undefined && pair[1] !== '')
    .map(([label, value, mono]) => `<tr><th>${e(label)}</th><td${mono === true ? ' class="mono"' : ''}>${e(value)}</td></tr>`)
    .join('');
}

function localOf(instant: string): string {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : formatLocalMinute(date).replace('T', ' ');
}

const yuan = (amount: Fen): string => `¥${formatYuan(amount)}`;

function coverBody(input: PacketRenderInput, w: PacketWords): string {
  const { data } = input;
  const meta = `${w.summary.caseNo} ${data.case.number} · ${w.summary.to} ${data.case.counterparty.name} · ${localOf(input.asOf).slice(0, 10)}`;
  return `<h1>${e(w.sections.cover)}</h1><p class="meta">${e(meta)}</p><div class="letter">${e(data.coverLetter)}</div>`;
}

function amountLines(refund: Refund, payment: Payment, w: PacketWords): string {
  return `${refund.number}: ${w.summary.paid} ${yuan(payment.amount)} (${payment.paidAt.replace('T', ' ')}) · ${w.summary.refunded} ${yuan(refund.amount)} · ${w.summary.net} ${yuan(refund.net)} · ${w.receipt.statuses[refund.status]}`;
}

function summaryBody(input: PacketRenderInput, w: PacketWords): string {
  const { data } = input;
  const c = data.case;
  const s = w.summary;
  const from = [data.shop.name, data.shop.address, data.shop.phone].filter((part) => part !== undefined && part !== '').join(' · ');
  const to = [c.counterparty.name, w.counterparties[c.counterparty.kind], c.counterparty.phone].filter((part) => part !== undefined && part !== '').join(' · ');
  const amounts = [
    ...data.refunds.map(({ refund, payment }) => amountLines(refund, payment, w)),
    ...data.payments.map((payment) => `${w.ids.payment}: ${w.receipt.channels[payment.channel]} ${yuan(payment.amount)} (${payment.paidAt.replace('T', ' ')})`),
    ...data.settlements.map(
      (day) =>
        `${s.settlement} ${day.accountName} ${day.businessDate}: ${s.expected} ${yuan(day.expectedNet)} (${day.expectedBy}) · ${s.received} ${day.received === undefined ? s.notReceived : `${yuan(day.received.amount)} (${day.received.date})`}`,
    ),
  ];
  const table = rows([
    [s.caseNo, c.number, true],
    [s.from, from],
    [s.to, to],
    [s.what, w.caseKinds[c.kind]],
    [s.status, w.caseStatuses[c.status]],
    [s.opened, localOf(c.createdAt)],
    [s.deadline, c.deadline],
    [s.ticket, c.ticketNo, true],
    [s.demand, c.demand ?? s.noDemand],
  ]);
  const money = amounts.length === 0 ? '' : `<h2>${e(s.howMuch)}</h2><table><tbody>${amounts.map((line) => `<tr><td>${e(line)}</td></tr>`).join('')}</tbody></table>`;
  const proof = rows([
    [s.asOf, localOf(input.asOf)],
    [s.fingerprint, data.keyFingerprint, true],
    [s.chainHead, `${shortHash(input.caseHead)} (${input.caseHead})`, true],
    [input.redacted ? s.redacted : s.notRedacted, input.redacted ? '张* · 138****0000 · **** 1234' : '—'],
  ]);
  return `<h1>${e(w.sections.summary)}</h1><table class="kv"><tbody>${table}</tbody></table>${money}<table class="kv small"><tbody>${proof}</tbody></table>`;
}

function timelineBody(input: PacketRenderInput, w: PacketWords): string {
  const entries = buildTimeline(input.data, w);
  const t = w.timeline;
  const body =
    entries.length === 0
      ? `<tr><td colspan="4">${e(t.empty)}</td></tr>`
      : entries
          .map((entry) => {
            const what = entry.detail === undefined ? e(entry.what) : `<strong>${e(entry.what)}</strong><br>${e(entry.detail)}`;
            return `<tr><td class="mono">${e(entry.at)}</td><td class="mono">${e(entry.record)}</td><td>${what}</td><td>${e(entry.actor)}</td></tr>`;
          })
          .join('');
  return `<h1>${e(w.sections.timeline)}</h1><table class="timeline"><thead><tr><th>${e(t.time)}</th><th>${e(t.record)}</th><th>${e(t.what)}</th><th>${e(t.who)}</th></tr></thead><tbody>${body}</tbody></table>`;
}

function paymentRows(payment: Payment, w: PacketWords): [string, string, boolean?][] {
  const ids = identifierLines(payment, (pick) => pick(w.receipt)).map((line): [string, string, boolean] => [line.label, line.value, true]);
  return [[w.receipt.payment.channel, w.receipt.channels[payment.channel]], [w.receipt.payment.paidAt, payment.paidAt.replace('T', ' '), true], [w.summary.paid, yuan(payment.amount), true], ...ids];
}

function identifiersBody(input: PacketRenderInput, w: PacketWords): string {
  const { data } = input;
  const blocks = [
    ...data.refunds.map(({ refund, payment }) => {
      const head = refund.events.at(-1)?.hash ?? '';
      const refundRows: [string, string | undefined, boolean?][] = [
        [w.ids.refundNo, refund.number, true],
        [w.ids.refundType, w.receipt.refundTypes[refund.type]],
        [w.ids.refundStatus, w.receipt.statuses[refund.status]],
        [w.ids.refundAt, localOf(refund.createdAt), true],
        [w.summary.refunded, yuan(refund.amount), true],
        [w.summary.net, yuan(refund.net), true],
        [w.receipt.refund.customer, refund.customerName],
        [w.receipt.refund.customerPhone, refund.customerPhone, true],
        [w.receipt.refund.destination, refund.counter === undefined ? undefined : `${w.receipt.destinations[refund.counter.destination.kind]}${refund.counter.destination.detail === undefined ? '' : ` ${refund.counter.destination.detail}`}`],
        [w.receipt.refund.reroutedTo, refund.reroutedTo],
        [w.ids.chainHead, head === '' ? undefined : `${shortHash(head)} (${head})`, true],
      ];
      return `<h2>${e(refund.number)}</h2><table class="kv"><tbody>${rows([...refundRows, ...paymentRows(payment, w)])}</tbody></table>`;
    }),
    ...data.payments.map((payment) => `<h2>${e(w.ids.payment)}</h2><table class="kv"><tbody>${rows(paymentRows(payment, w))}</tbody></table>`),
  ];
  const body = blocks.length === 0 ? `<p>${e(w.ids.none)}</p>` : blocks.join('');
  return `<h1>${e(w.sections.identifiers)}</h1>${body}`;
}

function checklistBody(input: PacketRenderInput, w: PacketWords): string {
  const body = input.data.checklist
    .map((state) => {
      const detail = state.state === 'data' ? state.detail : state.state === 'file' ? state.files.join(', ') : state.state === 'not_available' ? state.reason : '';
      const label = `${w.checklist.states[state.state]}${detail === '' ? '' : ` — ${detail}`}`;
      return `<tr class="state-${state.state}"><td>${e(w.evidence[state.item])}</td><td>${e(label)}</td></tr>`;
    })
    .join('');
  return `<h1>${e(w.sections.checklist)}</h1><table><thead><tr><th>${e(w.checklist.item)}</th><th>${e(w.checklist.state)}</th></tr></thead><tbody>${body}</tbody></table>`;
}

/** The named destination at the top of attachment `index`'s image area. */
const figureAnchor = (index: number): string => `packet-figure-${String(index)}`;

function attachmentBody(file: PacketAttachment, index: number, content: AttachmentContent | undefined, w: PacketWords, forPrint: boolean): string {
  const title = `${w.sections.attachment} ${String(index)}: ${file.name}`;
  const meta = rows([
    [w.attachment.original, content?.kind === 'withheld' ? undefined : originalPath(file.sha256, file.mediaType), true],
    ['SHA-256', file.sha256, true],
    [w.attachment.addedBy, `${localOf(file.addedAt)} · ${file.addedBy}`],
    [w.sections.checklist, file.evidence === undefined ? undefined : w.evidence[file.evidence]],
  ]);
  let shown: string;
  if (content?.kind === 'image') shown = `<div class="figure"><img alt="${e(file.name)}" src="${e(content.dataUrl)}"></div>`;
  else if (content?.kind === 'placed_image') shown = `<div class="figure-slot" id="${figureAnchor(index)}" style="height:${String(slotHeightMm(content, PACKET_CONTENT_WIDTH_MM))}mm"></div>`;
  else if (content?.kind === 'withheld') shown = `<p class="notice">${e(w.attachment.withheld[content.reason])}</p>`;
  else if (content?.kind === 'heic') shown = `<p class="notice">${e(w.attachment.heic)}</p>`;
  else if (content?.kind === 'pdf') shown = `<p class="notice">${e(forPrint ? w.attachment.pdfPrintSeparately : w.attachment.pdfFollows(content.pages))}</p>`;
  else shown = `<p class="notice">${e(w.attachment.pdfUnreadable)}</p>`;
  return `<h1>${e(title)}</h1><table class="kv small"><tbody>${meta}</tbody></table>${shown}`;
}

const IMAGE_DATA_URL = /^data:image\/(?:png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/u;

/** A sheet's body, with the id a named destination is made for (`packetExportDocument`). */
interface Sheet {
  readonly body: string;
  readonly anchor?: string;
  /** Another element in the body a named destination is made for (an image's area). */
  readonly figureAnchor?: string;
}

function documentOf(title: string, sheets: readonly Sheet[], language: PacketLanguage, pageLabel: string, forPrint: boolean): string {
  const lang = language === 'en' ? 'en' : 'zh-CN';
  const anchors = sheets.flatMap((sheet) => [sheet.anchor, sheet.figureAnchor].flatMap((id) => (id === undefined ? [] : [`<a href="#${id}"></a>`])));
  // Chromium writes a PDF named destination for an element a link points at; the links themselves are never shown.
  const nav = anchors.length === 0 ? '' : `<nav class="anchors">${anchors.join('')}</nav>`;
  return (
    '<!DOCTYPE html>' +
    `<html lang="${lang}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${RECEIPT_CSP}">` +
    `<title>${e(title)}</title><style>${packetCss({ forPrint, pageLabel })}</style></head>` +
    `<body>${nav}<main>${sheets.map((sheet) => `<section class="sheet"${sheet.anchor === undefined ? '' : ` id="${sheet.anchor}"`}>${sheet.body}</section>`).join('')}</main></body></html>\n`
  );
}

function checkedContent(input: PacketRenderInput, sha256: string): AttachmentContent | undefined {
  const content = input.content.get(sha256);
  // Only a well-formed image data: URL reaches an attribute, and only a sane size a style; anything else is shown as unreadable.
  if (content?.kind === 'image' && !IMAGE_DATA_URL.test(content.dataUrl)) return undefined;
  if (content?.kind === 'placed_image' && !(Number.isSafeInteger(content.width) && Number.isSafeInteger(content.height) && content.width > 0 && content.height > 0)) return undefined;
  return content;
}

interface DraftSection {
  id: string;
  title: string;
  body: string;
  mergePdf?: string;
  figure?: { readonly anchor: string; readonly sha256: string };
}

function allSections(input: PacketRenderInput, forPrint: boolean): DraftSection[] {
  const w = packetWords(input.language);
  const out: DraftSection[] = [
    { id: 'cover', title: w.sections.cover, body: coverBody(input, w) },
    { id: 'summary', title: w.sections.summary, body: summaryBody(input, w) },
    { id: 'timeline', title: w.sections.timeline, body: timelineBody(input, w) },
    { id: 'identifiers', title: w.sections.identifiers, body: identifiersBody(input, w) },
    { id: 'checklist', title: w.sections.checklist, body: checklistBody(input, w) },
  ];
  input.data.attachments.forEach((stored, i) => {
    // Stored names are sanitised when attached; again here, since the name becomes a bookmark and a heading.
    const file = { ...stored, name: sanitiseDisplayName(stored.name, stored.mediaType) };
    const content = checkedContent(input, file.sha256);
    out.push({
      id: `attachment-${String(i + 1)}`,
      title: `${w.sections.attachment} ${String(i + 1)}: ${file.name}`,
      body: attachmentBody(file, i + 1, content, w, forPrint),
      ...(content?.kind === 'pdf' ? { mergePdf: file.sha256 } : {}),
      ...(content?.kind === 'placed_image' ? { figure: { anchor: figureAnchor(i + 1), sha256: file.sha256 } } : {}),
    });
  });
  return out;
}

/** Only ASCII letters, digits and dashes reach the CSS string (the case number is ours, but CSS is no place to trust it). */
function pageLabelOf(caseNumber: string): string {
  return caseNumber.replace(/[^A-Za-z0-9-]/gu, '');
}

export function packetSections(input: PacketRenderInput): readonly PacketSection[] {
  const label = pageLabelOf(input.data.case.number);
  return allSections(input, false).map((section) => ({
    id: section.id,
    title: section.title,
    html: documentOf(`${section.title} ${input.data.case.number}`, [{ body: section.body }], input.language, label, false),
    ...(section.mergePdf === undefined ? {} : { mergePdf: section.mergePdf }),
  }));
}

/** A section of the one export document: where it starts is the PDF named destination `anchor`. */
export interface AnchoredSection {
  readonly id: string;
  readonly title: string;
  /** `packet-cover`, `packet-attachment-3`…: ASCII, so the PDF name needs no escaping. */
  readonly anchor: string;
  readonly mergePdf?: string;
  /** A placed image's area in this section: the named destination at its top, and whose bytes to draw there. */
  readonly figure?: { readonly anchor: string; readonly sha256: string };
}

/** Every section of the saved PDF in one document (see the header). */
export function packetExportDocument(input: PacketRenderInput): { readonly html: string; readonly sections: readonly AnchoredSection[] } {
  const w = packetWords(input.language);
  const sections = allSections(input, false).map((section) => ({ ...section, anchor: `packet-${section.id}` }));
  const sheets = sections.map((section) => ({ body: section.body, anchor: section.anchor, ...(section.figure === undefined ? {} : { figureAnchor: section.figure.anchor }) }));
  const html = documentOf(`${w.docTitle} ${input.data.case.number}`, sheets, input.language, pageLabelOf(input.data.case.number), false);
  return { html, sections: sections.map(({ body: _body, ...section }) => section) };
}

/** One document for the printer; attached PDFs are named on their page as to be printed separately. */
export function packetPrintDocument(input: PacketRenderInput): string {
  const w = packetWords(input.language);
  const sections = allSections(input, true);
  return documentOf(`${w.docTitle} ${input.data.case.number}`, sections.map((section) => ({ body: section.body })), input.language, pageLabelOf(input.data.case.number), true);
}
