import { describe, expect, it } from 'vitest';
import { exportedAttachment, stripImageMetadata } from '../../../electron/common/packets/image-metadata';
import { bytes, HEIC, includesBytes, JPEG_CLEAN, JPEG_PARTS, JPEG_STRIPPED, JPEG_WITH_EXIF, PNG_CLEAN, PNG_WITH_METADATA, pngChunks, SECRETS, WEBP_STRIPPED, WEBP_WITH_EXIF } from './image-samples';

function noSecrets(out: Uint8Array): void {
  for (const secret of SECRETS) expect(includesBytes(out, secret)).toBe(false);
  expect(includesBytes(out, 'Exif')).toBe(false);
  expect(includesBytes(out, 'GPS')).toBe(false);
}

describe('stripImageMetadata: JPEG', () => {
  it('drops APP1 Exif (with its GPS IFD) and XMP, APP13 and COM; keeps APP0, ICC and every table byte for byte', () => {
    expect(includesBytes(JPEG_WITH_EXIF, 'GPS')).toBe(true);
    const out = stripImageMetadata(JPEG_WITH_EXIF, 'image/jpeg');
    expect(out.removed).toEqual(['comment', 'exif', 'iptc', 'xmp']);
    expect(out.bytes).toEqual(JPEG_STRIPPED);
    expect(includesBytes(out.bytes, JPEG_PARTS.icc)).toBe(true);
    noSecrets(out.bytes);
  });

  it('returns a clean JPEG as the very same bytes', () => {
    const out = stripImageMetadata(JPEG_CLEAN, 'image/jpeg');
    expect(out).toEqual({ bytes: JPEG_CLEAN, removed: [] });
    expect(out.bytes).toBe(JPEG_CLEAN);
  });

  it('drops what follows EOI (appended pictures carry their own Exif) and the MPF index', () => {
    const mpf = bytes([0xff, 0xe2, 0x00, 0x0a], 'MPF\0', [0x4d, 0x4d, 0, 0x2a]);
    const withTrailer = bytes(JPEG_CLEAN.subarray(0, 2), mpf, JPEG_CLEAN.subarray(2), JPEG_WITH_EXIF);
    const out = stripImageMetadata(withTrailer, 'image/jpeg');
    expect(out.removed).toEqual(['mpf', 'trailer']);
    expect(out.bytes).toEqual(JPEG_CLEAN);
  });

  it('leaves malformed input unchanged and flags it', () => {
    const cases = [
      JPEG_WITH_EXIF.subarray(0, 40), // cut inside APP1
      JPEG_WITH_EXIF.subarray(2), // no SOI
      bytes([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x01]), // length below 2
      bytes([0xff, 0xd8, 0x00, 0x00]), // not a marker
      JPEG_CLEAN.subarray(0, JPEG_CLEAN.length - 2), // no EOI
      new Uint8Array(),
    ];
    for (const input of cases) {
      const out = stripImageMetadata(input, 'image/jpeg');
      expect(out.removed).toEqual(['unparsed']);
      expect(out.bytes).toBe(input);
    }
  });
});

describe('stripImageMetadata: PNG', () => {
  it('drops tEXt, iTXt, zTXt, eXIf and tIME; keeps the rest with their CRCs', () => {
    expect(pngChunks(PNG_WITH_METADATA).map((chunk) => chunk.type)).toEqual(['IHDR', 'tEXt', 'eXIf', 'tIME', 'iTXt', 'zTXt', 'IDAT', 'IEND']);
    const out = stripImageMetadata(PNG_WITH_METADATA, 'image/png');
    expect(out.removed).toEqual(['exif', 'text', 'time']);
    expect(out.bytes).toEqual(PNG_CLEAN);
    expect(pngChunks(out.bytes)).toEqual([{ type: 'IHDR', crcOk: true }, { type: 'IDAT', crcOk: true }, { type: 'IEND', crcOk: true }]);
    noSecrets(out.bytes);
    expect(stripImageMetadata(PNG_CLEAN, 'image/png').bytes).toBe(PNG_CLEAN);
  });

  it('leaves malformed input unchanged and flags it', () => {
    const badLength = Uint8Array.from(PNG_WITH_METADATA);
    badLength[33] = 0x7f; // the tEXt chunk's length now runs past the end
    for (const input of [PNG_WITH_METADATA.subarray(0, PNG_WITH_METADATA.length - 12), badLength, PNG_CLEAN.subarray(1)]) {
      expect(stripImageMetadata(input, 'image/png')).toEqual({ bytes: input, removed: ['unparsed'] });
    }
  });
});

describe('stripImageMetadata: WebP', () => {
  it('drops EXIF and XMP chunks, clears their VP8X flags (keeps ICC), fixes the RIFF size', () => {
    const out = stripImageMetadata(WEBP_WITH_EXIF, 'image/webp');
    expect(out.removed).toEqual(['exif', 'xmp']);
    expect(out.bytes).toEqual(WEBP_STRIPPED);
    const view = new DataView(out.bytes.buffer, out.bytes.byteOffset, out.bytes.byteLength);
    expect(view.getUint32(4, true)).toBe(out.bytes.length - 8);
    expect(out.bytes[20]).toBe(0x20);
    noSecrets(out.bytes);
    expect(stripImageMetadata(WEBP_STRIPPED, 'image/webp').bytes).toBe(WEBP_STRIPPED);
  });

  it('leaves malformed input unchanged and flags it', () => {
    const tooBig = Uint8Array.from(WEBP_WITH_EXIF);
    tooBig[4] = 0xff;
    const overrun = Uint8Array.from(WEBP_WITH_EXIF);
    overrun[16] = 0xff; // VP8X chunk size past the RIFF end
    for (const input of [tooBig, overrun, WEBP_WITH_EXIF.subarray(0, 30), bytes('RIFF', [4, 0, 0, 0], 'AVI ')]) {
      expect(stripImageMetadata(input, 'image/webp')).toEqual({ bytes: input, removed: ['unparsed'] });
    }
  });
});

describe('exportedAttachment', () => {
  it('passes everything through unredacted, strips or withholds when redacted', () => {
    for (const input of [JPEG_WITH_EXIF, HEIC]) expect(exportedAttachment(input, input === HEIC ? 'image/heic' : 'image/jpeg', false)).toEqual({ bytes: input, removed: [] });
    expect(exportedAttachment(HEIC, 'image/heic', true)).toEqual({ withheld: 'heic_not_strippable' });
    expect(exportedAttachment(HEIC, 'image/heif', true)).toEqual({ withheld: 'heic_not_strippable' });
    expect(exportedAttachment(JPEG_WITH_EXIF.subarray(0, 40), 'image/jpeg', true)).toEqual({ withheld: 'metadata_unparsed' });
    expect(exportedAttachment(PNG_WITH_METADATA, 'image/png', true)).toEqual({ bytes: PNG_CLEAN, removed: ['exif', 'text', 'time'] });
    const pdf = bytes('%PDF-1.7\n');
    expect(exportedAttachment(pdf, 'application/pdf', true)).toEqual({ bytes: pdf, removed: [] });
  });
});
