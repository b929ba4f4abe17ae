/**
 * Records of a partition file beside the UTF-8 bytes of each one's canonical JSON, index for index. A month's file
 * is the canonical JSON of `{ payments, refunds }`, which is those bytes joined; keeping them means a save
 * re-encodes only the records it changes (one refund: well under a millisecond) instead of the whole month (~30 ms
 * for a busy month of year five). Built on a month's first save of the session: cut out of the file on disk when
 * it still holds exactly what memory holds (`splitCanonicalArrays`), else encoded from memory.
 */
import { canonicalJson } from '../../common/domain/canonical-json';

export interface TextedRecords<R> {
  readonly records: readonly R[];
  /** `texts[i]` is canonicalJson(records[i]) in UTF-8. */
  readonly texts: readonly Uint8Array[];
}

const encode = (record: unknown): Uint8Array => Buffer.from(canonicalJson(record), 'utf8');

export function withTexts<R>(records: readonly R[]): TextedRecords<R> {
  return { records, texts: records.map(encode) };
}

/** Replaces records whose id is already there (in place, keeping order) and appends the rest; new arrays. */
export function upsertTexted<R extends { readonly id: string }>(current: TextedRecords<R>, incoming: readonly R[]): TextedRecords<R> {
  if (incoming.length === 0) return current;
  const records = [...current.records];
  const texts = [...current.texts];
  const index = new Map(records.map((record, i) => [record.id, i]));
  for (const record of incoming) {
    const text = encode(record);
    const at = index.get(record.id);
    if (at === undefined) {
      index.set(record.id, records.length);
      records.push(record);
      texts.push(text);
    } else {
      records[at] = record;
      texts[at] = text;
    }
  }
  return { records, texts };
}

const COMMA = Buffer.from(',');

/**
 * canonicalJson, in UTF-8, of an object whose every value is an array of texted records: keys sorted, arrays
 * joined — byte for byte what canonicalJson would build from the records themselves.
 */
export function canonicalOfArrays(fields: Readonly<Record<string, TextedRecords<unknown>>>): Buffer {
  const parts: Uint8Array[] = [];
  Object.keys(fields)
    .sort()
    .forEach((key, i) => {
      parts.push(Buffer.from(`${i === 0 ? '{' : '],'}${JSON.stringify(key)}:[`, 'utf8'));
      (fields[key]?.texts ?? []).forEach((text, j) => {
        if (j > 0) parts.push(COMMA);
        parts.push(text);
      });
    });
  parts.push(Buffer.from(parts.length === 0 ? '{}' : ']}', 'utf8'));
  return Buffer.concat(parts);
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const SEPARATOR = 0x2c;

/**
 * The elements of each array value of a canonical JSON object (`{"a":[x,y],"b":[z]}` → [[x, y], [z]]), as views
 * into `bytes`, in key order. One pass over the bytes with no parsing: canonical JSON has no whitespace, so every
 * element is exactly the bytes between the separators at array depth. Undefined when the text is not such an
 * object (the caller then encodes from memory).
 */
export function splitCanonicalArrays(bytes: Uint8Array): Uint8Array[][] | undefined {
  const arrays: Uint8Array[][] = [];
  let current: Uint8Array[] | undefined;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let start = -1;
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (byte === BACKSLASH) escaped = true;
      else if (byte === QUOTE) inString = false;
      continue;
    }
    if (depth === 2 && start === -1 && byte !== SEPARATOR && byte !== CLOSE_ARRAY) start = i;
    if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      depth += 1;
      if (depth === 2) {
        if (byte !== OPEN_ARRAY) return undefined; // a top-level value that is not an array
        current = [];
        arrays.push(current);
        start = -1;
      }
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      if (depth === 2 && start !== -1) current?.push(bytes.subarray(start, i));
      if (depth === 2) start = -1;
      depth -= 1;
    } else if (byte === SEPARATOR && depth === 2) {
      if (start === -1) return undefined;
      current?.push(bytes.subarray(start, i));
      start = -1;
    }
  }
  return depth === 0 && !inString ? arrays : undefined;
}
