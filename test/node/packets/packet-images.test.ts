/**
 * Images drawn into the packet PDF by pdf-lib: PNG rows un-filtered exactly (every filter type), alpha split off
 * only when something is transparent, and the result read back by a real PDF reader (poppler, when installed):
 * the right colours, upright, inside the area below the caption.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';
import { PDFArray, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { Orientation } from '../../../electron/common/packets/exif-orientation';
import { imageLayout } from '../../../electron/common/packets/image-layout';
import type { PngLayout } from '../../../electron/common/packets/image-layout';
import { figureDrawer, prepareFigure } from '../../../electron/node/packets/packet-images';
import { splitPng } from '../../../electron/node/packets/png-pixels';
import { bytes, pngChunk } from '../../common/packets/image-samples';

const be32 = (n: number) => [(n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** An ICC profile's 128-byte header (no tags): enough for the checks on the way into the PDF. */
function iccHeader(space: string): Uint8Array {
  const header = new Uint8Array(128);
  header.set(new TextEncoder().encode(space), 16);
  header.set(new TextEncoder().encode('acsp'), 36);
  return header;
}

/** A PNG of `pixels` (rows of channel bytes), row y filtered with type y % 5, as an encoder would. */
function pngOf(width: number, pixels: readonly number[][], colorType: 2 | 6 | 4, extra: Uint8Array = new Uint8Array()): Uint8Array {
  const bpp = colorType === 6 ? 4 : colorType === 4 ? 2 : 3;
  const rows = pixels.map((row, y) => {
    const filter = y % 5;
    const up = pixels[y - 1] ?? [];
    return [filter, ...row.map((value, x) => {
      const left = x >= bpp ? (row[x - bpp] ?? 0) : 0;
      const above = up[x] ?? 0;
      const upLeft = x >= bpp ? (up[x - bpp] ?? 0) : 0;
      const predicted = [0, left, above, (left + above) >> 1, paeth(left, above, upLeft)][filter] ?? 0;
      return (value - predicted) & 0xff;
    })];
  });
  const ihdr = bytes(be32(width), be32(pixels.length), [8, colorType, 0, 0, 0]);
  return bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], pngChunk('IHDR', ihdr), extra, pngChunk('IDAT', deflateSync(Uint8Array.from(rows.flat()))), pngChunk('IEND', new Uint8Array()));
}

function layoutOf(png: Uint8Array): PngLayout {
  const layout = imageLayout(png, 'image/png');
  if (layout?.format !== 'png') throw new Error('not placeable');
  return layout;
}

const noisy = (width: number, height: number, channels: number, alpha: (i: number) => number) =>
  Array.from({ length: height }, (_, y) => Array.from({ length: width * channels }, (_, i) => ((i + 1) % channels === 0 ? alpha(y * width + i) : (y * 37 + i * 91 + ((i * y) % 7) * 29) & 0xff)));

describe('splitPng', () => {
  it('un-filters every filter type and splits RGBA into colour and alpha', () => {
    const pixels = noisy(7, 10, 4, (i) => (i * 13) & 0xff);
    const split = splitPng(layoutOf(pngOf(7, pixels, 6)));
    const flat = pixels.flat();
    expect([...inflateSync(split.color)]).toEqual(flat.filter((_, i) => i % 4 !== 3));
    expect([...inflateSync(split.alpha ?? new Uint8Array())]).toEqual(flat.filter((_, i) => i % 4 === 3));
    expect(split.colors).toBe(3);
  });

  it('drops the alpha of an opaque image (most phone screenshots), and handles grey + alpha', () => {
    expect(splitPng(layoutOf(pngOf(5, noisy(5, 6, 4, () => 255), 6))).alpha).toBeUndefined();
    const grey = noisy(3, 5, 2, (i) => i * 7);
    const split = splitPng(layoutOf(pngOf(3, grey, 4)));
    expect(split.colors).toBe(1);
    expect([...inflateSync(split.color)]).toEqual(grey.flat().filter((_, i) => i % 2 === 0));
  });

  it('refuses rows it cannot read (Chromium then draws the image)', () => {
    const layout = layoutOf(pngOf(4, noisy(4, 3, 4, () => 9), 6));
    expect(() => splitPng({ ...layout, height: 30 })).toThrow();
    expect(() => splitPng({ ...layout, data: [Uint8Array.from([1, 2, 3])] })).toThrow();
  });
});

function hasPoppler(): boolean {
  try {
    execFileSync('which', ['pdftoppm']);
    return true;
  } catch {
    return false;
  }
}

type Colour = 'red' | 'blue' | 'white' | 'other';

function colourOf([r = 0, g = 0, b = 0]: readonly number[]): Colour {
  if (r > 240 && g > 240 && b > 240) return 'white';
  if (r > 200 && g < 50 && b < 50) return 'red';
  if (b > 200 && r < 50 && g < 50) return 'blue';
  return 'other';
}

/** The page rendered at 18 dpi (1 px = 4 pt): the colour of pixel (x, y) from the top-left. */
async function rasterise(pdf: Uint8Array): Promise<(x: number, y: number) => Colour> {
  const dir = await mkdtemp(join(tmpdir(), 'refunddesk-figure-'));
  try {
    await writeFile(join(dir, 'p.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', '18', '-singlefile', join(dir, 'p.pdf'), join(dir, 'p')]);
    const ppm = await readFile(join(dir, 'p.ppm'));
    const [magic, width, height, max] = ppm.toString('latin1').split(/\s+/u, 4);
    if (magic !== 'P6' || max !== '255') throw new Error('unexpected ppm');
    const start = ppm.length - Number(width) * Number(height) * 3;
    return (x, y) => colourOf([...ppm.subarray(start + (y * Number(width) + x) * 3, start + (y * Number(width) + x) * 3 + 3)]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('colour profiles', () => {
  async function colourSpaceOf(png: Uint8Array): Promise<string> {
    const doc = await PDFDocument.create();
    figureDrawer(doc)(doc.addPage(), prepareFigure({ mediaType: 'image/png', bytes: png, layout: layoutOf(png), orientation: 1 }), 0);
    const saved = await PDFDocument.load(await doc.save());
    const image = saved.context.enumerateIndirectObjects().find(([, object]) => object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'));
    const stream = image?.[1];
    if (!(stream instanceof PDFRawStream)) throw new Error('no image');
    const space = stream.dict.lookup(PDFName.of('ColorSpace'));
    if (!(space instanceof PDFArray)) return String(space);
    const profile = space.lookup(1);
    return profile instanceof PDFRawStream ? `${String(space.get(0))} N ${String(profile.dict.get(PDFName.of('N')))} ${String(profile.dict.get(PDFName.of('Alternate')))}` : String(space);
  }
  const pixels = noisy(4, 4, 3, () => 255);
  const iccp = (profile: Uint8Array) => pngChunk('iCCP', bytes('Display P3\0', [0], deflateSync(profile)));

  it('keeps a sound profile as an ICCBased colour space, with the device space as its alternate', async () => {
    expect(await colourSpaceOf(pngOf(4, pixels, 2, iccp(iccHeader('RGB '))))).toBe('/ICCBased N 3 /DeviceRGB');
    expect(await colourSpaceOf(pngOf(4, pixels, 2))).toBe('/DeviceRGB');
  });

  it('falls back to the device space for a profile of another colour space, or no profile at all', async () => {
    expect(await colourSpaceOf(pngOf(4, pixels, 2, iccp(iccHeader('GRAY'))))).toBe('/DeviceRGB');
    expect(await colourSpaceOf(pngOf(4, pixels, 2, iccp(bytes('not-a-real-profile-but-kept'))))).toBe('/DeviceRGB');
    expect(await colourSpaceOf(pngOf(4, pixels, 2, pngChunk('iCCP', bytes('x\0', [0], [1, 2, 3]))))).toBe('/DeviceRGB');
  });
});

describe.runIf(hasPoppler())('figures in a real PDF reader', () => {
  // 1000×500 px: the left half red, the right half blue (every row the same, each filtered its own way).
  const row = Array.from({ length: 1000 }, (_, x) => (x < 500 ? [255, 0, 0, 255] : [0, 0, 255, 255])).flat();
  const redBlue = pngOf(1000, Array.from({ length: 500 }, () => row), 6);
  // The same as RGB: no alpha, so its compressed rows go into the PDF as they are (FlateDecode + PNG predictors).
  const rgbRow = row.filter((_, i) => i % 4 !== 3);
  const redBlueRgb = pngOf(1000, Array.from({ length: 500 }, () => rgbRow), 2);

  async function drawn(orientation: Orientation, offsetPt: number, png = redBlue): Promise<(x: number, y: number) => Colour> {
    const doc = await PDFDocument.create();
    const page = doc.addPage([595.28, 841.89]);
    figureDrawer(doc)(page, prepareFigure({ mediaType: 'image/png', bytes: png, layout: layoutOf(png), orientation }), offsetPt);
    return rasterise(await doc.save());
  }

  it('draws the image at the top of its area, fitted to the printable width, upright', async () => {
    // The area: x 42.5…552.8 pt, from 142.5 pt below the page's top down to 51 pt above its bottom (1 px = 4 pt).
    // As stored: 510 × 255 pt, red then blue, at the area's top.
    const upright = await drawn(1, 100);
    expect(upright(30, 50)).toBe('red');
    expect(upright(110, 50)).toBe('blue');
    expect(upright(30, 30)).toBe('white'); // above the area: the caption's room
    expect(upright(30, 110)).toBe('white'); // below the image
    // Orientation 6 (turned 90° clockwise): 324 × 648 pt, centred, its first column (red) on top.
    const turned = await drawn(6, 100);
    expect(turned(74, 60)).toBe('red');
    expect(turned(74, 150)).toBe('blue');
    expect(turned(20, 60)).toBe('white');
  });

  it('draws a PNG without alpha from its compressed rows, every row filter undone by the reader', async () => {
    const plain = await drawn(1, 100, redBlueRgb);
    expect(plain(30, 50)).toBe('red');
    expect(plain(110, 50)).toBe('blue');
    expect(plain(30, 110)).toBe('white');
  });

  it('still draws the image when the reader cannot use its profile (the alternate device space)', async () => {
    const profiled = pngOf(1000, Array.from({ length: 500 }, () => rgbRow), 2, pngChunk('iCCP', bytes('P3\0', [0], deflateSync(iccHeader('RGB ')))));
    const shown = await drawn(1, 100, profiled);
    expect(shown(30, 50)).toBe('red');
    expect(shown(110, 50)).toBe('blue');
  });
});
