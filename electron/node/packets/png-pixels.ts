/**
 * A PNG with an alpha channel (8-bit grey + alpha or RGBA, not interlaced) as the two streams a PDF wants: the
 * colour samples and, unless every pixel is opaque, the alpha as a soft mask. PDF cannot take interleaved alpha,
 * so this is the one kind of packet image whose pixels are touched: inflated and deflated by Node's zlib (native;
 * pdf-lib's embedPng does the same in JavaScript, about half a second for one phone screenshot), unfiltered here.
 * Screenshots from Android phones are usually such PNGs, most of them fully opaque.
 */
import { deflateSync, inflateSync } from 'node:zlib';
import type { PngLayout } from '../../common/packets/image-layout';

/** Above this many pixels (a 200 MB buffer) the image is left to Chromium, as every image was before. */
export const MAX_SPLIT_PIXELS = 50_000_000;

export interface SplitPng {
  /** Deflated colour samples: 1 (grey) or 3 (RGB) bytes per pixel, rows without filter bytes. */
  readonly color: Uint8Array;
  readonly colors: 1 | 3;
  /** Deflated alpha, one byte per pixel; absent when every pixel is opaque. */
  readonly alpha?: Uint8Array;
}

function paeth(left: number, up: number, upLeft: number): number {
  const p = left + up - upLeft;
  const pa = Math.abs(p - left);
  const pb = Math.abs(p - up);
  const pc = Math.abs(p - upLeft);
  return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
}

/** Undoes the row filters in place (PNG §9), `bpp` bytes per pixel. Row `y` starts after its filter byte. */
function unfilter(raw: Uint8Array, rowBytes: number, rows: number, bpp: number): void {
  const stride = rowBytes + 1;
  for (let y = 0; y < rows; y += 1) {
    const at = y * stride + 1;
    // The first row's "row above" is zeros: a zero-filled copy stands in for it.
    const up = y === 0 ? new Uint8Array(rowBytes) : raw.subarray(at - stride, at - 1);
    const row = raw.subarray(at, at + rowBytes);
    const filter = raw[at - 1];
    if (filter === 0) continue;
    for (let x = 0; x < rowBytes; x += 1) {
      const left = x >= bpp ? (row[x - bpp] ?? 0) : 0;
      const above = up[x] ?? 0;
      let predicted: number;
      if (filter === 1) predicted = left;
      else if (filter === 2) predicted = above;
      else if (filter === 3) predicted = (left + above) >> 1;
      else if (filter === 4) predicted = paeth(left, above, x >= bpp ? (up[x - bpp] ?? 0) : 0);
      else throw new Error(`PNG row ${String(y)} has filter type ${String(filter)}.`);
      row[x] = ((row[x] ?? 0) + predicted) & 0xff;
    }
  }
}

export function splitPng(layout: PngLayout): SplitPng {
  if (layout.bitDepth !== 8 || (layout.colorType !== 4 && layout.colorType !== 6)) throw new Error('Only 8-bit PNGs with alpha are split.');
  if (layout.width * layout.height > MAX_SPLIT_PIXELS) throw new Error('The PNG is too large to split.');
  const bpp = layout.colorType === 6 ? 4 : 2;
  const colors = layout.colorType === 6 ? 3 : 1;
  const { width, height } = layout;
  const rowBytes = width * bpp;
  const raw = inflateSync(Buffer.concat(layout.data));
  if (raw.length < height * (rowBytes + 1)) throw new Error('The PNG has fewer rows than its header says.');
  unfilter(raw, rowBytes, height, bpp);
  const color = Buffer.allocUnsafe(width * height * colors);
  const alpha = Buffer.allocUnsafe(width * height);
  let opaque = 255;
  let c = 0;
  let a = 0;
  for (let y = 0; y < height; y += 1) {
    const row = y * (rowBytes + 1) + 1;
    for (let x = row; x < row + rowBytes; x += bpp) {
      for (let k = 0; k < colors; k += 1) color[c++] = raw[x + k] ?? 0;
      const value = raw[x + colors] ?? 0;
      alpha[a++] = value;
      opaque &= value;
    }
  }
  return { color: deflateSync(color), colors, ...(opaque === 255 ? {} : { alpha: deflateSync(alpha) }) };
}
