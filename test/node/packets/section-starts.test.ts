/**
 * The packet's one-document rendering is cut at named destinations (packet-pdf.ts `namedDestinations`, checked by `runsForwards`). Chromium's
 * real output is covered by the packet e2e specs; here a PDF built with pdf-lib carries /Dests exactly as Chromium
 * writes them (`/name [pageRef /XYZ x y 0]`), so every answer — and every refusal that sends the builder to the
 * section-by-section path — is pinned down.
 */
import { PDFDocument, PDFName, PDFNumber } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { assemblePacketPdf, namedDestinations, runsForwards } from '../../../electron/node/packets/packet-pdf';

async function pdfWithDests(pageCount: number, dests: Record<string, number>): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pageCount; i += 1) doc.addPage([595, 842]);
  const pages = doc.getPages();
  const dict = doc.context.obj({});
  for (const [name, index] of Object.entries(dests)) {
    const page = pages[index];
    if (page === undefined) throw new Error(`no page ${String(index)}`);
    dict.set(PDFName.of(name), doc.context.obj([page.ref, PDFName.of('XYZ'), PDFNumber.of(6), PDFNumber.of(826), PDFNumber.of(0)]));
  }
  doc.catalog.set(PDFName.of('Dests'), dict);
  return doc.save();
}

/** What packet-render.ts does with them: the pages, when every name is found and they run forwards. */
async function sectionStarts(pdf: Uint8Array, names: readonly string[]): Promise<number[] | undefined> {
  const starts = (await namedDestinations(pdf, names))?.map((dest) => dest.page);
  return starts !== undefined && runsForwards(starts) ? starts : undefined;
}

describe('section starts from named destinations', () => {
  it('gives the page each named section starts on, in the order asked', async () => {
    const pdf = await pdfWithDests(7, { 'packet-cover': 0, 'packet-summary': 1, 'packet-timeline': 2, 'packet-attachment-1': 5 });
    expect(await sectionStarts(pdf, ['packet-cover', 'packet-summary', 'packet-timeline', 'packet-attachment-1'])).toEqual([0, 1, 2, 5]);
  });

  it('refuses a PDF missing one of the names (the builder then renders section by section)', async () => {
    const pdf = await pdfWithDests(3, { 'packet-cover': 0, 'packet-summary': 1 });
    expect(await sectionStarts(pdf, ['packet-cover', 'packet-summary', 'packet-timeline'])).toBeUndefined();
  });

  it('refuses starts that do not run forwards from the first page', async () => {
    expect(await sectionStarts(await pdfWithDests(3, { a: 0, b: 2, c: 1 }), ['a', 'b', 'c'])).toBeUndefined();
    expect(await sectionStarts(await pdfWithDests(3, { a: 0, b: 1, c: 1 }), ['a', 'b', 'c'])).toBeUndefined();
    expect(await sectionStarts(await pdfWithDests(3, { a: 1, b: 2 }), ['a', 'b'])).toBeUndefined();
  });

  it('gives each destination\'s /XYZ top too: where an image area starts on its page', async () => {
    const pdf = await pdfWithDests(2, { 'packet-attachment-1': 1, 'packet-figure-1': 1 });
    expect(await namedDestinations(pdf, ['packet-attachment-1', 'packet-figure-1'])).toEqual([
      { page: 1, top: 826 },
      { page: 1, top: 826 },
    ]);
    expect(await namedDestinations(pdf, ['packet-figure-2'])).toBeUndefined();
  });

  it('refuses a PDF with no destinations at all', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    expect(await sectionStarts(await doc.save(), ['packet-cover'])).toBeUndefined();
  });
});

describe('assemblePacketPdf from one rendered PDF', () => {
  it('cuts it at the starts, merges each attached PDF after its section and bookmarks every section', async () => {
    const whole = await pdfWithDests(4, {});
    const attached = await PDFDocument.create();
    attached.addPage([300, 300]);
    attached.addPage([300, 300]);
    const assembled = await assemblePacketPdf(
      {
        pdf: whole,
        sections: [
          { title: 'cover', startPage: 0 },
          { title: 'timeline', startPage: 1 },
          { title: 'attachment 1', startPage: 3, merge: await attached.save() },
        ],
      },
      { label: 'AJ-1', title: 'AJ-1 packet', asOf: new Date('2026-11-30T00:00:00Z') },
    );
    // 4 rendered pages + the attached PDF's 2, after the last section's own page.
    expect(assembled.pageCount).toBe(6);
    expect(assembled.outline.map((item) => [item.title, item.pageIndex])).toEqual([
      ['cover', 0],
      ['timeline', 1],
      ['attachment 1', 3],
    ]);
    const sizes = (await PDFDocument.load(assembled.bytes)).getPages().map((page) => page.getSize().width);
    expect(sizes).toEqual([595, 595, 595, 595, 300, 300]);
  });
});
