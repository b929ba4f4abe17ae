/**
 * The packet handlers with a fake engine that turns each HTML section into a small real PDF (one page, two for
 * the timeline) and writes no named destinations — so the export takes the section-by-section path, images inline
 * (packet-image-metadata.test.ts has the engine that writes them) — and merging, page numbers and bookmarks are
 * inspected with pdf-lib (and poppler when present);
 * the zip is opened with fflate and checked the way VERIFY.txt tells a bank to.
 */
import { execFileSync } from 'node:child_process';
import { createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseEvent, PacketExport } from '../../../electron/common/cases/case';
import { appendCaseEvent } from '../../../electron/common/cases/case-chain';
import type { CaseView } from '../../../electron/common/ipc/contract-cases';
import type { PrinterInfo } from '../../../electron/common/ipc/contract-receipts';
import { verifyChainLines } from '../../../electron/common/packets/packet-events';
import { parseSha256Sums } from '../../../electron/common/packets/sha256sums';
import type { PaperSpec } from '../../../electron/common/receipts/receipt';
import { createPacketHandlers } from '../../../electron/node/packets/packet-handlers';
import { sha256Hex } from '../../../electron/node/packets/packet-zip';
import type { ReceiptEngine } from '../../../electron/node/receipts/receipt-engine';
import { nodeHasher } from '../../support/node-hasher';
import { ATTACHED_PDF, CHECKLIST, CONTACT_PHONE, COVER_LETTER, CUSTOMER_PHONE, IMAGE, PAYMENT, caseEvents, refund, theCase } from '../../common/packets/packet-fixture';

// A 1×1 PNG.
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));

async function pdfOfPages(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i += 1) doc.addPage([595.28, 841.89]);
  return doc.save();
}

class PdfEngine implements ReceiptEngine {
  readonly html: string[] = [];
  readonly printed: string[] = [];
  async pdf(html: string, paper: PaperSpec) {
    this.html.push(html);
    // The timeline section takes two pages, to show bookmarks follow real page counts.
    return { bytes: await pdfOfPages(html.includes('<h1>经过</h1>') || html.includes('<h1>Timeline</h1>') ? 2 : 1), heightMm: paper.heightMm ?? 297 };
  }
  png(html: string, paper: PaperSpec) {
    this.html.push(html);
    return Promise.resolve({ bytes: PNG, heightMm: paper.heightMm ?? 297 });
  }
  print(html: string) {
    this.printed.push(html);
    return Promise.resolve();
  }
  printers(): Promise<readonly PrinterInfo[]> {
    return Promise.resolve([]);
  }
}

let dir = '';
let events: CaseEvent[] = [];
let engine: PdfEngine;
let attachedPdf: Uint8Array;
const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const key = {
  fingerprint: 'ABCD 1234',
  publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  sign: (bytes: Uint8Array) => new Uint8Array(sign(null, bytes, privateKey)),
};

function view(): CaseView {
  const kase = theCase(events);
  return {
    case: kase,
    summary: { id: kase.id, number: kase.number, kind: kase.kind, status: kase.status, counterpartyName: kase.counterparty.name, missing: 1, createdAt: kase.createdAt, updatedAt: kase.updatedAt },
    checklist: CHECKLIST,
    attachments: [IMAGE, ATTACHED_PDF],
    linked: { refunds: [{ id: 'ref-1', number: 'TK-202611-0007', createdAt: '', status: 'done', type: 'card_refund', channel: 'unionpay_debit', paidAt: '', amount: PAYMENT.amount, net: PAYMENT.amount, operator: '王店长' }], payments: [PAYMENT], settlements: [] },
    chainValid: true,
  };
}

function handlers(name = 'packet.zip') {
  const files = new Map([[IMAGE.sha256, PNG], [ATTACHED_PDF.sha256, attachedPdf]]);
  return createPacketHandlers({
    source: {
      view,
      refund: () => ({ refund: refund(), payment: PAYMENT }),
      coverLetterDraft: () => COVER_LETTER,
      readAttachment: (sha) => Promise.resolve(files.get(sha) ?? new Uint8Array()),
      shop: () => ({ name: '小面馆', address: '杭州市西湖区文三路 1 号', phone: '0571-88886666' }),
    },
    recordExport: (_id, packet: PacketExport, actor) => {
      events = appendCaseEvent(events, { at: '2026-11-20T02:00:00.000Z', actor, kind: 'packet_exported', packet }, nodeHasher);
      return Promise.resolve(view());
    },
    requireSession: (actor) => {
      if (actor !== '王店长') throw new Error('not_signed_in');
    },
    key,
    engine,
    saveDialog: { chooseZipPath: () => Promise.resolve(join(dir, name)) },
    writeFile: async (path, bytes) => {
      await writeFile(path, bytes);
    },
  });
}

async function exportPacket(redact = true, name = 'packet.zip') {
  const result = await handlers(name)['case.exportPacket']({ id: 'case-1', language: 'zh-CN', redact, actor: '王店长' });
  if (!result.saved) throw new Error('not saved');
  return { result, files: unzipSync(await readFile(join(dir, name))) };
}

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes ?? new Uint8Array());

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'refunddesk-packets-'));
  events = caseEvents();
  engine = new PdfEngine();
  attachedPdf = await pdfOfPages(3);
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('case.exportPacket', () => {
  it('writes a zip whose every file matches SHA256SUMS, signed with the install key', async () => {
    const { result, files } = await exportPacket();
    const sums = text(files['SHA256SUMS']);
    const entries = parseSha256Sums(sums) ?? [];
    expect(entries.map((entry) => entry.path).sort()).toEqual(Object.keys(files).filter((path) => !path.startsWith('SHA256SUMS')).sort());
    for (const entry of entries) expect(sha256Hex(files[entry.path] ?? new Uint8Array())).toBe(entry.sha256);
    const publicKeyPem = createPublicKey(text(files['public-key.pem']));
    expect(verify(null, files['SHA256SUMS'] ?? new Uint8Array(), publicKeyPem, files['SHA256SUMS.sig'] ?? new Uint8Array())).toBe(true);
    expect(result.manifestSha256).toBe(sha256Hex(files['SHA256SUMS'] ?? new Uint8Array()));
    expect(Object.keys(files)).toContain(`originals/${ATTACHED_PDF.sha256}.pdf`); // ASCII names: zip tools garble others
    expect(Object.keys(files).every((path) => !path.includes('..') && !path.startsWith('/'))).toBe(true);
    expect(await readFile(join(dir, 'packet.pdf'))).toEqual(Buffer.from(files['packet.pdf'] ?? []));
    expect(result).toMatchObject({ saved: true, fileName: 'packet.zip', pdfFileName: 'packet.pdf', sameAsLast: false });
  });

  it('fails verification after a flipped byte in any file', async () => {
    const { files } = await exportPacket();
    const entries = parseSha256Sums(text(files['SHA256SUMS'])) ?? [];
    for (const entry of entries) {
      const bytes = Uint8Array.from(files[entry.path] ?? []);
      bytes[Math.floor(bytes.length / 2)] = (bytes[Math.floor(bytes.length / 2)] ?? 0) ^ 1;
      expect(sha256Hex(bytes)).not.toBe(entry.sha256);
    }
    const sums = Uint8Array.from(files['SHA256SUMS'] ?? []);
    sums[3] = (sums[3] ?? 0) ^ 1;
    expect(verify(null, sums, createPublicKey(key.publicKeyPem), files['SHA256SUMS.sig'] ?? new Uint8Array())).toBe(false);
  });

  it('passes sha256sum -c and openssl on the unzipped folder (when the tools are installed)', async () => {
    const { files } = await exportPacket();
    const out = join(dir, 'unzipped');
    for (const [path, bytes] of Object.entries(files)) {
      await mkdir(dirname(join(out, path)), { recursive: true });
      await writeFile(join(out, path), bytes);
    }
    const has = (tool: string) => {
      try {
        execFileSync('which', [tool]);
        return true;
      } catch {
        return false;
      }
    };
    if (has('sha256sum')) expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out }).toString()).not.toContain('FAILED');
    if (has('openssl')) {
      const said = execFileSync('openssl', ['pkeyutl', '-verify', '-pubin', '-inkey', 'public-key.pem', '-rawin', '-in', 'SHA256SUMS', '-sigfile', 'SHA256SUMS.sig'], { cwd: out }).toString();
      expect(said).toContain('Signature Verified Successfully');
    }
  });

  it('carries the case chain and the refund chains, which verify', async () => {
    const { files } = await exportPacket(false);
    expect(verifyChainLines(text(files['events.jsonl']), nodeHasher)).toMatchObject({ ok: true, sealed: 0, verified: events.length - 1 });
    expect(verifyChainLines(text(files['refund-events.jsonl']), nodeHasher)).toMatchObject({ ok: true, sealed: 0, verified: 3 });
    const redacted = await exportPacket(true, 'r.zip');
    expect(verifyChainLines(text(redacted.files['events.jsonl']), nodeHasher)).toMatchObject({ ok: true });
  });

  it('gives the same SHA256SUMS for an unchanged case, and different ones once it changes', async () => {
    const first = await exportPacket();
    const again = await exportPacket(true, 'again.zip');
    expect(text(again.files['SHA256SUMS'])).toBe(text(first.files['SHA256SUMS']));
    expect(again.result.sameAsLast).toBe(true);
    expect(events.filter((event) => event.kind === 'packet_exported')).toHaveLength(2);
    events = appendCaseEvent(events, { at: '2026-11-21T02:00:00.000Z', actor: '王店长', kind: 'note_added', note: '银行说已退回' }, nodeHasher);
    const changed = await exportPacket(true, 'changed.zip');
    expect(changed.result.manifestSha256).not.toBe(first.result.manifestSha256);
    expect(changed.result.sameAsLast).toBe(false);
  });

  it('contains no phone number when redacted, and the phone numbers when not', async () => {
    const { files } = await exportPacket(true);
    const everything = [...Object.values(files).map(text), ...engine.html].join('\n');
    expect(everything).not.toContain(CUSTOMER_PHONE);
    expect(everything).not.toContain(CONTACT_PHONE);
    expect(text(files['manifest.json'])).toContain('"redacted": true');
    engine.html.length = 0;
    const plain = await exportPacket(false, 'plain.zip');
    const shown = [...Object.values(plain.files).map(text), ...engine.html].join('\n');
    expect(shown).toContain(CUSTOMER_PHONE);
    expect(shown).toContain(CONTACT_PHONE);
  });

  it('embeds images, merges attached PDFs, numbers the pages and bookmarks every part', async () => {
    const { files } = await exportPacket();
    expect(engine.html.some((html) => html.includes('<img alt="张*的签购单.png" src="data:image/png;base64,'))).toBe(true);
    expect(engine.html.every((html) => !/src="(?!data:)/u.test(html))).toBe(true);
    const doc = await PDFDocument.load(files['packet.pdf'] ?? new Uint8Array());
    // cover, summary, timeline ×2, identifiers, checklist, image page, PDF placeholder = 8 HTML pages, + 3 merged.
    expect(doc.getPageCount()).toBe(8 + 3);
    const titles: string[] = [];
    const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    let item = outlines.get(PDFName.of('First'));
    while (item instanceof PDFRef) {
      const dict = doc.context.lookup(item, PDFDict);
      titles.push(dict.lookup(PDFName.of('Title'), PDFHexString).decodeText());
      item = dict.get(PDFName.of('Next'));
    }
    expect(titles).toEqual(['致函', '案件摘要', '经过', '交易要素', '材料清单', '附件 1: 张*的签购单.png', '附件 2: 银行回单.pdf']);
    try {
      execFileSync('which', ['pdftotext']);
    } catch {
      return;
    }
    await writeFile(join(dir, 'p.pdf'), files['packet.pdf'] ?? new Uint8Array());
    const pageText = execFileSync('pdftotext', [join(dir, 'p.pdf'), '-']).toString();
    expect(pageText).toMatch(/AJ-202611-0001\s+1 \/ 11/u);
    expect(pageText).toMatch(/AJ-202611-0001\s+11 \/ 11/u);
    expect(execFileSync('pdfinfo', [join(dir, 'p.pdf')]).toString()).toMatch(/Pages:\s+11/u);
  });
});

describe('case.printPacket and case.previewPacket', () => {
  it('prints one A4 document naming the attached PDF to print separately, and needs a session', async () => {
    await handlers()['case.printPacket']({ id: 'case-1', language: 'en', redact: true, actor: '王店长' });
    expect(engine.printed).toHaveLength(1);
    expect(engine.printed[0]).toContain('print the original from the exported packet');
    expect(engine.printed[0]).toContain('counter(pages)');
    // The printer gets one HTML document, so Chromium draws the images there (the saved PDF has pdf-lib draw them).
    expect(engine.printed[0]).toContain('src="data:image/png;base64,');
    expect(engine.printed[0]).not.toContain('class="figure-slot"');
    await expect(handlers()['case.printPacket']({ id: 'case-1', language: 'en', redact: true, actor: 'nobody' })).rejects.toThrow('not_signed_in');
    await expect(handlers()['case.exportPacket']({ id: 'case-1', language: 'en', redact: true, actor: 'nobody' })).rejects.toThrow('not_signed_in');
  });

  it('previews the cover letter page as a PNG', async () => {
    const preview = await handlers()['case.previewPacket']({ id: 'case-1', language: 'zh-CN', redact: true, actor: '王店长' });
    expect(preview.image.startsWith('data:image/png;base64,')).toBe(true);
    expect(engine.html[0]).toContain('<h1>致函</h1>');
    expect(engine.html[0]).toContain('本店顾客张*于');
  });
});
