/**
 * One writer per data folder. Two writers on one file lose writes or corrupt it (RELIABILITY §1), and
 * Electron's single-instance lock does not cover a second copy of the app, a portable build or a script
 * pointed at the same folder. The lock file holds the owner's pid; a dead owner's lock is taken over.
 */
import { join, resolve } from 'node:path';
import { DomainError } from '../../common/domain/errors';
import { ensureDurableDir, sweepTemps, tempNameFor, writeNewFileDurably } from './atomic-write';
import { bestEffort, hasCode, isMissing } from './fs-errors';
import { nodeFileSystem } from './fs-port';
import type { FileSystem } from './fs-port';

export const LOCK_FILE = 'refunddesk.lock';

export interface DataLock {
  release(): Promise<void>;
}

/**
 * Folders locked by this process. The pid alone cannot tell "held by me" from "left by an earlier process
 * that had my pid" — common in containers, where the app is often pid 1 on every start.
 */
const heldHere = new Set<string>();

export async function acquireDataLock(dataDir: string, fs: FileSystem = nodeFileSystem): Promise<DataLock> {
  const dir = resolve(dataDir);
  const lockPath = join(dir, LOCK_FILE);
  await ensureDurableDir(fs, dir);
  // Three rounds: a stale lock is removed and the create retried; more means another process is racing us.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (await tryCreate(fs, dir, lockPath)) {
      heldHere.add(dir);
      // Ours now, so any lock temp file left here belongs to a process that died mid-acquire.
      await sweepTemps(fs, dir, LOCK_FILE);
      return { release: () => release(fs, dir, lockPath) };
    }
    const owner = await readOwner(fs, lockPath);
    if (owner === 'gone') continue;
    if (owner !== 'garbage' && isHeld(dir, owner)) {
      throw new DomainError('storage_locked', `The data folder ${dir} is in use by another RefundDesk (pid ${owner}).`, {
        params: { pid: owner },
      });
    }
    // Dead owner (or a lock with no readable pid, which our create never writes): take it over.
    await bestEffort(() => fs.unlink(lockPath));
  }
  throw new DomainError('storage_locked', `Could not lock the data folder ${dir}: another process keeps taking it.`);
}

/**
 * Writes the pid to a temp file first and hard-links it into place: link fails if the name exists, so the
 * lock appears atomically *with* its content and nobody can ever see an empty lock and mistake it for stale.
 */
async function tryCreate(fs: FileSystem, dir: string, lockPath: string): Promise<boolean> {
  const bytes = Buffer.from(`${process.pid}\n`, 'utf8');
  const temp = join(dir, tempNameFor(LOCK_FILE));
  await writeNewFileDurably(fs, temp, bytes);
  try {
    await fs.link(temp, lockPath);
    return true;
  } catch (error) {
    if (hasCode(error, 'EEXIST')) return false;
    if (!hasCode(error, 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS')) throw error;
    return createExclusive(fs, lockPath, bytes);
  } finally {
    await bestEffort(() => fs.unlink(temp));
  }
}

/** Fallback for file systems without hard links: exclusive create, then write (a tiny empty-file window). */
async function createExclusive(fs: FileSystem, lockPath: string, bytes: Uint8Array): Promise<boolean> {
  try {
    await writeNewFileDurably(fs, lockPath, bytes);
    return true;
  } catch (error) {
    if (hasCode(error, 'EEXIST')) return false;
    throw error;
  }
}

async function readOwner(fs: FileSystem, lockPath: string): Promise<number | 'gone' | 'garbage'> {
  let text: string;
  try {
    text = (await fs.readFile(lockPath)).toString('utf8').trim();
  } catch (error) {
    if (isMissing(error)) return 'gone';
    throw error;
  }
  const pid = Number(text);
  return /^\d+$/.test(text) && Number.isSafeInteger(pid) && pid > 0 ? pid : 'garbage';
}

function isHeld(dir: string, pid: number): boolean {
  if (pid === process.pid) return heldHere.has(dir);
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user — still alive, still the owner.
    return hasCode(error, 'EPERM');
  }
}

async function release(fs: FileSystem, dir: string, lockPath: string): Promise<void> {
  if (!heldHere.has(dir)) return;
  heldHere.delete(dir);
  // Only remove the lock if it is still ours; after a takeover it belongs to someone else.
  const owner = await readOwner(fs, lockPath);
  if (owner === process.pid) await bestEffort(() => fs.unlink(lockPath));
}
