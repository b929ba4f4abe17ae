/**
 * Reading a data file at start-up. A file that cannot be read is normally quarantined and restored from a
 * generation — but on Windows an antivirus or backup tool often holds a file for a moment (EBUSY, EPERM),
 * and quarantining a healthy file for that would roll the shop back one save. So those errors are retried,
 * and if they persist, start-up stops with a clear message instead of "recovering" from nothing.
 */
import { DomainError } from '../../common/domain/errors';
import { errorCode, isMissing } from './fs-errors';
import type { FileSystem } from './fs-port';

export type ReadOutcome =
  | { readonly kind: 'bytes'; readonly bytes: Buffer }
  | { readonly kind: 'missing' }
  | { readonly kind: 'unreadable'; readonly code: string };

/** Someone else has the file (or we lack the right): quarantining would not help, and might not even work. */
const NOT_OURS_TO_FIX = ['EBUSY', 'EAGAIN', 'EMFILE', 'ENFILE', 'EPERM', 'EACCES'];
const RETRY_DELAYS_MS = [20, 100, 300];

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function readDataFile(fs: FileSystem, path: string, relativePath: string): Promise<ReadOutcome> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return { kind: 'bytes', bytes: await fs.readFile(path) };
    } catch (error) {
      if (isMissing(error)) return { kind: 'missing' };
      const code = errorCode(error) ?? 'UNKNOWN';
      if (!NOT_OURS_TO_FIX.includes(code)) return { kind: 'unreadable', code };
      const delay = RETRY_DELAYS_MS[attempt];
      if (delay === undefined) {
        throw new DomainError(
          'storage_locked',
          `Cannot read ${relativePath} (${code}): another program may be using it, or its permissions changed.`,
          { params: { file: relativePath, code } },
        );
      }
      await sleep(delay);
    }
  }
}
