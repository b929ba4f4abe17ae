/**
 * Photo metadata in exported packets: redacted (the default), the PDF's embedded images and the copies in
 * originals/ carry no Exif/XMP/GPS, the manifest ties each copy to the hash in the chain, HEIC and unparsable
 * images are withheld; unredacted, the originals are byte for byte what was attached.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import { unzipSync } from 'fflate';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { CaseView } from '../../../electron/common/ipc/contract-cases';
import type { ExportedAttachment } from '../../../electron/common/packets/manifest';
import type { PacketAttachment } from '../../../electron/common/packets/packet-data';
import { parseSha256Sums } from '../../../electron/common/packets/sha256sums';
import type { PaperSpec } from '../../../electron/common/receipts/receipt';
import { buildPacket, gatherPacket } from '../../../electron/node/packets/packet-builder';
import { sha256Hex } from '../../../electron/node/packets/packet-zip';
import type { ReceiptEngine } from '../../../electron/node/receipts/receipt-engine';
import { CHECKLIST, COVER_LETTER, PAYMENT, caseEvents, refund, theCase } from '../../common/packets/packet-fixture';
import { HEIC, JPEG_STRIPPED, JPEG_WITH_EXIF, PNG_CLEAN, PNG_WITH_METADATA, SECRETS, WEBP_STRIPPED, WEBP_WITH_EXIF, includesBytes } from '../../common/packets/image-samples';

const BROKEN_JPEG = JPEG_WITH_EXIF.subarray(0, 60);

/**
 * Records the HTML it is given. Like Chromium, it writes a named destination where each section starts (one page
 * per section here) and where each image area starts (100 pt below its section's top: Chromium's /XYZ tops leave
 * the page margin out, as here), so the builder cuts its one document there and draws the images; `withDestinations:
 * false` is an engine that writes none, which sends the builder section by section.
 */
class HtmlEngine implements ReceiptEngine {
  readonly html: string[] = [];
  constructor(
    private readonly withDestinations = true,
    private readonly withFigures = true,
  ) {}
  async pdf(html: string, paper: PaperSpec) {
    this.html.push(html);
    const doc = await PDFDocument.create();
    const sheets = [...html.matchAll(/<section class="sheet" id="([a-z0-9-]+)">(.*?)<\/section>/gsu)].map((match) => ({ anchor: match[1] ?? '', figure: /id="(packet-figure-\d+)"/u.exec(match[2] ?? '')?.[1] }));
    const pages = Array.from({ length: Math.max(1, sheets.length) }, () => doc.addPage([595.28, 841.89]));
    if (this.withDestinations && sheets.length > 0) {
      const dests = doc.context.obj({});
      const dest = (page: number, top: number) => doc.context.obj([pages[page]?.ref ?? null, PDFName.of('XYZ'), 0, top, 0]);
      sheets.forEach((sheet, i) => {
        dests.set(PDFName.of(sheet.anchor), dest(i, 841.89));
        if (sheet.figure !== undefined && this.withFigures) dests.set(PDFName.of(sheet.figure), dest(i, 741.89));
      });
      doc.catalog.set(PDFName.of('Dests'), dests);
    }
    return { bytes: await doc.save(), heightMm: paper.heightMm ?? 297 };
  }
  png(_html: string, paper: PaperSpec) {
    return Promise.resolve({ bytes: PNG_CLEAN, heightMm: paper.heightMm ?? 297 });
  }
  print() {
    return Promise.resolve();
  }
  printers() {
    return Promise.resolve([]);
  }
}

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const signer = { fingerprint: 'ABCD 1234', publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(), sign: (b: Uint8Array) => new Uint8Array(sign(null, b, privateKey)) };

function attachment(bytes: Uint8Array, mediaType: PacketAttachment['mediaType'], name: string): PacketAttachment {
  return { sha256: sha256Hex(bytes), mediaType, size: bytes.length, name, addedAt: '2026-11-13T02:00:00.000Z', addedBy: '王店长' };
}

const ATTACHED: [PacketAttachment, Uint8Array][] = [
  [attachment(JPEG_WITH_EXIF, 'image/jpeg', 'slip.jpg'), JPEG_WITH_EXIF],
  [attachment(PNG_WITH_METADATA, 'image/png', 'chat.png'), PNG_WITH_METADATA],
  [attachment(WEBP_WITH_EXIF, 'image/webp', 'screen.webp'), WEBP_WITH_EXIF],
  [attachment(HEIC, 'image/heic', 'iphone.heic'), HEIC],
  [attachment(BROKEN_JPEG, 'image/jpeg', 'broken.jpg'), BROKEN_JPEG],
];
const [JPEG_FILE, PNG_FILE, WEBP_FILE, HEIC_FILE, BROKEN_FILE] = ATTACHED.map(([file]) => file) as [PacketAttachment, PacketAttachment, PacketAttachment, PacketAttachment, PacketAttachment];

function view(): CaseView {
  const kase = theCase(caseEvents(ATTACHED.map(([file]) => file)));
  return {
    case: kase,
    summary: { id: kase.id, number: kase.number, kind: kase.kind, status: kase.status, counterpartyName: kase.counterparty.name, missing: 1, createdAt: kase.createdAt, updatedAt: kase.updatedAt },
    checklist: CHECKLIST,
    attachments: ATTACHED.map(([file]) => file),
    linked: { refunds: [{ id: 'ref-1', number: 'TK-202611-0007', createdAt: '', status: 'done', type: 'card_refund', channel: 'unionpay_debit', paidAt: '', amount: PAYMENT.amount, net: PAYMENT.amount, operator: '王店长' }], payments: [PAYMENT], settlements: [] },
    chainValid: true,
  };
}

async function exportPacket(redact: boolean, engine = new HtmlEngine()) {
  const stored = new Map(ATTACHED.map(([file, bytes]) => [file.sha256, bytes]));
  const source = {
    view,
    refund: () => ({ refund: refund(), payment: PAYMENT }),
    coverLetterDraft: () => COVER_LETTER,
    readAttachment: (sha: string) => Promise.resolve(stored.get(sha) ?? new Uint8Array()),
    shop: () => ({ name: '小面馆' }),
  };
  const built = await buildPacket(await gatherPacket(source, 'case-1', { language: 'zh-CN', redact }), engine, signer);
  return { built, engine, files: unzipSync(built.zip) };
}

const original = (file: PacketAttachment) => `originals/${file.sha256}.${file.name.split('.').at(-1) ?? ''}`;
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes ?? new Uint8Array());

function embeddedImages(html: readonly string[]): Uint8Array[] {
  return html.flatMap((page) => [...page.matchAll(/src="data:image\/[a-z]+;base64,([A-Za-z0-9+/=]+)"/gu)].map((match) => Uint8Array.from(Buffer.from(match[1] ?? '', 'base64'))));
}

/** The image streams of a PDF as stored, in the order they were added. */
async function pdfImages(pdf: Uint8Array | undefined): Promise<Uint8Array[]> {
  const doc = await PDFDocument.load(pdf ?? new Uint8Array());
  return doc.context
    .enumerateIndirectObjects()
    .sort(([a], [b]) => a.objectNumber - b.objectNumber)
    .flatMap(([, object]) => (object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Image') ? [object.contents] : []));
}

/** A PNG's IDAT payloads, joined: what a PDF carries of it, undecoded. */
function idat(png: Uint8Array): Uint8Array {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const parts: Uint8Array[] = [];
  for (let at = 8; at < png.length; at += 12 + view.getUint32(at)) {
    if (new TextDecoder().decode(png.subarray(at + 4, at + 8)) === 'IDAT') parts.push(png.subarray(at + 8, at + 8 + view.getUint32(at)));
  }
  return Uint8Array.from(Buffer.concat(parts));
}

describe('packet images, redacted (the default)', () => {
  it('carries no photo metadata in the zip or in the PDF\'s embedded images', async () => {
    const { files, engine } = await exportPacket(true);
    // JPEG and PNG are drawn by pdf-lib, not Chromium: the stripped JPEG as its DCT stream, the PNG's rows as they are.
    const drawn = await pdfImages(files['packet.pdf']);
    expect(drawn).toEqual([JPEG_STRIPPED, idat(PNG_CLEAN)]);
    // Only the WebP, which a PDF cannot carry, still reaches Chromium, stripped.
    const inline = embeddedImages(engine.html);
    expect(inline).toEqual([WEBP_STRIPPED]);
    for (const image of [...drawn, ...inline]) for (const marker of ['Exif', 'GPS', 'http://ns.adobe.com']) expect(includesBytes(image, marker)).toBe(false);
    for (const [path, bytes] of Object.entries(files)) {
      for (const secret of SECRETS) expect(includesBytes(bytes, secret), `${path} holds ${secret}`).toBe(false);
      expect(includesBytes(bytes, 'Exif\0'), path).toBe(false);
      if (path.startsWith('originals/')) expect(includesBytes(bytes, 'GPS'), path).toBe(false);
    }
    expect(files[original(JPEG_FILE)]).toEqual(JPEG_STRIPPED);
    expect(files[original(PNG_FILE)]).toEqual(PNG_CLEAN);
    expect(files[original(WEBP_FILE)]).toEqual(WEBP_STRIPPED);
  });

  it('withholds HEIC and unparsable images from originals/ and the PDF, saying why', async () => {
    const { files, engine } = await exportPacket(true);
    expect(Object.keys(files).filter((path) => path.startsWith('originals/')).sort()).toEqual([original(JPEG_FILE), original(PNG_FILE), original(WEBP_FILE)].sort());
    const pages = engine.html.join('\n');
    expect(pages).toContain('遮盖导出中未附原文件');
    expect(pages).toContain('此图片无法解析');
    expect(pages).not.toContain(original(HEIC_FILE));
  });

  it('lists, per file, the chain\'s SHA-256, the exported SHA-256 and what was removed', async () => {
    const { files, built } = await exportPacket(true);
    const manifest = JSON.parse(text(files['manifest.json'])) as { attachments: ExportedAttachment[]; notRedacted: string[] };
    expect(manifest).toEqual(built.manifest);
    const by = new Map(manifest.attachments.map((entry) => [entry.originalSha256, entry]));
    expect(manifest.attachments).toHaveLength(5);
    expect(by.get(JPEG_FILE.sha256)).toEqual({ originalSha256: JPEG_FILE.sha256, mediaType: 'image/jpeg', path: original(JPEG_FILE), exportedSha256: sha256Hex(JPEG_STRIPPED), removed: ['comment', 'exif', 'iptc', 'xmp'] });
    expect(by.get(PNG_FILE.sha256)).toMatchObject({ exportedSha256: sha256Hex(PNG_CLEAN), removed: ['exif', 'text', 'time'] });
    expect(by.get(WEBP_FILE.sha256)).toMatchObject({ exportedSha256: sha256Hex(WEBP_STRIPPED), removed: ['exif', 'xmp'] });
    expect(by.get(HEIC_FILE.sha256)).toMatchObject({ removed: [], withheld: { reason: 'heic_not_strippable' } });
    expect(by.get(BROKEN_FILE.sha256)).toMatchObject({ removed: [], withheld: { reason: 'metadata_unparsed' } });
    expect(by.get(HEIC_FILE.sha256)).not.toHaveProperty('path');
    // The original hashes are the ones in the case chain's attachment_added events.
    const added = text(files['events.jsonl']).split('\n').filter((line) => line.includes('attachment_added'));
    for (const [file] of ATTACHED) expect(added.some((line) => line.includes(file.sha256))).toBe(true);
    for (const entry of manifest.attachments.filter((e) => e.path !== undefined)) {
      expect(entry.exportedSha256).not.toBe(entry.originalSha256);
      expect(sha256Hex(files[entry.path ?? ''] ?? new Uint8Array())).toBe(entry.exportedSha256);
    }
    const verify = text(files['VERIFY.txt']);
    expect(verify).toContain('其 SHA-256 与哈希链中“添加附件”记录的值不同');
    expect(verify).toContain('original files byte for byte');
  });

  it('passes sha256sum -c (recomputed here) over the exported bytes', async () => {
    const { files } = await exportPacket(true);
    const entries = parseSha256Sums(text(files['SHA256SUMS'])) ?? [];
    expect(entries.map((entry) => entry.path).sort()).toEqual(Object.keys(files).filter((path) => !path.startsWith('SHA256SUMS')).sort());
    for (const entry of entries) expect(sha256Hex(files[entry.path] ?? new Uint8Array()), entry.path).toBe(entry.sha256);
  });
});

describe('packet images, unredacted', () => {
  it('carries every original byte for byte, HEIC included, and lists no per-file export', async () => {
    const { files, engine } = await exportPacket(false);
    for (const [file, bytes] of ATTACHED) expect(files[original(file)], file.name).toEqual(bytes);
    for (const [file] of ATTACHED) expect(sha256Hex(files[original(file)] ?? new Uint8Array())).toBe(file.sha256);
    // Chromium is given what was attached (as before), but only what pdf-lib cannot draw; the PDF's own images never
    // carry metadata, as Chromium's re-encoded ones never did, since packet.pdf is also saved outside the zip.
    expect(embeddedImages(engine.html)).toEqual([WEBP_WITH_EXIF, BROKEN_JPEG]);
    expect(await pdfImages(files['packet.pdf'])).toEqual([JPEG_STRIPPED, idat(PNG_CLEAN)]);
    for (const secret of SECRETS) expect(includesBytes(files['packet.pdf'] ?? new Uint8Array(), secret)).toBe(false);
    const manifest = JSON.parse(text(files['manifest.json'])) as Record<string, unknown>;
    expect(manifest).not.toHaveProperty('attachments');
    expect(text(files['VERIFY.txt'])).toContain('originals/ holds the attached');
  });
});

describe('packet rendering', () => {
  it('renders the whole packet in one engine call, cut where each section starts', async () => {
    const { built, engine } = await exportPacket(true);
    expect(engine.html).toHaveLength(1);
    // Five fixed sections and one page per attached file, each its own page here.
    expect(built.pageCount).toBe(5 + ATTACHED.length);
  });

  it('draws the JPEG and the PNG where their areas start, below the caption', async () => {
    const { files, engine } = await exportPacket(true);
    expect(engine.html[0]).toContain('<div class="figure-slot" id="packet-figure-1"');
    expect(engine.html[0]).toContain('<a href="#packet-figure-1"></a>');
    const doc = await PDFDocument.load(files['packet.pdf'] ?? new Uint8Array());
    const drawnOn = doc.getPages().map((page) => page.node.Resources()?.lookup(PDFName.of('XObject'))?.toString() ?? '');
    // Pages 6 and 7 are attachments 1 (slip.jpg) and 2 (chat.png); nothing else carries an image.
    expect(drawnOn.map((xobjects) => xobjects.includes('/Figure'))).toEqual([false, false, false, false, false, true, true, false, false, false]);
  });

  it('falls back to one call per section when the engine writes no named destinations: the same pages', async () => {
    const { built, engine } = await exportPacket(true, new HtmlEngine(false));
    expect(engine.html).toHaveLength(1 + 5 + ATTACHED.length);
    expect(built.pageCount).toBe(5 + ATTACHED.length);
    // Chromium draws every image again, as before.
    expect(embeddedImages(engine.html.slice(1))).toEqual([JPEG_STRIPPED, PNG_CLEAN, WEBP_STRIPPED]);
  });

  it('falls back as well when an image area has no destination', async () => {
    const { built, engine } = await exportPacket(true, new HtmlEngine(true, false));
    expect(engine.html).toHaveLength(1 + 5 + ATTACHED.length);
    expect(built.pageCount).toBe(5 + ATTACHED.length);
    expect(await pdfImages(built.pdf)).toEqual([]);
  });
});
