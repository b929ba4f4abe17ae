/**
 * The on-disk envelope: `{ format, seq, savedAt, sha256, data }`. The checksum covers the canonical JSON of
 * `data`, so a flipped bit, a hand edit or a duplicated key whose last value wins are all caught — JSON.parse
 * alone would accept every one of them.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../common/domain/canonical-json';
import type { RecoveryNotice } from '../../common/ports';

export const ENVELOPE_FORMAT = 'refunddesk/1';

export type Problem = RecoveryNotice['problem'];

export interface Envelope<T> {
  readonly seq: number;
  readonly savedAt: string;
  readonly data: T;
}

export type Decoded<T> = { readonly ok: true; readonly envelope: Envelope<T> } | { readonly ok: false; readonly problem: Problem; readonly detail: string };

const UTF8_BOM = '\uFEFF';
const SHA256_HEX = /^[0-9a-f]{64}$/;

/** SHA-256 in hex of text (as UTF-8) or of bytes. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * One canonical serialisation feeds both the checksum and the file, so a save hashes and stringifies the
 * data once. The envelope fields go on their own lines for whoever opens the file in an editor.
 */
export function encodeEnvelope(data: unknown, seq: number, savedAt: Date): Buffer {
  return envelopeOf(Buffer.from(canonicalJson(data), 'utf8'), seq, savedAt).bytes;
}

/**
 * The envelope around data already encoded as the UTF-8 bytes of its canonical JSON, with the checksum it
 * carries. A store that keeps each record's canonical bytes (ledger-store.ts) builds a month from them instead
 * of re-serialising thousands of records for one change. `dataBytes` must be canonicalJson(data) in UTF-8.
 */
export function envelopeOf(dataBytes: Uint8Array, seq: number, savedAt: Date): { readonly bytes: Buffer; readonly sha256: string } {
  const bytes = Buffer.allocUnsafe(envelopeLength(dataBytes.length, seq, savedAt));
  const { length, sha256 } = envelopeInto(bytes, [dataBytes], seq, savedAt);
  return { bytes: bytes.subarray(0, length), sha256 };
}

const SHA256_PLACEHOLDER = '0'.repeat(64);
const TAIL = Buffer.from('}\n', 'utf8');

function envelopeHead(seq: number, savedAt: Date, sha256: string): string {
  return `{"format":${JSON.stringify(ENVELOPE_FORMAT)},\n"seq":${seq},\n"savedAt":${JSON.stringify(savedAt.toISOString())},\n"sha256":"${sha256}",\n"data":`;
}

/** Bytes of the envelope around `dataLength` bytes of data: what envelopeInto needs. */
export function envelopeLength(dataLength: number, seq: number, savedAt: Date): number {
  return Buffer.byteLength(envelopeHead(seq, savedAt, SHA256_PLACEHOLDER), 'utf8') + dataLength + TAIL.length;
}

/**
 * envelopeOf written into `target` (at least envelopeLength bytes long), with the data given as the parts it is
 * joined from: a save then copies each record's bytes once, into a buffer it reuses, instead of joining them into
 * a fresh one and copying that again behind the head. Fresh megabytes were what a save at 50,000 refunds spent
 * most on: the copies themselves, and the collections of the old generation that memory outside the heap sets off
 * every ~64 MB. The head's length does not depend on the checksum (64 hex digits), so the data goes in first,
 * is hashed where it lies, and the head is written in front of it.
 */
export function envelopeInto(target: Buffer, parts: readonly Uint8Array[], seq: number, savedAt: Date): { readonly length: number; readonly sha256: string } {
  const headLength = Buffer.byteLength(envelopeHead(seq, savedAt, SHA256_PLACEHOLDER), 'utf8');
  let at = headLength;
  for (const part of parts) {
    target.set(part, at);
    at += part.length;
  }
  const sha256 = createHash('sha256').update(target.subarray(headLength, at)).digest('hex');
  target.write(envelopeHead(seq, savedAt, sha256), 0, headLength, 'utf8');
  target.set(TAIL, at);
  return { length: at + TAIL.length, sha256 };
}

/**
 * Checks everything short of the data's shape. A BOM is reported as `not_json` (RFC 8259 forbids it and
 * JSON.parse rejects it) but the text behind it is still checked: when it verifies, the caller can keep
 * the latest data instead of falling back to an older generation.
 */
export function decodeEnvelope<T>(bytes: Buffer, parse: (data: unknown) => T, knownShape?: (sha256: string) => boolean): Decoded<T> {
  const text = bytes.toString('utf8');
  if (text.length === 0) return { ok: false, problem: 'not_json', detail: 'empty file' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: 'not_json', detail: error instanceof Error ? error.message : String(error) };
  }
  if (!isRecord(value)) return { ok: false, problem: 'schema', detail: 'not an envelope object' };
  const { format, seq, savedAt, sha256, data } = value;
  if (format !== ENVELOPE_FORMAT) return { ok: false, problem: 'schema', detail: `unknown format ${String(format)}` };
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0) {
    return { ok: false, problem: 'schema', detail: 'bad seq' };
  }
  if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) {
    return { ok: false, problem: 'schema', detail: 'bad savedAt' };
  }
  if (typeof sha256 !== 'string' || !SHA256_HEX.test(sha256)) return { ok: false, problem: 'schema', detail: 'bad sha256' };
  if (!('data' in value)) return { ok: false, problem: 'schema', detail: 'no data' };
  if (!writtenTextMatches(bytes, sha256)) {
    let actual: string;
    try {
      actual = sha256Hex(canonicalJson(data));
    } catch (error) {
      return { ok: false, problem: 'checksum', detail: error instanceof Error ? error.message : String(error) };
    }
    if (actual !== sha256) return { ok: false, problem: 'checksum', detail: `sha256 ${actual} != ${sha256}` };
  }
  // Data whose verified checksum the caller knows to have the right shape (shape-memo.ts) is not checked again.
  if (knownShape?.(sha256) === true) return { ok: true, envelope: { seq, savedAt, data: data as T } };
  try {
    return { ok: true, envelope: { seq, savedAt, data: parse(data) } };
  } catch (error) {
    return { ok: false, problem: 'schema', detail: error instanceof Error ? error.message : String(error) };
  }
}

const DATA_KEY = Buffer.from('\n"data":', 'utf8');
/** The envelope's fields before `data` take well under this; a longer head is not one encodeEnvelope wrote. */
const MAX_HEAD_BYTES = 512;

/**
 * The fast check: encodeEnvelope writes the canonical text of `data` verbatim as the file's last field, so when
 * the file's bytes there hash to the checksum, the data is exactly what was hashed — without re-serialising
 * megabytes of records (at 50,000 refunds that took longer than reading and parsing them). Anything else (an
 * editor's reformatting, a duplicated key, a file another writer laid out differently) returns false and is
 * checked the slow way, over canonicalJson of what JSON.parse produced, so no file is judged differently.
 */
function writtenTextMatches(bytes: Buffer, sha256: string): boolean {
  return canonicalDataBytes(bytes, sha256) !== undefined;
}

/**
 * The bytes of `data` in a file laid out as encodeEnvelope writes it, when they hash to `sha256` (so they are the
 * canonical JSON of the data); undefined for any other layout or content.
 */
export function canonicalDataBytes(bytes: Buffer, sha256: string): Buffer | undefined {
  const at = bytes.subarray(0, MAX_HEAD_BYTES).indexOf(DATA_KEY);
  const end = bytes.length - 2;
  if (at === -1 || end <= at + DATA_KEY.length || bytes[end] !== 0x7d || bytes[end + 1] !== 0x0a) return undefined;
  // The head must hold the one data key: then JSON.parse's `data` is exactly the text after it.
  if (bytes.subarray(0, at).includes('"data"')) return undefined;
  const data = bytes.subarray(at + DATA_KEY.length, end);
  return createHash('sha256').update(data).digest('hex') === sha256 ? data : undefined;
}

/** The checksum field of a file decodeEnvelope accepted (its head is the envelope's; read without a full parse). */
export function checksumOf(bytes: Buffer): string | undefined {
  return /"sha256":"([0-9a-f]{64})"/u.exec(bytes.subarray(0, MAX_HEAD_BYTES).toString('utf8'))?.[1];
}

/** Sequence number and checksum from the head of a file laid out as encodeEnvelope writes it (no full parse). */
export function headOf(bytes: Buffer): { readonly seq: number; readonly sha256: string } | undefined {
  const head = bytes.subarray(0, MAX_HEAD_BYTES).toString('utf8');
  const seq = /^\{"format":"[^"]*",\n"seq":(\d{1,15}),\n/u.exec(head)?.[1];
  const sha256 = checksumOf(bytes);
  return seq === undefined || sha256 === undefined ? undefined : { seq: Number(seq), sha256 };
}

export function hasBom(bytes: Buffer): boolean {
  return bytes.toString('utf8', 0, Math.min(bytes.length, 3)) === UTF8_BOM;
}

export function stripBom(bytes: Buffer): Buffer {
  return hasBom(bytes) ? bytes.subarray(3) : bytes;
}

/** Best-effort seq of a file we cannot fully trust, so numbering never goes backwards. */
export function peekSeq(bytes: Buffer): number {
  try {
    const value: unknown = JSON.parse(stripBom(bytes).toString('utf8'));
    if (isRecord(value) && typeof value['seq'] === 'number' && Number.isSafeInteger(value['seq'])) return value['seq'];
  } catch {
    // Damaged beyond reading: it contributes no sequence number.
  }
  return 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
