/**
 * What the packet PDF needs to place an attached JPEG or PNG itself (electron/node/packets/packet-images.ts),
 * read from the file's structure without decoding a pixel. A PDF reader decodes a JPEG's bytes as they are
 * (DCTDecode) and a PNG's compressed rows as they are (FlateDecode with the PNG predictors), so neither is
 * re-encoded; only a PNG with an alpha channel needs its pixels split (PDF keeps alpha in a separate mask).
 * A colour profile the file carries (a phone's Display P3) is kept for the PDF, as Chromium honoured it.
 *
 * `undefined` is everything else — other JPEG codings (lossless, arithmetic, 12-bit), interlaced PNGs, PNG
 * transparency by tRNS, 16-bit alpha, anything malformed: Chromium draws those in the page, as it always has.
 */
import { concatBytes } from './concat-bytes';

export interface JpegLayout {
  readonly format: 'jpeg';
  readonly width: number;
  readonly height: number;
  readonly components: 1 | 3 | 4;
  /** An Adobe APP14 segment: its CMYK is stored inverted. */
  readonly adobe: boolean;
  /** The ICC profile of its APP2 segments, joined in sequence order (a complete set only). */
  readonly icc?: Uint8Array;
}

export type PngColorType = 0 | 2 | 3 | 4 | 6;

export interface PngLayout {
  readonly format: 'png';
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  /** 0 grey, 2 RGB, 3 palette, 4 grey + alpha, 6 RGB + alpha. */
  readonly colorType: PngColorType;
  /** PLTE's RGB triplets (colour type 3). */
  readonly palette?: Uint8Array;
  /** The IDAT chunks' payloads, in order: together, one zlib stream of filtered rows. */
  readonly data: readonly Uint8Array[];
  /** iCCP's profile, still zlib-compressed. */
  readonly iccDeflated?: Uint8Array;
}

export type ImageLayout = JpegLayout | PngLayout;

const be16 = (bytes: Uint8Array, at: number): number => ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
const be32 = (bytes: Uint8Array, at: number): number => ((be16(bytes, at) << 16) | be16(bytes, at + 2)) >>> 0;

function ascii(bytes: Uint8Array, at: number, text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (bytes[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

/** Baseline, extended and progressive Huffman JPEG: what every PDF reader's DCTDecode reads. */
const PLACEABLE_SOF = new Set([0xc0, 0xc1, 0xc2]);
const OTHER_SOF = new Set([0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/** APP2 `ICC_PROFILE\0` segments carry a profile in numbered pieces (ICC.1 Annex B.4); all of one set, or none. */
function joinedIcc(pieces: ReadonlyMap<number, Uint8Array>, count: number): Uint8Array | undefined {
  if (count === 0 || pieces.size !== count) return undefined;
  const ordered: Uint8Array[] = [];
  for (let seq = 1; seq <= count; seq += 1) {
    const piece = pieces.get(seq);
    if (piece === undefined) return undefined;
    ordered.push(piece);
  }
  return concatBytes(ordered);
}

function jpegLayout(bytes: Uint8Array): JpegLayout | undefined {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  let adobe = false;
  const icc = new Map<number, Uint8Array>();
  let iccCount = 0;
  let frame: Omit<JpegLayout, 'adobe'> | undefined;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    let markerAt = at;
    while (bytes[markerAt + 1] === 0xff) markerAt += 1;
    const marker = bytes[markerAt + 1] ?? 0;
    const length = be16(bytes, markerAt + 2);
    const payload = markerAt + 4;
    const end = markerAt + 2 + length;
    if (length < 2 || end > bytes.length || OTHER_SOF.has(marker)) return undefined;
    // The scan starts: placeable once a frame was declared before it.
    if (marker === 0xda) {
      const profile = joinedIcc(icc, iccCount);
      return frame === undefined ? undefined : { ...frame, adobe, ...(profile === undefined ? {} : { icc: profile }) };
    }
    if (marker === 0xee && ascii(bytes, payload, 'Adobe')) adobe = true;
    if (marker === 0xe2 && length > 16 && ascii(bytes, payload, 'ICC_PROFILE\0')) {
      icc.set(bytes[payload + 12] ?? 0, bytes.subarray(payload + 14, end));
      iccCount = bytes[payload + 13] ?? 0;
    }
    if (PLACEABLE_SOF.has(marker)) {
      if (frame !== undefined || length < 8) return undefined;
      const components = bytes[payload + 5];
      const height = be16(bytes, payload + 1);
      const width = be16(bytes, payload + 3);
      if (bytes[payload] !== 8 || width === 0 || height === 0 || (components !== 1 && components !== 3 && components !== 4)) return undefined;
      frame = { format: 'jpeg', width, height, components };
    }
    at = end;
  }
  return undefined;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Bit depths the PDF can take as they are (alpha only at 8 bits: its pixels are split here, by byte). */
const PNG_DEPTHS: Readonly<Record<PngColorType, readonly number[]>> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8], 6: [8] };

function isColorType(value: number): value is PngColorType {
  return value === 0 || value === 2 || value === 3 || value === 4 || value === 6;
}

function pngLayout(bytes: Uint8Array): PngLayout | undefined {
  if (!PNG_SIGNATURE.every((value, i) => bytes[i] === value)) return undefined;
  if (be32(bytes, 8) !== 13 || !ascii(bytes, 12, 'IHDR') || bytes.length < 33) return undefined;
  const width = be32(bytes, 16);
  const height = be32(bytes, 20);
  const bitDepth = bytes[24] ?? 0;
  const colorType = bytes[25] ?? 0;
  // Compression and filter method 0 are the only ones defined; interlaced rows need decoding.
  if (width === 0 || height === 0 || bytes[26] !== 0 || bytes[27] !== 0 || bytes[28] !== 0) return undefined;
  if (!isColorType(colorType) || !PNG_DEPTHS[colorType].includes(bitDepth)) return undefined;
  const data: Uint8Array[] = [];
  let palette: Uint8Array | undefined;
  let iccDeflated: Uint8Array | undefined;
  for (let at = 33; at + 12 <= bytes.length; ) {
    const length = be32(bytes, at);
    const end = at + 12 + length;
    if (end > bytes.length) return undefined;
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (ascii(bytes, at + 4, 'IEND')) break;
    if (ascii(bytes, at + 4, 'tRNS')) return undefined;
    if (ascii(bytes, at + 4, 'PLTE')) palette = body;
    if (ascii(bytes, at + 4, 'IDAT')) data.push(body);
    // iCCP: a name of 1–79 bytes, a zero, compression method 0, then the zlib stream.
    const nameEnd = ascii(bytes, at + 4, 'iCCP') ? body.indexOf(0) : -1;
    if (nameEnd > 0 && body[nameEnd + 1] === 0) iccDeflated = body.subarray(nameEnd + 2);
    at = end;
  }
  if (data.length === 0) return undefined;
  if (colorType === 3 && (palette === undefined || palette.length === 0 || palette.length % 3 !== 0 || palette.length > 768)) return undefined;
  return { format: 'png', width, height, bitDepth, colorType, data, ...(colorType === 3 && palette !== undefined ? { palette } : {}), ...(iccDeflated === undefined ? {} : { iccDeflated }) };
}

/** How the PDF can carry this image without Chromium, or undefined (see the header). */
export function imageLayout(bytes: Uint8Array, mediaType: string): ImageLayout | undefined {
  if (mediaType === 'image/jpeg') return jpegLayout(bytes);
  if (mediaType === 'image/png') return pngLayout(bytes);
  return undefined;
}
