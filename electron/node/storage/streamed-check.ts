/**
 * Verifies a month file against the checksum the catalog cache expects while reading it in small chunks: at
 * start-up every month is checked, and holding each whole file (~2 MB, ~110 MB in all at 50,000 refunds) just to
 * hash it left main's memory ~60 MB larger for good. Accepts exactly what `canonicalDataBytes` accepts (envelope.ts):
 * the head with one data key, the data's bytes hashing to the checksum, then `}\n`.
 */
import { createHash } from 'node:crypto';
import { headOf } from './envelope';

const DATA_KEY = Buffer.from('\n"data":', 'utf8');
const MAX_HEAD_BYTES = 512;
const TAIL = Buffer.from('}\n', 'utf8');

export interface CheckedHead {
  readonly seq: number;
  readonly sha256: string;
  /** Bytes of the data between the head and the closing `}\n`. */
  readonly dataLength: number;
}

/**
 * The file's head when its data hashes to the checksum in it; undefined for any other layout or content. `chunks`
 * is the file in order (any sizes); an error reading it propagates.
 */
export async function checkStreamed(chunks: AsyncIterable<Uint8Array>): Promise<CheckedHead | undefined> {
  const hash = createHash('sha256');
  let head = Buffer.alloc(0);
  let dataStart = -1;
  let dataLength = 0;
  // The last two bytes seen are held back: they must be the closing `}\n`, which the checksum does not cover.
  let held = Buffer.alloc(0);
  const feed = (bytes: Buffer): void => {
    if (bytes.length < TAIL.length) {
      // A sliver: fold it into what is held (never more than a few bytes copied).
      const joined = Buffer.concat([held, bytes]);
      const upTo = Math.max(0, joined.length - TAIL.length);
      hash.update(joined.subarray(0, upTo));
      dataLength += upTo;
      held = Buffer.from(joined.subarray(upTo));
      return;
    }
    // What was held is data after all, and these bytes' last two are held instead.
    hash.update(held);
    dataLength += held.length;
    const upTo = bytes.length - TAIL.length;
    hash.update(bytes.subarray(0, upTo));
    dataLength += upTo;
    held = Buffer.from(bytes.subarray(upTo));
  };
  for await (const chunk of chunks) {
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (dataStart !== -1) {
      feed(bytes);
      continue;
    }
    // Only the head is copied (chunks may be one reused buffer): at most MAX_HEAD_BYTES of each chunk.
    const copied = Math.min(bytes.length, MAX_HEAD_BYTES);
    head = Buffer.concat([head, bytes.subarray(0, copied)]);
    const at = head.subarray(0, MAX_HEAD_BYTES).indexOf(DATA_KEY);
    if (at === -1) {
      if (head.length >= MAX_HEAD_BYTES) return undefined;
      continue;
    }
    if (head.subarray(0, at).includes('"data"')) return undefined;
    dataStart = at + DATA_KEY.length;
    feed(head.subarray(dataStart));
    feed(bytes.subarray(copied));
  }
  if (dataStart === -1 || !held.equals(TAIL)) return undefined;
  const found = headOf(head);
  if (found === undefined || hash.digest('hex') !== found.sha256) return undefined;
  return { ...found, dataLength };
}
