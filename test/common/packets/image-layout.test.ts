/**
 * Which attached images the packet PDF carries itself (image-layout.ts) and which stay with Chromium: read from
 * the files' structure, never guessed; anything unusual or broken goes the old way.
 */
import { describe, expect, it } from 'vitest';
import { imageLayout } from '../../../electron/common/packets/image-layout';
import { RED_PNG } from '../../fixtures/evidence-files';
import { JPEG_PARTS, JPEG_STRIPPED, JPEG_WITH_EXIF, PNG_CLEAN, WEBP_STRIPPED, bytes, pngChunk } from './image-samples';

const P = JPEG_PARTS;
const sof = (marker: number, precision: number, components: number) =>
  bytes([0xff, marker, 0, 8 + 3 * components, precision, 0, 12, 0, 16, components], ...Array.from({ length: components }, (_, i) => [i + 1, 0x11, 0]));
const jpeg = (...segments: Uint8Array[]) => bytes([0xff, 0xd8], ...segments, P.dht, P.sos, P.scan, P.eoi);

function png(ihdr: { depth: number; color: number; interlace?: number }, ...chunks: Uint8Array[]): Uint8Array {
  const header = bytes([0, 0, 0, 4, 0, 0, 0, 3, ihdr.depth, ihdr.color, 0, 0, ihdr.interlace ?? 0]);
  return bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], pngChunk('IHDR', header), ...chunks, pngChunk('IDAT', bytes([0x78, 0x9c, 1, 2])), pngChunk('IDAT', bytes([3, 4])), pngChunk('IEND', new Uint8Array()));
}

describe('imageLayout: JPEG', () => {
  it('reads a baseline JPEG\'s frame, with or without metadata before it', () => {
    expect(imageLayout(JPEG_STRIPPED, 'image/jpeg')).toMatchObject({ format: 'jpeg', width: 8, height: 8, components: 1, adobe: false });
    expect(imageLayout(JPEG_WITH_EXIF, 'image/jpeg')).toMatchObject({ format: 'jpeg', width: 8, height: 8, components: 1, adobe: false });
  });

  it('reads progressive and CMYK frames, and notes Adobe\'s inverted CMYK', () => {
    expect(imageLayout(jpeg(P.dqt, sof(0xc2, 8, 3)), 'image/jpeg')).toMatchObject({ width: 16, height: 12, components: 3 });
    const adobe = bytes([0xff, 0xee, 0, 14], 'Adobe', [0, 100, 0, 0, 0, 0, 2]);
    expect(imageLayout(jpeg(adobe, P.dqt, sof(0xc0, 8, 4)), 'image/jpeg')).toMatchObject({ components: 4, adobe: true });
  });

  it('joins a colour profile split over APP2 segments, in sequence order, only when the set is complete', () => {
    const piece = (seq: number, count: number, data: string) => {
      const payload = bytes('ICC_PROFILE\0', [seq, count], data);
      return bytes([0xff, 0xe2, 0, payload.length + 2], payload);
    };
    const layout = (...pieces: Uint8Array[]) => imageLayout(jpeg(...pieces, P.dqt, sof(0xc0, 8, 3)), 'image/jpeg');
    expect(layout(piece(2, 2, 'world'), piece(1, 2, 'hello '))).toMatchObject({ icc: bytes('hello world') });
    expect(layout(piece(1, 2, 'hello '))).not.toHaveProperty('icc');
    // The sample's single-piece "profile" is joined too; whether it is a usable profile is checked when embedded.
    expect(imageLayout(JPEG_STRIPPED, 'image/jpeg')).toMatchObject({ icc: bytes('not-a-real-profile-but-kept') });
  });

  it('leaves to Chromium what a PDF reader may not decode, and anything broken', () => {
    expect(imageLayout(jpeg(P.dqt, sof(0xc3, 8, 3)), 'image/jpeg')).toBeUndefined(); // lossless
    expect(imageLayout(jpeg(P.dqt, sof(0xc9, 8, 3)), 'image/jpeg')).toBeUndefined(); // arithmetic coding
    expect(imageLayout(jpeg(P.dqt, sof(0xc0, 12, 3)), 'image/jpeg')).toBeUndefined(); // 12-bit
    expect(imageLayout(jpeg(P.dqt, sof(0xc0, 8, 2)), 'image/jpeg')).toBeUndefined();
    expect(imageLayout(jpeg(P.dqt), 'image/jpeg')).toBeUndefined(); // no frame before the scan
    expect(imageLayout(JPEG_WITH_EXIF.subarray(0, 60), 'image/jpeg')).toBeUndefined();
    expect(imageLayout(PNG_CLEAN, 'image/jpeg')).toBeUndefined();
  });
});

describe('imageLayout: PNG', () => {
  it('reads an RGB PNG and keeps its IDAT payloads, undecoded', () => {
    const layout = imageLayout(RED_PNG, 'image/png');
    expect(layout).toMatchObject({ format: 'png', width: 16, height: 16, bitDepth: 8, colorType: 2 });
    expect(layout?.format === 'png' ? layout.data.map((part) => part.length) : []).toEqual([47]);
  });

  it('keeps an iCCP profile compressed, as the PDF can carry it', () => {
    const profile = bytes([0x78, 0x9c, 9, 9]);
    expect(imageLayout(png({ depth: 8, color: 2 }, pngChunk('iCCP', bytes('Display P3\0', [0], profile))), 'image/png')).toMatchObject({ iccDeflated: profile });
    expect(imageLayout(png({ depth: 8, color: 2 }, pngChunk('iCCP', bytes('P3\0', [1], profile))), 'image/png')).not.toHaveProperty('iccDeflated');
  });

  it('joins several IDAT chunks in order and takes a palette', () => {
    const layout = imageLayout(png({ depth: 4, color: 3 }, pngChunk('PLTE', bytes([255, 0, 0, 0, 0, 255]))), 'image/png');
    expect(layout).toMatchObject({ width: 4, height: 3, bitDepth: 4, colorType: 3, palette: bytes([255, 0, 0, 0, 0, 255]) });
    expect(layout?.format === 'png' ? layout.data : []).toEqual([bytes([0x78, 0x9c, 1, 2]), bytes([3, 4])]);
    expect(imageLayout(png({ depth: 8, color: 6 }), 'image/png')).toMatchObject({ colorType: 6, bitDepth: 8 });
    expect(imageLayout(png({ depth: 16, color: 2 }), 'image/png')).toMatchObject({ colorType: 2, bitDepth: 16 });
  });

  it('leaves interlaced, tRNS, 16-bit alpha, palette-less and malformed PNGs to Chromium', () => {
    expect(imageLayout(png({ depth: 8, color: 2, interlace: 1 }), 'image/png')).toBeUndefined();
    expect(imageLayout(png({ depth: 8, color: 2 }, pngChunk('tRNS', bytes([0, 0, 0, 0, 0, 0]))), 'image/png')).toBeUndefined();
    expect(imageLayout(png({ depth: 16, color: 6 }), 'image/png')).toBeUndefined();
    expect(imageLayout(png({ depth: 8, color: 3 }), 'image/png')).toBeUndefined();
    expect(imageLayout(png({ depth: 3, color: 0 }), 'image/png')).toBeUndefined();
    expect(imageLayout(RED_PNG.subarray(0, 40), 'image/png')).toBeUndefined();
  });

  it('never places WebP or HEIC: a PDF cannot carry them', () => {
    expect(imageLayout(WEBP_STRIPPED, 'image/webp')).toBeUndefined();
    expect(imageLayout(JPEG_STRIPPED, 'image/heic')).toBeUndefined();
  });
});
