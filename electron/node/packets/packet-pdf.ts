/**
 * The people-PDF from its parts: the HTML sections already rendered to PDF by the print engine (A4) — all in one
 * PDF cut at its named destinations (`namedDestinations`), or one PDF per section — each attached image drawn into
 * the area its page keeps for it (packet-images.ts), each
 * attached PDF merged after its placeholder page, a page number on every page (`AJ-202611-0001   3 / 12`:
 * pdf-lib's standard fonts have no CJK glyphs, and digits need none), and bookmarks to every part.
 *
 * Determinism: Chromium writes the creation time, a random document /ID and XMP metadata into every PDF.
 * They are replaced or dropped here, and the dates set to the packet's `asOf`, so the same case gives the same
 * bytes and the same SHA256SUMS. An attached PDF that cannot be read (encrypted, damaged) is not merged; its
 * placeholder page says so and the original is in the zip.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef, StandardFonts, rgb } from 'pdf-lib';
import { addOutline } from './pdf-outline';
import type { OutlineItem } from './pdf-outline';
import { figureDrawer } from './packet-images';
import type { PreparedFigure } from './packet-images';

/**
 * pdf-lib yields to the event loop with a timer every 50 objects when saving and every 100 when loading: with
 * the thousands of objects of Chromium's text pages that was a third of a second of waiting per packet. Every
 * 2,000 objects still lets main answer IPC between chunks.
 */
const OBJECTS_PER_TICK = 2_000;
const LOAD = { updateMetadata: false, parseSpeed: OBJECTS_PER_TICK } as const;

export interface RenderedSection {
  readonly title: string;
  /** The section's PDF from the engine. */
  readonly pdf: Uint8Array;
  /** An attached PDF to merge after the section's pages. */
  readonly merge?: Uint8Array;
}

/** An image to draw on page `page` (of the rendered PDF), its area starting `offsetPt` below the printable top. */
export interface PlacedFigure {
  readonly page: number;
  readonly offsetPt: number;
  readonly image: PreparedFigure;
}

/** The sections of one rendered PDF: each starts at a page and runs to the next one's start. */
export interface SectionsOfOne {
  readonly pdf: Uint8Array;
  readonly sections: readonly { readonly title: string; readonly startPage: number; readonly merge?: Uint8Array; readonly figure?: PlacedFigure }[];
}

export interface AssembledPdf {
  readonly bytes: Uint8Array;
  readonly pageCount: number;
  readonly outline: readonly OutlineItem[];
}

/** Reads an attached PDF's page count, or undefined when pdf-lib cannot open it (encrypted or damaged). */
export async function pdfPageCount(bytes: Uint8Array): Promise<number | undefined> {
  try {
    const doc = await PDFDocument.load(bytes, LOAD);
    return doc.getPageCount();
  } catch {
    return undefined;
  }
}

/** Where a named destination points: a page index and the /XYZ top (undefined when the destination gives none). */
export interface Destination {
  readonly page: number;
  readonly top?: number;
}

/**
 * Each named destination in a PDF Chromium wrote (its catalog's /Dests dictionary), in the order asked;
 * undefined when one is missing.
 */
export async function namedDestinations(bytes: Uint8Array, names: readonly string[]): Promise<Destination[] | undefined> {
  const doc = await PDFDocument.load(bytes, LOAD);
  const dests = doc.catalog.lookup(PDFName.of('Dests'));
  if (!(dests instanceof PDFDict)) return undefined;
  const pageIndex = new Map(doc.getPages().map((page, index) => [page.ref.toString(), index]));
  const found: Destination[] = [];
  for (const name of names) {
    const dest = dests.lookup(PDFName.of(name));
    const target = dest instanceof PDFArray ? dest.get(0) : undefined;
    const index = target instanceof PDFRef ? pageIndex.get(target.toString()) : undefined;
    if (index === undefined || !(dest instanceof PDFArray)) return undefined;
    // [page /XYZ left top zoom]
    const top = dest.lookup(3);
    found.push({ page: index, ...(top instanceof PDFNumber ? { top: top.asNumber() } : {}) });
  }
  return found;
}

/** Section starts must run forwards from page 0; otherwise the caller renders section by section instead. */
export function runsForwards(starts: readonly number[]): boolean {
  return starts.every((start, i) => (i === 0 ? start === 0 : start > (starts[i - 1] ?? Infinity)));
}

async function appendPages(target: PDFDocument, source: PDFDocument, indices: readonly number[]): Promise<void> {
  const pages = await target.copyPages(source, [...indices]);
  for (const page of pages) target.addPage(page);
}

async function appendPdf(target: PDFDocument, bytes: Uint8Array): Promise<void> {
  const source = await PDFDocument.load(bytes, LOAD);
  await appendPages(target, source, source.getPageIndices());
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

async function stampPageNumbers(doc: PDFDocument, label: string): Promise<void> {
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const pages = doc.getPages();
  const safeLabel = label.replace(/[^A-Za-z0-9-]/gu, '');
  pages.forEach((page, index) => {
    const text = `${safeLabel}   ${String(index + 1)} / ${String(pages.length)}`.trim();
    const size = 8;
    const { width } = page.getSize();
    const textWidth = font.widthOfTextAtSize(text, size);
    // 15 mm from the right edge, 8 mm from the bottom: inside the 18 mm bottom margin the CSS keeps free.
    page.drawText(text, { x: width - 42.5 - textWidth, y: 22.7, size, font, color: rgb(0, 0, 0) });
  });
}

function normalise(doc: PDFDocument, asOf: Date, title: string): void {
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setCreator('RefundDesk');
  doc.setProducer('RefundDesk');
  doc.setCreationDate(asOf);
  doc.setModificationDate(asOf);
  doc.catalog.delete(PDFName.of('Metadata'));
  // pdf-lib writes the trailer's /ID only when it has one: none, rather than Chromium's random one.
  (doc.context.trailerInfo as { ID?: unknown }).ID = undefined;
}

async function appendMerge(doc: PDFDocument, merge: Uint8Array | undefined): Promise<void> {
  if (merge === undefined) return;
  try {
    await appendPdf(doc, merge);
  } catch {
    // Already said on the placeholder page (pdf_unreadable); the original is in the zip.
  }
}

export async function assemblePacketPdf(rendered: readonly RenderedSection[] | SectionsOfOne, options: { readonly label: string; readonly title: string; readonly asOf: Date }): Promise<AssembledPdf> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const outline: OutlineItem[] = [];
  if ('sections' in rendered) {
    const whole = await PDFDocument.load(rendered.pdf, LOAD);
    const draw = figureDrawer(doc);
    for (const [i, section] of rendered.sections.entries()) {
      const end = rendered.sections[i + 1]?.startPage ?? whole.getPageCount();
      const first = doc.getPageCount();
      outline.push({ title: section.title, pageIndex: first });
      await appendPages(doc, whole, range(section.startPage, end));
      const { figure } = section;
      if (figure !== undefined) draw(doc.getPage(first + figure.page - section.startPage), figure.image, figure.offsetPt);
      await appendMerge(doc, section.merge);
    }
  } else {
    for (const section of rendered) {
      outline.push({ title: section.title, pageIndex: doc.getPageCount() });
      await appendPdf(doc, section.pdf);
      await appendMerge(doc, section.merge);
    }
  }
  await stampPageNumbers(doc, options.label);
  addOutline(doc, outline);
  normalise(doc, options.asOf, options.title);
  const bytes = await doc.save({ useObjectStreams: false, objectsPerTick: OBJECTS_PER_TICK });
  return { bytes, pageCount: doc.getPageCount(), outline };
}
