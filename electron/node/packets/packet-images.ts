/**
 * Attached images drawn into the saved packet PDF with pdf-lib, not rendered by Chromium (packet-html.ts keeps an
 * empty area below each caption; packet-render.ts finds where it is). The bytes drawn are the packet's image
 * without its metadata (image-metadata.ts): in a redacted packet exactly the bytes that `originals/` holds.
 *
 * - JPEG: the file as it is (without metadata), a DCTDecode stream (as pdf-lib's embedJpg does).
 * - PNG without alpha (grey, RGB, palette): the IDAT data as it is, a FlateDecode stream with the PNG predictors —
 *   no pixel decoded. pdf-lib's embedPng would decode and re-deflate every pixel in JavaScript.
 * - PNG with alpha: split by png-pixels.ts into colour and a soft mask (no mask when all opaque).
 * The picture is turned as its Exif orientation says (read before stripping), fitted by figure-placement.ts, and
 * keeps its colour profile (an ICCBased colour space) when it has a sound one, as Chromium honoured it.
 */
import { inflateSync } from 'node:zlib';
import { PDFHexString, PDFName, concatTransformationMatrix, drawObject, popGraphicsState, pushGraphicsState } from 'pdf-lib';
import type { PDFArray, PDFContext, PDFDocument, PDFPage, PDFRef } from 'pdf-lib';
import type { Orientation } from '../../common/packets/exif-orientation';
import { fitFigure, mmToPt, orientationMatrix, shownSize } from '../../common/packets/figure-placement';
import type { ImageLayout, PngLayout } from '../../common/packets/image-layout';
import { PACKET_MARGIN_MM } from '../../common/packets/packet-css';
import { splitPng } from './png-pixels';
import type { SplitPng } from './png-pixels';

/** An image the PDF can carry without Chromium: the bytes drawn (never with metadata), their layout, which way up. */
export interface FigureSource {
  readonly mediaType: string;
  readonly bytes: Uint8Array;
  /** Read from `bytes` (a PNG's IDAT payloads are views into them). */
  readonly layout: ImageLayout;
  readonly orientation: Orientation;
}

/** A figure ready to embed: everything that may fail (inflating a PNG) has been done. */
export type PreparedFigure = FigureSource & { readonly split?: SplitPng };

/** Throws when the pixels cannot be read; the caller then leaves the image to Chromium. */
export function prepareFigure(source: FigureSource): PreparedFigure {
  const { layout } = source;
  if (layout.format === 'png' && (layout.colorType === 4 || layout.colorType === 6)) return { ...source, split: splitPng(layout) };
  return source;
}

/** pdf-lib's literal for a stream's dictionary (names as strings); the type itself is not exported. */
type StreamDict = NonNullable<Parameters<PDFContext['stream']>[1]>;

function imageDict(layout: ImageLayout, colorSpace: string | PDFArray, extra: StreamDict): StreamDict {
  return { Type: 'XObject', Subtype: 'Image', Width: layout.width, Height: layout.height, ColorSpace: colorSpace, ...extra };
}

const DEVICE_SPACES = { 1: 'DeviceGray', 3: 'DeviceRGB', 4: 'DeviceCMYK' } as const;
/** The colour space an ICC profile's header names (bytes 16–19), by number of components. */
const ICC_SPACES = { 1: 'GRAY', 3: 'RGB ', 4: 'CMYK' } as const;

function headerSays(profile: Uint8Array, at: number, text: string): boolean {
  return Buffer.from(profile.subarray(at, at + text.length)).toString('latin1') === text;
}

/**
 * `[/ICCBased profile]` for a profile that is one (`acsp` signature) of the image's colour space; otherwise the
 * device space, as a profile a reader cannot use would make it refuse the image. `deflated`: iCCP's zlib stream,
 * embedded as it is once it inflates to a sound profile.
 */
function colorSpace(context: PDFContext, components: 1 | 3 | 4, profile: { readonly raw?: Uint8Array; readonly deflated?: Uint8Array }): string | PDFArray {
  const device = DEVICE_SPACES[components];
  let raw = profile.raw;
  try {
    if (profile.deflated !== undefined) raw = inflateSync(profile.deflated, { maxOutputLength: 4 * 1024 * 1024 });
  } catch {
    return device;
  }
  if (raw === undefined || raw.length < 128 || !headerSays(raw, 36, 'acsp') || !headerSays(raw, 16, ICC_SPACES[components])) return device;
  const dict = { N: components, Alternate: device, ...(profile.deflated === undefined ? {} : { Filter: 'FlateDecode' }) };
  return context.obj([PDFName.of('ICCBased'), context.register(context.stream(profile.deflated ?? raw, dict))]);
}

function pngColorSpace(context: PDFContext, layout: PngLayout): string | PDFArray {
  const components = layout.colorType === 0 || layout.colorType === 4 ? 1 : 3;
  const space = colorSpace(context, components, layout.iccDeflated === undefined ? {} : { deflated: layout.iccDeflated });
  if (layout.colorType !== 3 || layout.palette === undefined) return space;
  const hex = Buffer.from(layout.palette).toString('hex');
  return context.obj([PDFName.of('Indexed'), typeof space === 'string' ? PDFName.of(space) : space, layout.palette.length / 3 - 1, PDFHexString.of(hex)]);
}

function embedPng(context: PDFContext, layout: PngLayout, split: SplitPng | undefined): PDFRef {
  if (split !== undefined) {
    const flat = { BitsPerComponent: 8, Filter: 'FlateDecode' };
    const mask = split.alpha === undefined ? {} : { SMask: context.register(context.stream(split.alpha, imageDict(layout, 'DeviceGray', flat))) };
    return context.register(context.stream(split.color, imageDict(layout, pngColorSpace(context, layout), { ...flat, ...mask })));
  }
  const colors = layout.colorType === 2 ? 3 : 1;
  const decodeParms = { Predictor: 15, Colors: colors, BitsPerComponent: layout.bitDepth, Columns: layout.width };
  const dict = imageDict(layout, pngColorSpace(context, layout), { BitsPerComponent: layout.bitDepth, Filter: 'FlateDecode', DecodeParms: decodeParms });
  return context.register(context.stream(Buffer.concat(layout.data), dict));
}

function embedFigure(doc: PDFDocument, figure: PreparedFigure): PDFRef {
  const { context } = doc;
  const { layout } = figure;
  if (layout.format === 'png') return embedPng(context, layout, figure.split);
  // CMYK from Adobe software is stored inverted (PDF 32000-1 §8.6.4.4, as pdf-lib's embedJpg assumes for every CMYK).
  const decode = layout.components === 4 && layout.adobe ? { Decode: [1, 0, 1, 0, 1, 0, 1, 0] } : {};
  const space = colorSpace(context, layout.components, layout.icc === undefined ? {} : { raw: layout.icc });
  return context.register(context.stream(figure.bytes, imageDict(layout, space, { BitsPerComponent: 8, Filter: 'DCTDecode', ...decode })));
}

/**
 * Draws figures onto a document's pages, each image embedded once however often it is attached. `offsetPt` is
 * how far below the top of the page's printable area the figure's area starts; it runs to the bottom margin.
 */
export function figureDrawer(doc: PDFDocument): (page: PDFPage, figure: PreparedFigure, offsetPt: number) => void {
  const embedded = new Map<PreparedFigure, PDFRef>();
  return (page, figure, offsetPt) => {
    const ref = embedded.get(figure) ?? embedFigure(doc, figure);
    embedded.set(figure, ref);
    const { width, height } = page.getSize();
    const left = mmToPt(PACKET_MARGIN_MM.left);
    const bottom = mmToPt(PACKET_MARGIN_MM.bottom);
    const top = height - mmToPt(PACKET_MARGIN_MM.top) - offsetPt;
    const area = { x: left, y: bottom, width: width - left - mmToPt(PACKET_MARGIN_MM.right), height: Math.max(0, top - bottom) };
    const box = fitFigure(shownSize(figure.layout, figure.orientation), area);
    const name = page.node.newXObject('Figure', ref);
    page.pushOperators(pushGraphicsState(), concatTransformationMatrix(...orientationMatrix(figure.orientation, box)), drawObject(name), popGraphicsState());
  };
}
