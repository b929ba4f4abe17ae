/**
 * The primitives of a durable save: a new file written and fsynced under a unique temp name, folders
 * fsynced after their entries change, and stray temp files swept at start. lowdb's stock adapter (steno)
 * renames but never fsyncs, which measured as a 0-byte data file after a power cut (RELIABILITY §1).
 */
import { randomBytes } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { bestEffort, hasCode, isMissing } from './fs-errors';
import type { FileSystem } from './fs-port';

export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;
/** The OS default for a new file (0666 minus the umask): for files the owner exports to share, not app data. */
export const SHARED_FILE_MODE = 0o666;

/**
 * Windows cannot open or fsync a directory (EISDIR / EPERM / EINVAL); its rename is already durable
 * enough there. Only these codes are forgiven, so a real EIO on Linux still fails the save.
 */
const DIR_SYNC_UNSUPPORTED = ['EISDIR', 'EPERM', 'EINVAL'] as const;

export async function syncDir(fs: FileSystem, dir: string): Promise<void> {
  let handle;
  try {
    handle = await fs.open(dir, 'r');
  } catch (error) {
    if (hasCode(error, ...DIR_SYNC_UNSUPPORTED)) return;
    throw error;
  }
  try {
    await handle.sync();
  } catch (error) {
    if (!hasCode(error, ...DIR_SYNC_UNSUPPORTED)) {
      await bestEffort(() => handle.close());
      throw error;
    }
  }
  await handle.close();
}

/** mkdir -p with owner-only permissions; fsyncs the parent of every folder it created so they survive a cut. */
export async function ensureDurableDir(fs: FileSystem, dir: string): Promise<void> {
  const target = resolve(dir);
  const created = await fs.mkdir(target, { recursive: true, mode: DIR_MODE });
  if (created === undefined) return;
  const first = resolve(created);
  for (let path = target; path.length >= first.length; path = dirname(path)) {
    await syncDir(fs, dirname(path));
    if (path === first) break;
  }
}

/**
 * Creates `path` exclusively (never follows or reuses an existing file), writes every byte, fsyncs, closes.
 * On failure the handle is closed and the error rethrown; the caller removes the file. Owner-only unless a file
 * is meant to be shared (an exported PDF: `SHARED_FILE_MODE`, which the umask then narrows as for any file).
 */
export async function writeNewFileDurably(fs: FileSystem, path: string, bytes: Uint8Array, mode: number = FILE_MODE): Promise<void> {
  const handle = await fs.open(path, 'wx', mode);
  try {
    let offset = 0;
    while (offset < bytes.length) {
      const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
      if (bytesWritten <= 0) throw Object.assign(new Error(`write made no progress on ${path}`), { code: 'EIO' });
      offset += bytesWritten;
    }
    await handle.sync();
  } catch (error) {
    await bestEffort(() => handle.close());
    throw error;
  }
  await handle.close();
}

/**
 * Replaces (or creates) `dir/name` atomically: a temp file beside it written durably, renamed over it, the folder
 * fsynced. A crash leaves the old file or the new one, never half of one; a failure leaves no temp file behind.
 */
export async function replaceFileDurably(fs: FileSystem, dir: string, name: string, bytes: Uint8Array): Promise<void> {
  await ensureDurableDir(fs, dir);
  const temp = join(dir, tempNameFor(name));
  try {
    await writeNewFileDurably(fs, temp, bytes);
    await renameWithRetry(fs, temp, join(dir, name));
  } catch (error) {
    await bestEffort(() => fs.unlink(temp));
    throw error;
  }
  await syncDir(fs, dir);
}

// On Windows an antivirus or indexer often holds a just-written file for a moment, and rename then fails with
// EPERM/EACCES/EBUSY. graceful-fs retries for up to a minute; a few short retries cover the common case
// without making a real permission problem hang the save.
const RENAME_RETRY_CODES = ['EPERM', 'EACCES', 'EBUSY'] as const;
const RENAME_RETRY_DELAYS_MS = [10, 50, 200];

export async function renameWithRetry(fs: FileSystem, from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const delay = RENAME_RETRY_DELAYS_MS[attempt];
      if (delay === undefined || !hasCode(error, ...RENAME_RETRY_CODES)) throw error;
      await new Promise<void>((resolve) => setTimeout(resolve, delay));
    }
  }
}

// Temp files sit beside their target (a rename across file systems is not atomic), hidden, and carry the
// pid plus random bytes so two saves can never share one — steno's fixed temp name is what lets writers collide.
export function tempNameFor(baseName: string): string {
  return `.${baseName}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
}

export function isTempOf(baseName: string, name: string): boolean {
  const prefix = `.${baseName}.`;
  return name.startsWith(prefix) && /^\d+-[0-9a-f]+\.tmp$/.test(name.slice(prefix.length));
}

/** Finds the target names of every temp file in `dir`, e.g. to discover a partition whose first save crashed. */
export function tempTargetOf(name: string): string | undefined {
  const match = /^\.(.+)\.\d+-[0-9a-f]+\.tmp$/.exec(name);
  return match?.[1];
}

/** Deletes temp files a killed process left behind. Safe because the data lock allows one writer per folder. */
export async function sweepTemps(fs: FileSystem, dir: string, baseName: string): Promise<number> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    if (isMissing(error)) return 0;
    throw error;
  }
  let removed = 0;
  for (const name of names) {
    if (!isTempOf(baseName, name)) continue;
    try {
      await fs.unlink(join(dir, name));
      removed += 1;
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }
  return removed;
}
