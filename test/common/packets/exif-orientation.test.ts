import { describe, expect, it } from 'vitest';
import { exifOrientation } from '../../../electron/common/packets/exif-orientation';
import { RED_PNG } from '../../fixtures/evidence-files';
import { JPEG_PARTS, JPEG_STRIPPED, JPEG_WITH_EXIF, WEBP_WITH_EXIF, bytes, pngChunk } from './image-samples';

/** A TIFF with IFD0 holding one or two SHORT entries, in either byte order. */
function tiff(little: boolean, entries: readonly [tag: number, value: number][]): Uint8Array {
  const u16 = (n: number) => (little ? [n & 0xff, n >> 8] : [n >> 8, n & 0xff]);
  const u32 = (n: number) => (little ? [n & 0xff, (n >> 8) & 0xff, 0, 0] : [0, 0, (n >> 8) & 0xff, n & 0xff]);
  return bytes(little ? 'II' : 'MM', u16(42), u32(8), u16(entries.length), ...entries.map(([tag, value]) => bytes(u16(tag), u16(3), u32(1), u16(value), [0, 0])), u32(0));
}

const jpegWith = (exif: Uint8Array) => {
  const payload = bytes('Exif\0\0', exif);
  return bytes([0xff, 0xd8], JPEG_PARTS.app0, [0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff], payload, JPEG_STRIPPED.subarray(2 + JPEG_PARTS.app0.length));
};

describe('exifOrientation', () => {
  it('reads the Orientation tag of a JPEG\'s Exif in either byte order', () => {
    expect(exifOrientation(jpegWith(tiff(false, [[0x0112, 6]])), 'image/jpeg')).toBe(6);
    expect(exifOrientation(jpegWith(tiff(true, [[0x010f, 1], [0x0112, 8]])), 'image/jpeg')).toBe(8);
    expect(exifOrientation(jpegWith(tiff(true, [[0x0112, 3]])), 'image/jpeg')).toBe(3);
  });

  it('reads a PNG\'s eXIf chunk', () => {
    const png = bytes(RED_PNG.subarray(0, 33), pngChunk('eXIf', tiff(false, [[0x0112, 5]])), RED_PNG.subarray(33));
    expect(exifOrientation(png, 'image/png')).toBe(5);
  });

  it('is 1 without the tag, with a value out of range, for broken Exif and for other types', () => {
    expect(exifOrientation(JPEG_WITH_EXIF, 'image/jpeg')).toBe(1);
    expect(exifOrientation(JPEG_STRIPPED, 'image/jpeg')).toBe(1);
    expect(exifOrientation(jpegWith(tiff(false, [[0x0112, 9]])), 'image/jpeg')).toBe(1);
    expect(exifOrientation(jpegWith(bytes('MM', [0, 42, 0xff, 0xff, 0xff, 0xff])), 'image/jpeg')).toBe(1);
    expect(exifOrientation(RED_PNG, 'image/png')).toBe(1);
    expect(exifOrientation(WEBP_WITH_EXIF, 'image/webp')).toBe(1);
  });
});
