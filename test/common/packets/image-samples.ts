/**
 * Small images built byte by byte for the metadata tests: a JPEG whose APP1 Exif holds a GPS IFD, a PNG with
 * text, time and eXIf chunks, a WebP (VP8X form) with EXIF and XMP chunks; each with the bytes expected once the
 * metadata is gone. The fake values below are what must never reach an export.
 */
import { RED_PNG } from '../../fixtures/evidence-files';

export const FAKE_GPS = 'GPS-FIX 30.2741N 120.1551E';
export const FAKE_SERIAL = 'SN-8J2K4Q77';
export const FAKE_TIME = '2026:11:02 14:31:07';
export const SECRETS = [FAKE_GPS, FAKE_SERIAL, FAKE_TIME];

export function bytes(...parts: readonly (string | readonly number[] | Uint8Array)[]): Uint8Array {
  const out: number[] = [];
  for (const part of parts) {
    if (typeof part === 'string') out.push(...new TextEncoder().encode(part));
    else out.push(...part);
  }
  return Uint8Array.from(out);
}

const be16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];
const be32 = (n: number) => [(n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
const le32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];

export function includesBytes(haystack: Uint8Array, needle: string | Uint8Array): boolean {
  const n = typeof needle === 'string' ? new TextEncoder().encode(needle) : needle;
  outer: for (let i = 0; i + n.length <= haystack.length; i += 1) {
    for (let j = 0; j < n.length; j += 1) if (haystack[i + j] !== n[j]) continue outer;
    return true;
  }
  return false;
}

// ---- JPEG ----

function segment(marker: number, payload: Uint8Array): Uint8Array {
  return bytes([0xff, marker, ...be16(payload.length + 2)], payload);
}

/** TIFF (big-endian): IFD0 with GPSInfo (0x8825) and BodySerialNumber; a GPS IFD with GPSProcessingMethod and GPSDateStamp. */
function exifTiff(): Uint8Array {
  const serial = bytes(FAKE_SERIAL, [0]);
  const method = bytes('ASCII\0\0\0', FAKE_GPS);
  const date = bytes(FAKE_TIME, [0]);
  // Layout: header 8 | IFD0 at 8: 2 + 2×12 + 4 = 30 → 38 | GPS IFD at 38: 2 + 2×12 + 4 = 30 → 68 | values.
  const serialAt = 68;
  const methodAt = serialAt + serial.length;
  const dateAt = methodAt + method.length;
  return bytes(
    'MM', [0x00, 0x2a], be32(8),
    be16(2), be16(0x8825), be16(4), be32(1), be32(38), be16(0xa431), be16(2), be32(serial.length), be32(serialAt), be32(0),
    be16(2), be16(0x001b), be16(7), be32(method.length), be32(methodAt), be16(0x001d), be16(2), be32(date.length), be32(dateAt), be32(0),
    serial, method, date,
  );
}

export const JPEG_PARTS = {
  app0: segment(0xe0, bytes('JFIF\0', [1, 1, 0, 0, 1, 0, 1, 0, 0])),
  exif: segment(0xe1, bytes('Exif\0\0', exifTiff())),
  xmp: segment(0xe1, bytes('http://ns.adobe.com/xap/1.0/\0', `<x:xmpmeta><rdf:Description aux:SerialNumber="${FAKE_SERIAL}"/></x:xmpmeta>`)),
  icc: segment(0xe2, bytes('ICC_PROFILE\0', [1, 1], 'not-a-real-profile-but-kept')),
  iptc: segment(0xed, bytes('Photoshop 3.0\0', '8BIM', [0x04, 0x04, 0, 0], be32(12), [0x1c, 0x02, 0x5a, 0, 8], 'Hangzhou')),
  comment: segment(0xfe, bytes(`shot ${FAKE_TIME}`)),
  dqt: segment(0xdb, bytes([0x00], new Array<number>(64).fill(1))),
  sof0: segment(0xc0, bytes([8], be16(8), be16(8), [1, 1, 0x11, 0])),
  dht: segment(0xc4, bytes([0x00], [0, 1], new Array<number>(14).fill(0), [0])),
  sos: segment(0xda, bytes([1, 1, 0x00, 0, 63, 0])),
  scan: bytes([0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56]),
  eoi: bytes([0xff, 0xd9]),
};

const P = JPEG_PARTS;
export const JPEG_WITH_EXIF = bytes([0xff, 0xd8], P.app0, P.exif, P.xmp, P.icc, P.iptc, P.comment, P.dqt, P.sof0, P.dht, P.sos, P.scan, P.eoi);
export const JPEG_STRIPPED = bytes([0xff, 0xd8], P.app0, P.icc, P.dqt, P.sof0, P.dht, P.sos, P.scan, P.eoi);
export const JPEG_CLEAN = JPEG_STRIPPED;

// ---- PNG ----

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const typed = bytes(type, data);
  return bytes(be32(data.length), typed, be32(crc32(typed)));
}

/** The chunks of a PNG, each with whether its CRC is right. */
export function pngChunks(png: Uint8Array): { type: string; crcOk: boolean }[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: { type: string; crcOk: boolean }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    const typed = png.subarray(at + 4, at + 8 + length);
    out.push({ type: new TextDecoder().decode(typed.subarray(0, 4)), crcOk: view.getUint32(at + 8 + length) === crc32(typed) });
    at += 12 + length;
  }
  return out;
}

const IHDR_END = 8 + 12 + 13;
const PNG_META = bytes(
  pngChunk('tEXt', bytes('Author\0', FAKE_SERIAL)),
  pngChunk('eXIf', exifTiff()),
  pngChunk('tIME', bytes([0x07, 0xea, 11, 2, 14, 31, 7])),
  pngChunk('iTXt', bytes('Comment\0\0\0\0\0', FAKE_GPS)),
  pngChunk('zTXt', bytes('Raw\0\0', [0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
);
export const PNG_WITH_METADATA = bytes(RED_PNG.subarray(0, IHDR_END), PNG_META, RED_PNG.subarray(IHDR_END));
export const PNG_CLEAN = RED_PNG;

// ---- WebP ----

function riffChunk(fourcc: string, data: Uint8Array): Uint8Array {
  return bytes(fourcc, le32(data.length), data, data.length % 2 === 1 ? [0] : []);
}

function riff(...chunks: Uint8Array[]): Uint8Array {
  const body = bytes('WEBP', ...chunks);
  return bytes('RIFF', le32(body.length), body);
}

const vp8x = (flags: number) => riffChunk('VP8X', bytes([flags, 0, 0, 0], [15, 0, 0], [15, 0, 0]));
/** Not a decodable frame: the stripper never looks inside it. Odd length, so it carries a pad byte. */
const VP8 = riffChunk('VP8 ', bytes([0x30, 0x01, 0x00, 0x9d, 0x01, 0x2a, 0x10, 0x00, 0x10, 0x00, 0x01]));
const ICCP = riffChunk('ICCP', bytes('kept-colour-profile'));
export const WEBP_WITH_EXIF = riff(vp8x(0x20 | 0x08 | 0x04), ICCP, VP8, riffChunk('EXIF', bytes('Exif\0\0', exifTiff())), riffChunk('XMP ', bytes(`<x:xmpmeta aux:SerialNumber="${FAKE_SERIAL}"/>`)));
export const WEBP_STRIPPED = riff(vp8x(0x20), ICCP, VP8);

/** A HEIC's first bytes: enough for the packet to know what it is. */
export const HEIC = bytes(be32(0x18), 'ftypheic', be32(0), 'mif1heic', be32(16), 'mdat', FAKE_GPS.slice(0, 8));
