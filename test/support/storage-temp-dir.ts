/** Real temp folders for storage tests, and small readers for what ended up on disk. */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { decodeEnvelope } from '../../electron/node/storage/envelope';

export async function makeTempDir(prefix = 'refunddesk-storage-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function removeTempDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** Every file under `dir`, as `/`-separated paths relative to it, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

export async function listTempFiles(dir: string): Promise<string[]> {
  return (await listFiles(dir)).filter((path) => path.endsWith('.tmp'));
}

/**
 * What a data file on disk holds right now, checked like a load would: the verified data, `'absent'`
 * when there is no file, or `'torn'` when it would not verify — the state a save must never leave behind.
 */
export async function diskState(path: string): Promise<unknown> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return 'absent';
  }
  const decoded = decodeEnvelope(bytes, (data) => data);
  return decoded.ok ? decoded.envelope.data : 'torn';
}
