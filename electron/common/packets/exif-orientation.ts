/**
 * Which way up a photo is meant to be shown: the Exif Orientation tag (0x0112) of a JPEG's APP1 or a PNG's eXIf
 * chunk, as browsers honour it (`image-orientation: from-image`). Read from the file as attached, before
 * redaction strips the Exif: the packet PDF draws the picture upright, and nothing of the tag is exported.
 * Anything missing or malformed is 1 (as stored).
 */

/** 1 as stored, 2 mirrored, 3 turned 180°, 4 flipped, 5 transposed, 6 turned 90° clockwise, 7 transversed, 8 turned 90° anticlockwise. */
export type Orientation = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

function isOrientation(value: number): value is Orientation {
  return Number.isInteger(value) && value >= 1 && value <= 8;
}

function u16(bytes: Uint8Array, at: number, little: boolean): number {
  const a = bytes[at] ?? 0;
  const b = bytes[at + 1] ?? 0;
  return little ? a | (b << 8) : (a << 8) | b;
}

function u32(bytes: Uint8Array, at: number, little: boolean): number {
  const high = u16(bytes, little ? at + 2 : at, little);
  const low = u16(bytes, little ? at : at + 2, little);
  return ((high << 16) | low) >>> 0;
}

/** IFD0's Orientation in a TIFF structure (the body of Exif). */
function tiffOrientation(tiff: Uint8Array): Orientation {
  const little = tiff[0] === 0x49 && tiff[1] === 0x49;
  if (!little && !(tiff[0] === 0x4d && tiff[1] === 0x4d)) return 1;
  if (u16(tiff, 2, little) !== 42) return 1;
  const ifd = u32(tiff, 4, little);
  const count = u16(tiff, ifd, little);
  for (let i = 0; i < count; i += 1) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > tiff.length) return 1;
    // Tag 0x0112, type SHORT: the value sits in the entry itself.
    if (u16(tiff, entry, little) === 0x0112 && u16(tiff, entry + 2, little) === 3) {
      const value = u16(tiff, entry + 8, little);
      return isOrientation(value) ? value : 1;
    }
  }
  return 1;
}

function ascii(bytes: Uint8Array, at: number, text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (bytes[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

function jpegOrientation(bytes: Uint8Array): Orientation {
  for (let at = 2; at + 4 <= bytes.length; ) {
    if (bytes[at] !== 0xff) return 1;
    const marker = bytes[at + 1];
    const end = at + 2 + u16(bytes, at + 2, false);
    if (marker === 0xda || marker === 0xd9 || end > bytes.length) return 1;
    if (marker === 0xe1 && ascii(bytes, at + 4, 'Exif\0\0')) return tiffOrientation(bytes.subarray(at + 10, end));
    at = end;
  }
  return 1;
}

function pngOrientation(bytes: Uint8Array): Orientation {
  for (let at = 8; at + 12 <= bytes.length; ) {
    const length = u32(bytes, at, false);
    if (ascii(bytes, at + 4, 'IDAT') || ascii(bytes, at + 4, 'IEND')) return 1;
    if (ascii(bytes, at + 4, 'eXIf')) return tiffOrientation(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return 1;
}

export function exifOrientation(bytes: Uint8Array, mediaType: string): Orientation {
  if (mediaType === 'image/jpeg' && bytes[0] === 0xff && bytes[1] === 0xd8) return jpegOrientation(bytes);
  if (mediaType === 'image/png') return pngOrientation(bytes);
  return 1;
}
