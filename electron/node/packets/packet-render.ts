/**
 * The packet's HTML as PDF pages, ready for assemblePacketPdf: one engine call for the whole document, cut where
 * its sections' named destinations sit, each attached JPEG/PNG then drawn by pdf-lib where its page's image area
 * starts (another named destination: `packet-figure-N`). Chromium only lays out text, which takes it a fraction
 * of the time a packet of phone screenshots did.
 *
 * An engine whose PDF has no usable destinations gets the slower way, one call per section with every image
 * inline in its page, as all packets were made before: the same sections, images drawn by Chromium.
 */
import { PAPER } from '../../common/receipts/receipt';
import { mmToPt } from '../../common/packets/figure-placement';
import { PACKET_MARGIN_MM } from '../../common/packets/packet-css';
import { packetExportDocument, packetSections } from '../../common/packets/packet-html';
import type { AnchoredSection } from '../../common/packets/packet-html';
import type { ReceiptEngine } from '../receipts/receipt-engine';
import type { GatheredPacket } from './packet-builder';
import { withInlineImages } from './inline-images';
import { prepareFigure } from './packet-images';
import type { PreparedFigure } from './packet-images';
import { namedDestinations, runsForwards } from './packet-pdf';
import type { RenderedSection, SectionsOfOne } from './packet-pdf';

/** Every placed image made ready to embed; one whose pixels cannot be read is left out (Chromium draws it). */
function prepareFigures(packet: GatheredPacket): Map<string, PreparedFigure> {
  const prepared = new Map<string, PreparedFigure>();
  for (const [sha256, figure] of packet.figures) {
    try {
      prepared.set(sha256, prepareFigure(figure));
    } catch {
      // A PNG whose compressed rows are damaged: Chromium shows what it can of it, as before.
    }
  }
  return prepared;
}

const CONTENT_HEIGHT_PT = mmToPt((PAPER.a4.heightMm ?? 297) - PACKET_MARGIN_MM.top - PACKET_MARGIN_MM.bottom);
/** An image area this short means the destinations are not what this code expects: the fallback is safer. */
const MIN_AREA_PT = mmToPt(10);

type PlacedSections = SectionsOfOne['sections'];

/**
 * Where every section starts and where every image area sits, from the PDF's named destinations; undefined when
 * one is missing or does not make sense (sections not running forwards, an area outside its section's pages).
 * An area's offset is measured from its own section's destination, which sits at the top of a page's printable
 * area, so it does not depend on how the engine counts the page margin.
 */
async function placeSections(pdf: Uint8Array, sections: readonly AnchoredSection[], figures: ReadonlyMap<string, PreparedFigure>, files: ReadonlyMap<string, Uint8Array>): Promise<PlacedSections | undefined> {
  const withFigure = sections.filter((section) => section.figure !== undefined);
  const names = [...sections.map((section) => section.anchor), ...withFigure.map((section) => section.figure?.anchor ?? '')];
  const found = await namedDestinations(pdf, names);
  if (found === undefined) return undefined;
  const starts = found.slice(0, sections.length).map((dest) => dest.page);
  if (!runsForwards(starts)) return undefined;
  const placed: PlacedSections[number][] = [];
  for (const [i, section] of sections.entries()) {
    const start = starts[i] ?? 0;
    const merge = section.mergePdf === undefined ? undefined : files.get(section.mergePdf);
    const base = { title: section.title, startPage: start, ...(merge === undefined ? {} : { merge }) };
    const image = section.figure === undefined ? undefined : figures.get(section.figure.sha256);
    if (image === undefined) {
      placed.push(base);
      continue;
    }
    const area = found[sections.length + withFigure.indexOf(section)];
    const top = found[i]?.top;
    const end = starts[i + 1] ?? Infinity;
    if (area?.top === undefined || top === undefined || area.page < start || area.page >= end) return undefined;
    const offsetPt = top - area.top;
    if (offsetPt < 0 || CONTENT_HEIGHT_PT - offsetPt < MIN_AREA_PT) return undefined;
    placed.push({ ...base, figure: { page: area.page, offsetPt, image } });
  }
  return placed;
}

export async function renderPacketPdf(packet: GatheredPacket, engine: ReceiptEngine): Promise<SectionsOfOne | RenderedSection[]> {
  const figures = prepareFigures(packet);
  const one = packetExportDocument(withInlineImages(packet, (sha256) => !figures.has(sha256)));
  const whole = await engine.pdf(one.html, PAPER.a4);
  const sections = await placeSections(whole.bytes, one.sections, figures, packet.files);
  if (sections !== undefined) return { pdf: whole.bytes, sections };
  const rendered: RenderedSection[] = [];
  for (const section of packetSections(withInlineImages(packet))) {
    const page = await engine.pdf(section.html, PAPER.a4);
    const merge = section.mergePdf === undefined ? undefined : packet.files.get(section.mergePdf);
    rendered.push({ title: section.title, pdf: page.bytes, ...(merge === undefined ? {} : { merge }) });
  }
  return rendered;
}
