/**
 * Builds a packet from a case: gathers the case, its linked refunds and files (PacketSource), redacts unless
 * switched off, renders the pages (packet-render.ts), assembles the PDF and the zip.
 * Preview and print use the same gathering, so all three show the same packet.
 */
import type { AttachmentMediaType } from '../../common/attachments/attachment';
import type { CaseView } from '../../common/ipc/contract-cases';
import type { Payment, Refund } from '../../common/domain/types';
import type { PacketData, PacketLanguage, PacketSettlement, PacketShop, RedactionEntry } from '../../common/packets/packet-data';
import { chainLines, jsonl, packetCaseEvents } from '../../common/packets/packet-events';
import type { AttachmentContent, PacketRenderInput } from '../../common/packets/packet-html';
import { exifOrientation } from '../../common/packets/exif-orientation';
import { shownSize } from '../../common/packets/figure-placement';
import { imageLayout } from '../../common/packets/image-layout';
import { redactPacketData } from '../../common/packets/redact';
import { exportedAttachment, isStrippableImageType, stripImageMetadata, WITHHELD_NOTES } from '../../common/packets/image-metadata';
import type { AttachmentExport } from '../../common/packets/image-metadata';
import type { ExportedAttachment } from '../../common/packets/manifest';
import { verifyText } from '../../common/packets/verify-text';
import { originalPath } from '../../common/packets/zip-names';
import type { ReceiptEngine } from '../receipts/receipt-engine';
import type { FigureSource } from './packet-images';
import { imageDataUrl } from './inline-images';
import { buildPacketZip, sha256Hex } from './packet-zip';
import type { PacketFile, PacketSigner, PacketZip } from './packet-zip';
import { GENESIS_HASH } from '../../common/domain/hash-chain';

/** pdf-lib's side of a packet, loaded with the first packet that needs it (packet-pdf-parts.ts). */
const pdfParts = () => import('./packet-pdf-parts');

/** Where a packet's content comes from: the case service, the ledger, the attachment store and settings. */
export interface PacketSource {
  /** The case as the screens show it (cases service `view(id)`); throws `not_found`. */
  view(id: string): CaseView;
  /** A linked refund with its payment and full events (the ledger's `get(id)`). */
  refund(id: string): { readonly refund: Refund; readonly payment: Payment };
  /** The cover letter draft for a case kind, used when none was saved (cases `coverLetterDraft`). */
  coverLetterDraft(view: CaseView, language: PacketLanguage, shop: PacketShop): string;
  /** The bytes of an attached file, re-verified against its hash (AttachmentStore.read). */
  readAttachment(sha256: string): Promise<Uint8Array>;
  /** The shop as the sender: name, address, phone (settings). */
  shop(): PacketShop;
}

export interface PacketOptions {
  readonly language: PacketLanguage;
  readonly redact: boolean;
}

export interface GatheredPacket {
  readonly view: CaseView;
  /** Before redaction: the event files need the original events to mark what was masked. */
  readonly original: PacketData;
  readonly shown: PacketData;
  readonly redactions: readonly RedactionEntry[];
  readonly render: PacketRenderInput;
  /** By the chain's SHA-256: the bytes the packet carries (redacted: images without metadata); withheld files absent. */
  readonly files: ReadonlyMap<string, Uint8Array>;
  /** By the chain's SHA-256: what redaction did to each attached file (unredacted: the originals as they are). */
  readonly exports: ReadonlyMap<string, AttachmentExport>;
  /** By the chain's SHA-256: the images `render` shows as `placed_image`, for pdf-lib to draw (packet-images.ts). */
  readonly figures: ReadonlyMap<string, FigureSource>;
  readonly asOf: string;
}

function settlementOf(view: CaseView['linked']['settlements'][number]): PacketSettlement {
  const { day } = view;
  return {
    accountName: view.accountName,
    businessDate: day.businessDate,
    ...(day.batchNo === undefined ? {} : { batchNo: day.batchNo }),
    salesAmount: day.takings.salesAmount,
    refundsAmount: day.takings.refundsAmount,
    expectedNet: day.expectedNet,
    expectedBy: view.expectedBy,
    ...(day.received === undefined ? {} : { received: day.received }),
  };
}

/** The newest event the packet shows: its time stands in for the export time (see manifest.ts). */
function asOfOf(data: PacketData): string {
  const times = [data.case.createdAt, ...data.case.events.map((event) => event.at), ...data.refunds.flatMap(({ refund }) => refund.events.map((event) => event.at))];
  return times.reduce((latest, at) => (Date.parse(at) > Date.parse(latest) ? at : latest));
}

/**
 * How a file is shown. An image the PDF can carry itself is drawn from a copy without metadata even when the
 * packet is not redacted: Chromium never kept Exif in the PDF either (it re-encoded every image), and the PDF is
 * also saved on its own beside the zip (`stripped`: a redacted export's bytes, already without). Its orientation
 * is read from the file as attached (`original`).
 */
async function contentOf(mediaType: AttachmentMediaType, bytes: Uint8Array, original: Uint8Array, stripped: boolean): Promise<{ content: AttachmentContent; figure?: FigureSource }> {
  if (isStrippableImageType(mediaType)) {
    const drawn = stripped ? { bytes, removed: [] } : stripImageMetadata(bytes, mediaType);
    const layout = drawn.removed.includes('unparsed') ? undefined : imageLayout(drawn.bytes, mediaType);
    if (layout === undefined) return { content: { kind: 'image', dataUrl: imageDataUrl(mediaType, bytes) } };
    const orientation = exifOrientation(original, mediaType);
    return { content: { kind: 'placed_image', ...shownSize(layout, orientation) }, figure: { mediaType, bytes: drawn.bytes, layout, orientation } };
  }
  if (mediaType === 'application/pdf') {
    const { pdfPageCount } = await pdfParts();
    const pages = await pdfPageCount(bytes);
    return { content: pages === undefined ? { kind: 'pdf_unreadable' } : { kind: 'pdf', pages } };
  }
  return { content: { kind: 'heic' } };
}

export async function gatherPacket(source: PacketSource, id: string, options: PacketOptions): Promise<GatheredPacket> {
  const view = source.view(id);
  const shop = source.shop();
  const refunds = view.linked.refunds.map((summary) => source.refund(summary.id)).sort((a, b) => (a.refund.number < b.refund.number ? -1 : 1));
  const viaRefunds = new Set(refunds.map((linked) => linked.payment.id));
  const original: PacketData = {
    case: { ...view.case, events: packetCaseEvents(view.case.events) },
    checklist: view.checklist,
    attachments: view.attachments,
    refunds,
    payments: view.linked.payments.filter((payment) => !viaRefunds.has(payment.id)),
    settlements: view.linked.settlements.map(settlementOf),
    shop,
    coverLetter: view.case.coverLetter ?? source.coverLetterDraft(view, options.language, shop),
    keyFingerprint: '',
  };
  const { data: shown, redactions } = options.redact ? redactPacketData(original) : { data: original, redactions: [] };
  const files = new Map<string, Uint8Array>();
  const exports = new Map<string, AttachmentExport>();
  const content = new Map<string, AttachmentContent>();
  const figures = new Map<string, FigureSource>();
  for (const file of view.attachments) {
    if (exports.has(file.sha256)) continue;
    const stored = await source.readAttachment(file.sha256);
    const exported = exportedAttachment(stored, file.mediaType, options.redact);
    exports.set(file.sha256, exported);
    if (exported.withheld !== undefined) {
      content.set(file.sha256, { kind: 'withheld', reason: exported.withheld });
      continue;
    }
    files.set(file.sha256, exported.bytes);
    const shown = await contentOf(file.mediaType, exported.bytes, stored, options.redact);
    content.set(file.sha256, shown.content);
    if (shown.figure !== undefined) figures.set(file.sha256, shown.figure);
  }
  const asOf = asOfOf(original);
  const caseHead = original.case.events.at(-1)?.hash ?? GENESIS_HASH;
  return { view, original, shown, redactions, files, exports, figures, asOf, render: { data: shown, language: options.language, asOf, redacted: options.redact, caseHead, content } };
}

/** The gathered packet with the install key's fingerprint, which the summary page prints. */
export function withFingerprint(packet: GatheredPacket, fingerprint: string): GatheredPacket {
  const data = { ...packet.shown, keyFingerprint: fingerprint };
  return { ...packet, shown: data, render: { ...packet.render, data } };
}

export interface BuiltPacket extends PacketZip {
  readonly pdf: Uint8Array;
  readonly pageCount: number;
}

function eventFiles(packet: GatheredPacket): PacketFile[] {
  const encoder = new TextEncoder();
  const caseLines = chainLines(packet.original.case.events, packet.shown.case.events);
  const refundLines = packet.original.refunds.flatMap(({ refund }, index) =>
    chainLines(refund.events, packet.shown.refunds[index]?.refund.events ?? refund.events, { refund: refund.number }),
  );
  return [
    { path: 'events.jsonl', bytes: encoder.encode(jsonl(caseLines)) },
    { path: 'refund-events.jsonl', bytes: encoder.encode(jsonl(refundLines)) },
  ];
}

/** The manifest's per-file list (redacted packets): original hash from the chain, exported hash, what was removed. */
function exportedAttachments(packet: GatheredPacket): ExportedAttachment[] {
  const seen = new Set<string>();
  return packet.shown.attachments.flatMap((file): ExportedAttachment[] => {
    const exported = packet.exports.get(file.sha256);
    if (exported === undefined || seen.has(file.sha256)) return [];
    seen.add(file.sha256);
    if (exported.withheld !== undefined) {
      return [{ originalSha256: file.sha256, mediaType: file.mediaType, removed: [], withheld: { reason: exported.withheld, note: WITHHELD_NOTES[exported.withheld] } }];
    }
    return [{ originalSha256: file.sha256, mediaType: file.mediaType, path: originalPath(file.sha256, file.mediaType), exportedSha256: sha256Hex(exported.bytes), removed: exported.removed }];
  });
}

export async function buildPacket(gathered: GatheredPacket, engine: ReceiptEngine, signer: PacketSigner): Promise<BuiltPacket> {
  const packet = withFingerprint(gathered, signer.fingerprint);
  const { assemblePacketPdf, renderPacketPdf } = await pdfParts();
  const rendered = await renderPacketPdf(packet, engine);
  const kase = packet.shown.case;
  const pdf = await assemblePacketPdf(rendered, { label: kase.number, title: `${kase.number} ${packet.render.language === 'en' ? 'Evidence packet' : '证据材料'}`, asOf: new Date(packet.asOf) });
  const originals: PacketFile[] = packet.shown.attachments.flatMap((file) => {
    const bytes = packet.files.get(file.sha256);
    return bytes === undefined ? [] : [{ path: originalPath(file.sha256, file.mediaType), bytes }];
  });
  // One file per hash: the same bytes attached twice are one original.
  const unique = [...new Map(originals.map((file) => [file.path.slice(0, 'originals/'.length + 64), file])).values()];
  const encoder = new TextEncoder();
  const files: PacketFile[] = [
    { path: 'packet.pdf', bytes: pdf.bytes },
    ...unique,
    ...eventFiles(packet),
    { path: 'VERIFY.txt', bytes: encoder.encode(verifyText({ caseNumber: kase.number, keyFingerprint: signer.fingerprint, asOf: packet.asOf, redacted: packet.render.redacted })) },
  ];
  const zip = buildPacketZip(
    files,
    {
      caseNumber: kase.number,
      kind: kase.kind,
      status: kase.status,
      asOf: packet.asOf,
      language: packet.render.language,
      redacted: packet.render.redacted,
      redactions: packet.redactions,
      attachments: exportedAttachments(packet),
      caseHead: packet.render.caseHead,
      caseEvents: packet.original.case.events.length,
      refundHeads: packet.original.refunds.map(({ refund }) => ({ number: refund.number, head: refund.events.at(-1)?.hash ?? GENESIS_HASH, events: refund.events.length })),
    },
    signer,
  );
  return { ...zip, pdf: pdf.bytes, pageCount: pdf.pageCount };
}
