/**
 * PDF bookmarks (the outline) with pdf-lib's low-level objects: pdf-lib has no outline API. A flat list:
 * /Outlines → first…last items, each with /Title (UTF-16 hex string, so Chinese titles work), /Parent,
 * /Prev, /Next and /Dest [page /XYZ null null null] (open at the page's top, keep the zoom).
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNull, PDFNumber } from 'pdf-lib';
import type { PDFDocument, PDFRef } from 'pdf-lib';

export interface OutlineItem {
  readonly title: string;
  readonly pageIndex: number;
}

export function addOutline(doc: PDFDocument, items: readonly OutlineItem[]): void {
  if (items.length === 0) return;
  const { context } = doc;
  const pages = doc.getPages();
  const rootRef = context.nextRef();
  const refs: PDFRef[] = items.map(() => context.nextRef());
  items.forEach((item, index) => {
    const page = pages[Math.min(Math.max(item.pageIndex, 0), pages.length - 1)];
    if (page === undefined) return;
    const dest = PDFArray.withContext(context);
    dest.push(page.ref);
    dest.push(PDFName.of('XYZ'));
    dest.push(PDFNull);
    dest.push(PDFNull);
    dest.push(PDFNull);
    const entry = new Map<PDFName, PDFArray | PDFHexString | PDFRef>([
      [PDFName.of('Title'), PDFHexString.fromText(item.title)],
      [PDFName.of('Parent'), rootRef],
      [PDFName.of('Dest'), dest],
    ]);
    const prev = refs[index - 1];
    const next = refs[index + 1];
    if (prev !== undefined) entry.set(PDFName.of('Prev'), prev);
    if (next !== undefined) entry.set(PDFName.of('Next'), next);
    const ref = refs[index];
    if (ref !== undefined) context.assign(ref, PDFDict.fromMapWithContext(entry, context));
  });
  const first = refs[0];
  const last = refs.at(-1);
  if (first === undefined || last === undefined) return;
  const root = PDFDict.fromMapWithContext(
    new Map<PDFName, PDFName | PDFRef | PDFNumber>([
      [PDFName.of('Type'), PDFName.of('Outlines')],
      [PDFName.of('First'), first],
      [PDFName.of('Last'), last],
      [PDFName.of('Count'), PDFNumber.of(items.length)],
    ]),
    context,
  );
  context.assign(rootRef, root);
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  // Readers open with the bookmarks panel shown, so the clerk sees the packet's parts at once.
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
