/**
 * Reads a zip's central directory without inflating anything, so every entry can be judged (name, declared
 * size, Unix mode for symlinks) before a byte is extracted. fflate's unzip does not expose the external
 * attributes, and a zip bomb must be refused from what it declares, not discovered by running out of memory.
 */
import type { ZipEntryInfo } from '../../common/backups/zip-entry-rules';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const UNIX_HOST = 3;

/** Undefined when the bytes are not a (single-disk, non-zip64) zip we can read. */
export function readZipDirectory(bytes: Uint8Array): ZipEntryInfo[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is in the last 22 + 65,535 (comment) bytes.
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let at = bytes.length - 22; at >= stop; at -= 1) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  const entries: ZipEntryInfo[] = [];
  let at = offset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return undefined;
    const madeBy = view.getUint16(at + 4, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const externalAttributes = view.getUint32(at + 38, true);
    if (at + 46 + nameLength > bytes.length) return undefined;
    const name = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, uncompressedSize, externalAttributes, madeByUnix: madeBy >>> 8 === UNIX_HOST });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
