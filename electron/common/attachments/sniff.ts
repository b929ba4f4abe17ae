/**
 * File type from the first bytes (RELIABILITY §4 "Files"), never from the name or the browser's MIME guess:
 * a `receipt.png` that is really SVG (script inside) or HTML is refused. Only formats the app can show or
 * hand on safely pass; everything else, SVG included, is refused.
 */
import { DomainError } from '../domain/errors';
import type { AttachmentMediaType } from './attachment';
import { MAX_ATTACHMENT_BYTES } from './attachment';

function startsWith(bytes: Uint8Array, offset: number, expected: readonly number[]): boolean {
  if (bytes.length < offset + expected.length) return false;
  return expected.every((value, index) => bytes[offset + index] === value);
}

function ascii(text: string): number[] {
  return [...text].map((char) => char.charCodeAt(0));
}

function fourCc(bytes: Uint8Array, offset: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + 4));
}

const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const RIFF = ascii('RIFF');
const WEBP = ascii('WEBP');
const PDF = ascii('%PDF-');
const FTYP = ascii('ftyp');

// ISO-BMFF brands (ISO/IEC 23008-12): HEVC-coded images are HEIC; mif1/msf1 are the generic HEIF brands.
const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs']);
const HEIF_BRANDS = new Set(['mif1', 'msf1']);
// AVIF also declares mif1; it is not on the list of accepted types, so its brands win over mif1.
const REFUSED_BRANDS = new Set(['avif', 'avis']);

/** `ftyp` box: size (4) 'ftyp' (4) major brand (4) minor version (4) compatible brands (4 each). */
function sniffHeif(bytes: Uint8Array): AttachmentMediaType | undefined {
  if (!startsWith(bytes, 4, FTYP) || bytes.length < 12) return undefined;
  const boxSize = ((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0);
  const end = Math.min(boxSize >>> 0, bytes.length, 4096);
  const brands = [fourCc(bytes, 8)];
  for (let offset = 16; offset + 4 <= end; offset += 4) brands.push(fourCc(bytes, offset));
  if (brands.some((brand) => REFUSED_BRANDS.has(brand))) return undefined;
  if (brands.some((brand) => HEIC_BRANDS.has(brand))) return 'image/heic';
  if (brands.some((brand) => HEIF_BRANDS.has(brand))) return 'image/heif';
  return undefined;
}

/** The accepted type the bytes are, or undefined for anything else (SVG, HTML, EXE, AVIF, random bytes…). */
export function sniffMediaType(bytes: Uint8Array): AttachmentMediaType | undefined {
  if (startsWith(bytes, 0, JPEG)) return 'image/jpeg';
  if (startsWith(bytes, 0, PNG)) return 'image/png';
  if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP)) return 'image/webp';
  // Strictly at offset 0: readers tolerate junk before %PDF-, which is how HTML/PDF polyglots are built.
  if (startsWith(bytes, 0, PDF)) return 'application/pdf';
  return sniffHeif(bytes);
}

/** Size and type checks in the order a person can act on: empty, too large, then the wrong kind of file. */
export function checkAttachmentBytes(bytes: Uint8Array): AttachmentMediaType {
  if (bytes.length === 0) {
    throw new DomainError('file_empty', 'The file is empty.', { field: 'bytes' });
  }
  if (bytes.length > MAX_ATTACHMENT_BYTES) {
    throw new DomainError('file_too_large', `The file is larger than ${MAX_ATTACHMENT_BYTES} bytes.`, {
      field: 'bytes',
      params: { max: MAX_ATTACHMENT_BYTES, size: bytes.length },
    });
  }
  const mediaType = sniffMediaType(bytes);
  if (mediaType === undefined) {
    throw new DomainError('file_type_refused', 'Only JPEG, PNG, WebP, HEIC/HEIF photos and PDF files can be added.', {
      field: 'bytes',
    });
  }
  return mediaType;
}
