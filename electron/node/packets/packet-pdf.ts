/**
 * The people-PDF from its parts: each HTML section already rendered to PDF by the print engine (A4), each
 * attached PDF merged after its placeholder page, a page number on every page (`AJ-202611-0001   3 / 12`:
 * pdf-lib's standard fonts have no CJK glyphs, and digits need none), and bookmarks to every part.
 *
 * Determinism: Chromium writes the creation time, a random document /ID and XMP metadata into every PDF.
 * They are replaced or dropped here, and the dates set to the packet's `asOf`, so the same case gives the same
 * bytes and the same SHA256SUMS. An attached PDF that cannot be read (encrypted, damaged) is not merged; its
 * placeholder page says so and the original is in the zip.
 */
import { PDFDocument, PDFName, StandardFonts, rgb } from 'pdf-lib';
import { addOutline } from './pdf-outline';
import type { OutlineItem } from './pdf-outline';

export interface RenderedSection {
  readonly title: string;
  /** The section's PDF from the engine. */
  readonly pdf: Uint8Array;
  /** An attached PDF to merge after the section's pages. */
  readonly merge?: Uint8Array;
}

export interface AssembledPdf {
  readonly bytes: Uint8Array;
  readonly pageCount: number;
  readonly outline: readonly OutlineItem[];
}

/** Reads an attached PDF's page count, or undefined when pdf-lib cannot open it (encrypted or damaged). */
export async function pdfPageCount(bytes: Uint8Array): Promise<number | undefined> {
  try {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    return doc.getPageCount();
  } catch {
    return undefined;
  }
}

async function appendPdf(target: PDFDocument, bytes: Uint8Array): Promise<number> {
  const source = await PDFDocument.load(bytes, { updateMetadata: false });
  const pages = await target.copyPages(source, source.getPageIndices());
  for (const page of pages) target.addPage(page);
  return pages.length;
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

export async function assemblePacketPdf(sections: readonly RenderedSection[], options: { readonly label: string; readonly title: string; readonly asOf: Date }): Promise<AssembledPdf> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const outline: OutlineItem[] = [];
  for (const section of sections) {
    const start = doc.getPageCount();
    await appendPdf(doc, section.pdf);
    outline.push({ title: section.title, pageIndex: start });
    if (section.merge !== undefined) {
      try {
        await appendPdf(doc, section.merge);
      } catch {
        // Already said on the placeholder page (pdf_unreadable); the original is in the zip.
      }
    }
  }
  await stampPageNumbers(doc, options.label);
  addOutline(doc, outline);
  normalise(doc, options.asOf, options.title);
  const bytes = await doc.save({ useObjectStreams: false });
  return { bytes, pageCount: doc.getPageCount(), outline };
}
