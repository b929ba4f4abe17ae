/**
 * The files half of the self-check: re-hashes every stored attachment (those on disk and those the records name).
 * A shop may hold 20,000 photos: the scan reads one file at a time and hands the event loop back with
 * setImmediate after every small batch, so main keeps answering the window while it runs in the background.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { IntegrityProblem } from '../../common/integrity/integrity-report';
import { isMissing } from '../storage/fs-errors';
import type { FileSystem } from '../storage/fs-port';

const ATTACHMENTS = 'attachments';
const PREFIX = /^[0-9a-f]{2}$/u;
const REST = /^[0-9a-f]{62}$/u;
// Files per slice: small photos hash in well under a millisecond each; one 20 MB PDF is the longest slice.
const BATCH = 16;

export interface AttachmentScan {
  readonly attachments: number;
  readonly problems: readonly IntegrityProblem[];
}

export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function names(fs: FileSystem, dir: string): Promise<string[]> {
  try {
    return await fs.readdir(dir);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

/** Every `attachments/ab/cdef…` on disk, as its full hash. Temp files and strays are not attachments. */
async function storedHashes(fs: FileSystem, dataDir: string): Promise<string[]> {
  const found: string[] = [];
  for (const prefix of await names(fs, join(dataDir, ATTACHMENTS))) {
    if (!PREFIX.test(prefix)) continue;
    for (const rest of await names(fs, join(dataDir, ATTACHMENTS, prefix))) if (REST.test(rest)) found.push(prefix + rest);
    await yieldToEventLoop();
  }
  return found;
}

async function fileProblem(fs: FileSystem, dataDir: string, sha256: string): Promise<IntegrityProblem['what'] | undefined> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(join(dataDir, ATTACHMENTS, sha256.slice(0, 2), sha256.slice(2)));
  } catch (error) {
    return isMissing(error) ? 'attachment_missing' : 'attachment_unreadable';
  }
  return createHash('sha256').update(bytes).digest('hex') === sha256 ? undefined : 'attachment_corrupt';
}

/** `owners`: the hashes the records refer to → the number of a record holding each (check-integrity.ts). */
export async function scanAttachments(fs: FileSystem, dataDir: string, owners: ReadonlyMap<string, string>): Promise<AttachmentScan> {
  const all = [...new Set([...(await storedHashes(fs, dataDir)), ...owners.keys()])].sort();
  const problems: IntegrityProblem[] = [];
  for (const [index, sha256] of all.entries()) {
    const what = await fileProblem(fs, dataDir, sha256);
    if (what !== undefined) {
      const number = owners.get(sha256);
      problems.push({ kind: 'attachment', id: sha256, ...(number === undefined ? {} : { number }), what });
    }
    if (index % BATCH === BATCH - 1) await yieldToEventLoop();
  }
  return { attachments: all.length, problems };
}
