/**
 * Photo metadata out of exported images (RELIABILITY §4 "images … without EXIF/GPS where exported", §6 minimum
 * necessary): a phone photo of a signed slip carries where it was taken (GPS), the phone (make, model, serial)
 * and when, none of which a bank needs. Byte-level and pure, no re-encoding: the pixels are the same bytes.
 *
 * - JPEG: walks the marker segments up to SOS; drops APP1 (Exif, XMP), APP13 (IPTC/Photoshop), COM and APP2 MPF
 *   (the index of appended pictures, which go too); keeps APP0, APP2 ICC profiles (a colour description, nothing
 *   personal), APP14 and every table and frame segment byte for byte. From SOS the scan data is copied up to and
 *   including EOI; anything after EOI (Multi-Picture secondary images, maker trailers — each may carry its own
 *   Exif) is dropped.
 * - PNG: drops eXIf, tEXt, iTXt, zTXt and tIME chunks, keeps the others byte for byte (their CRCs unchanged),
 *   drops anything after IEND.
 * - WebP: drops the EXIF and `XMP ` chunks, clears VP8X's Exif and XMP flags, rewrites the RIFF size.
 *
 * Malformed input comes back unchanged with `removed: ['unparsed']`: the caller decides (a redacted packet
 * withholds it). HEIC/HEIF and PDFs are not handled here (see exportedAttachment in the packet builder).
 */
import { concatBytes } from './concat-bytes';

export type StrippableImageType = 'image/jpeg' | 'image/png' | 'image/webp';

/** What was taken out, for the manifest: kinds of metadata, never their content. */
export type RemovedMetadata = 'exif' | 'xmp' | 'iptc' | 'comment' | 'app1' | 'mpf' | 'text' | 'time' | 'trailer' | 'unparsed';

export interface StrippedImage {
  readonly bytes: Uint8Array;
  /** Sorted, each kind once; empty when there was nothing to remove (then `bytes` equals the input). */
  readonly removed: readonly RemovedMetadata[];
}

export function isStrippableImageType(mediaType: string): mediaType is StrippableImageType {
  return mediaType === 'image/jpeg' || mediaType === 'image/png' || mediaType === 'image/webp';
}

class Unparsed extends Error {}

function startsWith(bytes: Uint8Array, at: number, ascii: string): boolean {
  if (at + ascii.length > bytes.length) return false;
  for (let i = 0; i < ascii.length; i += 1) if (bytes[at + i] !== ascii.charCodeAt(i)) return false;
  return true;
}

function ascii(bytes: Uint8Array, at: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(at, at + length));
}

function byteAt(bytes: Uint8Array, at: number): number {
  const value = bytes[at];
  if (value === undefined) throw new Unparsed();
  return value;
}

function app1Kind(bytes: Uint8Array, payload: number): RemovedMetadata {
  if (startsWith(bytes, payload, 'Exif\0')) return 'exif';
  if (startsWith(bytes, payload, 'http://ns.adobe.com/xap/1.0/') || startsWith(bytes, payload, 'http://ns.adobe.com/xmp/extension/')) return 'xmp';
  return 'app1';
}

function stripJpeg(bytes: Uint8Array, removed: Set<RemovedMetadata>): Uint8Array {
  if (byteAt(bytes, 0) !== 0xff || byteAt(bytes, 1) !== 0xd8) throw new Unparsed();
  const kept: Uint8Array[] = [bytes.subarray(0, 2)];
  let at = 2;
  for (;;) {
    if (byteAt(bytes, at) !== 0xff) throw new Unparsed();
    // Fill bytes (0xFF runs) may precede a marker; they are dropped with nothing lost.
    let markerAt = at;
    while (byteAt(bytes, markerAt + 1) === 0xff) markerAt += 1;
    const marker = byteAt(bytes, markerAt + 1);
    if (marker === 0x00 || marker === 0xd8 || marker === 0xd9 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) throw new Unparsed();
    const length = (byteAt(bytes, markerAt + 2) << 8) | byteAt(bytes, markerAt + 3);
    const end = markerAt + 2 + length;
    if (length < 2 || end > bytes.length) throw new Unparsed();
    if (marker === 0xda) return concatBytes([...kept, bytes.subarray(markerAt, scanEnd(bytes, end, removed))]);
    const payload = markerAt + 4;
    let drop: RemovedMetadata | undefined;
    if (marker === 0xe1) drop = app1Kind(bytes, payload);
    else if (marker === 0xed) drop = 'iptc';
    else if (marker === 0xfe) drop = 'comment';
    else if (marker === 0xe2 && startsWith(bytes, payload, 'MPF\0')) drop = 'mpf';
    if (drop === undefined) kept.push(bytes.subarray(markerAt, end));
    else removed.add(drop);
    at = end;
  }
}

/** Where the image ends: just after the first EOI after the scans (entropy-coded data escapes 0xFF as FF 00). */
function scanEnd(bytes: Uint8Array, from: number, removed: Set<RemovedMetadata>): number {
  for (let i = from; i + 1 < bytes.length; i += 1) {
    if (bytes[i] === 0xff && bytes[i + 1] === 0xd9) {
      if (i + 2 < bytes.length) removed.add('trailer');
      return i + 2;
    }
  }
  throw new Unparsed();
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG_DROPPED: Readonly<Record<string, RemovedMetadata>> = { eXIf: 'exif', tEXt: 'text', iTXt: 'text', zTXt: 'text', tIME: 'time' };

function u32be(bytes: Uint8Array, at: number): number {
  return ((byteAt(bytes, at) << 24) | (byteAt(bytes, at + 1) << 16) | (byteAt(bytes, at + 2) << 8) | byteAt(bytes, at + 3)) >>> 0;
}

function stripPng(bytes: Uint8Array, removed: Set<RemovedMetadata>): Uint8Array {
  if (!PNG_SIGNATURE.every((value, i) => bytes[i] === value)) throw new Unparsed();
  const kept: Uint8Array[] = [bytes.subarray(0, 8)];
  let at = 8;
  for (;;) {
    const length = u32be(bytes, at);
    const type = ascii(bytes, at + 4, 4);
    const end = at + 12 + length;
    if (!/^[A-Za-z]{4}$/u.test(type) || end > bytes.length) throw new Unparsed();
    const drop = PNG_DROPPED[type];
    if (drop === undefined) kept.push(bytes.subarray(at, end));
    else removed.add(drop);
    at = end;
    if (type === 'IEND') {
      if (at < bytes.length) removed.add('trailer');
      return concatBytes(kept);
    }
  }
}

function u32le(bytes: Uint8Array, at: number): number {
  return (byteAt(bytes, at) | (byteAt(bytes, at + 1) << 8) | (byteAt(bytes, at + 2) << 16) | (byteAt(bytes, at + 3) << 24)) >>> 0;
}

const VP8X_EXIF = 0x08;
const VP8X_XMP = 0x04;

function stripWebp(bytes: Uint8Array, removed: Set<RemovedMetadata>): Uint8Array {
  if (!startsWith(bytes, 0, 'RIFF') || !startsWith(bytes, 8, 'WEBP')) throw new Unparsed();
  const riffEnd = 8 + u32le(bytes, 4);
  if (riffEnd > bytes.length || riffEnd < 12) throw new Unparsed();
  if (riffEnd < bytes.length) removed.add('trailer');
  const kept: Uint8Array[] = [];
  let at = 12;
  while (at < riffEnd) {
    const fourcc = ascii(bytes, at, 4);
    const size = u32le(bytes, at + 4);
    // Chunks are padded to an even size; a final chunk without its pad byte is tolerated.
    const end = Math.min(at + 8 + size + (size % 2), riffEnd);
    if (at + 8 + size > riffEnd) throw new Unparsed();
    if (fourcc === 'EXIF') removed.add('exif');
    else if (fourcc === 'XMP ') removed.add('xmp');
    else kept.push(bytes.subarray(at, end));
    at = end;
  }
  if (!removed.has('exif') && !removed.has('xmp') && !removed.has('trailer')) return bytes;
  const body = concatBytes(kept);
  if (startsWith(body, 0, 'VP8X') && body.length > 8) body[8] = byteAt(body, 8) & ~(VP8X_EXIF | VP8X_XMP) & 0xff;
  const out = new Uint8Array(12 + body.length);
  out.set(bytes.subarray(0, 12), 0);
  out.set(body, 12);
  new DataView(out.buffer).setUint32(4, out.length - 8, true);
  return out;
}

const STRIPPERS: { readonly [T in StrippableImageType]: (bytes: Uint8Array, removed: Set<RemovedMetadata>) => Uint8Array } = {
  'image/jpeg': stripJpeg,
  'image/png': stripPng,
  'image/webp': stripWebp,
};

export function stripImageMetadata(bytes: Uint8Array, mediaType: StrippableImageType): StrippedImage {
  const removed = new Set<RemovedMetadata>();
  let out: Uint8Array;
  try {
    out = STRIPPERS[mediaType](bytes, removed);
  } catch (error) {
    if (error instanceof Unparsed) return { bytes, removed: ['unparsed'] };
    throw error;
  }
  // Nothing removed: the very same bytes (same hash as the chain's), not a copy.
  if (removed.size === 0) return { bytes, removed: [] };
  return { bytes: Uint8Array.from(out), removed: [...removed].sort() };
}

export type WithheldReason = 'heic_not_strippable' | 'metadata_unparsed';

export const WITHHELD_NOTES: { readonly [R in WithheldReason]: string } = {
  heic_not_strippable: 'HEIC/HEIF metadata cannot be removed without re-encoding; left out of this redacted packet (export unredacted to include it)',
  metadata_unparsed: 'the image could not be parsed, so its metadata could not be removed; left out of this redacted packet (export unredacted to include it)',
};

/** What a packet carries for one attached file: the bytes to export, or why it is withheld. */
export type AttachmentExport =
  | { readonly withheld?: undefined; readonly bytes: Uint8Array; readonly removed: readonly RemovedMetadata[] }
  | { readonly withheld: WithheldReason };

/**
 * Unredacted: the original, byte for byte. Redacted: JPEG/PNG/WebP without their metadata; HEIC/HEIF and images
 * that could not be parsed withheld; PDFs as attached (they are documents, not photos).
 */
export function exportedAttachment(bytes: Uint8Array, mediaType: string, redact: boolean): AttachmentExport {
  if (!redact) return { bytes, removed: [] };
  if (mediaType === 'image/heic' || mediaType === 'image/heif') return { withheld: 'heic_not_strippable' };
  if (!isStrippableImageType(mediaType)) return { bytes, removed: [] };
  const stripped = stripImageMetadata(bytes, mediaType);
  return stripped.removed.includes('unparsed') ? { withheld: 'metadata_unparsed' } : stripped;
}
