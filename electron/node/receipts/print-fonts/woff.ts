/**
 * WOFF 1.0 (https://www.w3.org/TR/WOFF/): an OpenType font whose tables are each zlib-compressed. The bundled
 * print font ships as WOFF because Node inflates and deflates it natively (WOFF2 would need a Brotli-and-glyph
 * transform decoder); the subsets RefundDesk embeds in a print job are written back as WOFF, a fifth of their
 * raw size. Tables are kept as tag → bytes; nothing here knows what a table means.
 */
import { deflateSync, inflateSync } from 'node:zlib';

export type FontTables = ReadonlyMap<string, Uint8Array>;

export interface WoffFont {
  /** The sfnt version of the font inside: 0x00010000 for TrueType outlines, 'OTTO' for CFF. */
  readonly flavor: number;
  readonly tables: FontTables;
}

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER_BYTES = 44;
const WOFF_ENTRY_BYTES = 20;
const SFNT_HEADER_BYTES = 12;
const SFNT_ENTRY_BYTES = 16;

export function readWoff(bytes: Uint8Array): WoffFont {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < WOFF_HEADER_BYTES || view.getUint32(0) !== WOFF_SIGNATURE) throw new Error('Not a WOFF font.');
  const flavor = view.getUint32(4);
  const count = view.getUint16(12);
  const tables = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const at = WOFF_HEADER_BYTES + i * WOFF_ENTRY_BYTES;
    const tag = String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
    const offset = view.getUint32(at + 4);
    const compLength = view.getUint32(at + 8);
    const origLength = view.getUint32(at + 12);
    if (offset + compLength > bytes.byteLength) throw new Error(`WOFF table ${tag} runs past the file.`);
    const stored = bytes.subarray(offset, offset + compLength);
    // A table is stored as is when compressing would not have made it smaller (WOFF §5).
    // Plain Uint8Array copies, never views of a Buffer: a Buffer's slice() shares memory, a Uint8Array's copies.
    const table = new Uint8Array(compLength < origLength ? inflateSync(stored) : stored);
    if (table.byteLength !== origLength) throw new Error(`WOFF table ${tag} has the wrong length.`);
    tables.set(tag, table);
  }
  return { flavor, tables };
}

/** OpenType's table checksum: the big-endian uint32 sum of the table, zero-padded to four bytes. */
export function tableChecksum(table: Uint8Array): number {
  let sum = 0;
  const whole = table.byteLength & ~3;
  const view = new DataView(table.buffer, table.byteOffset, table.byteLength);
  for (let i = 0; i < whole; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  if (whole < table.byteLength) {
    let last = 0;
    for (let i = whole; i < whole + 4; i++) last = (last << 8) | (i < table.byteLength ? table[i]! : 0);
    sum = (sum + (last >>> 0)) >>> 0;
  }
  return sum;
}

function padded(length: number): number {
  return (length + 3) & ~3;
}

/**
 * What each table is stored as: deflated, or itself where that is not smaller. Kept per table object, because a
 * print job's subsets share all but three tables with the chunk they were cut from (glyph-subset.ts): deflating
 * a dozen tables per face again and again was half the cost of a job's fonts.
 */
const storedForms = new WeakMap<Uint8Array, Uint8Array>();

function storedFormOf(table: Uint8Array): Uint8Array {
  let stored = storedForms.get(table);
  if (stored === undefined) {
    const deflated = deflateSync(table);
    stored = deflated.byteLength < table.byteLength ? new Uint8Array(deflated) : table;
    storedForms.set(table, stored);
  }
  return stored;
}

/** Tables (in tag order, as OpenType requires) as one WOFF file, each table deflated where that is smaller. */
export function writeWoff(flavor: number, tables: FontTables): Uint8Array {
  const tags = [...tables.keys()].sort();
  const stored = tags.map((tag) => {
    const table = tables.get(tag)!;
    return { tag, table, data: storedFormOf(table) };
  });
  const directoryEnd = WOFF_HEADER_BYTES + tags.length * WOFF_ENTRY_BYTES;
  const totalLength = stored.reduce((sum, entry) => sum + padded(entry.data.byteLength), directoryEnd);
  const totalSfntSize = stored.reduce((sum, entry) => sum + padded(entry.table.byteLength), SFNT_HEADER_BYTES + tags.length * SFNT_ENTRY_BYTES);
  const out = new Uint8Array(totalLength);
  const view = new DataView(out.buffer);
  view.setUint32(0, WOFF_SIGNATURE);
  view.setUint32(4, flavor);
  view.setUint32(8, totalLength);
  view.setUint16(12, tags.length);
  view.setUint32(16, totalSfntSize);
  view.setUint16(20, 1); // font version 1.0 (majorVersion, minorVersion); no metadata or private block
  let offset = directoryEnd;
  stored.forEach((entry, i) => {
    const at = WOFF_HEADER_BYTES + i * WOFF_ENTRY_BYTES;
    for (let c = 0; c < 4; c++) out[at + c] = entry.tag.charCodeAt(c);
    view.setUint32(at + 4, offset);
    view.setUint32(at + 8, entry.data.byteLength);
    view.setUint32(at + 12, entry.table.byteLength);
    view.setUint32(at + 16, tableChecksum(entry.table));
    out.set(entry.data, offset);
    offset += padded(entry.data.byteLength);
  });
  return out;
}
