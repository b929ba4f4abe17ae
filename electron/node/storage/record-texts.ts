/**
 * A month file's data is the canonical JSON of `{ payments, refunds }`, which is each record's canonical bytes
 * joined. The ledger store keeps those bytes per record (month-records.ts), so a save re-encodes only the records
 * it changes (one refund: well under a millisecond) instead of the whole month (~30 ms for a busy month of year
 * five): `canonicalPartsOfArrays` lays them out for the file, `splitCanonicalArrays` cuts them out of a file read the full way.
 */
/** Records of one array field by their bytes: `texts[i]` is the canonical JSON, in UTF-8, of record i. */
export interface Texted {
  readonly texts: readonly Uint8Array[];
}

const COMMA = Buffer.from(',');

/**
 * canonicalJson, in UTF-8, of an object whose every value is an array of texted records, in the pieces it is joined
 * from (brackets, keys, commas and the records' own bytes): keys sorted, arrays joined — byte for byte what
 * canonicalJson would build from the records themselves. A save copies the pieces straight into the new file.
 */
export function canonicalPartsOfArrays(fields: Readonly<Record<string, Texted>>): Uint8Array[] {
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
  return parts;
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
