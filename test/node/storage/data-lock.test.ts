import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../electron/common/domain/errors';
import { acquireDataLock, LOCK_FILE } from '../../../electron/node/storage/data-lock';
import { makeTempDir, removeTempDir } from '../../support/storage-temp-dir';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dir);
});

/** The pid of a process that has certainly exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  const pid = child.pid;
  await new Promise((resolve) => child.on('exit', resolve));
  if (pid === undefined) throw new Error('no pid');
  return pid;
}

async function lockError(promise: Promise<unknown>): Promise<DomainError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('acquireDataLock', () => {
  it('refuses a second writer on the same folder, in this process or another', async () => {
    const lock = await acquireDataLock(dir);
    expect((await readFile(join(dir, LOCK_FILE), 'utf8')).trim()).toBe(String(process.pid));
    expect((await lockError(acquireDataLock(dir))).code).toBe('storage_locked');

    // A live process other than us holding the lock: our own parent (the vitest runner) is alive.
    await lock.release();
    await writeFile(join(dir, LOCK_FILE), `${process.ppid}\n`);
    expect((await lockError(acquireDataLock(dir))).code).toBe('storage_locked');
  });

  it('can be taken again after release, and release is idempotent', async () => {
    const first = await acquireDataLock(dir);
    await first.release();
    await first.release();
    const second = await acquireDataLock(dir);
    await second.release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('takes over a stale lock whose process is dead', async () => {
    const pid = await deadPid();
    await writeFile(join(dir, LOCK_FILE), `${pid}\n`);
    const lock = await acquireDataLock(dir);
    expect((await readFile(join(dir, LOCK_FILE), 'utf8')).trim()).toBe(String(process.pid));
    await lock.release();
  });

  it('takes over a lock left by an earlier process that had our pid (containers reuse pids)', async () => {
    await writeFile(join(dir, LOCK_FILE), `${process.pid}\n`);
    const lock = await acquireDataLock(dir);
    await lock.release();
  });

  it('takes over a lock with no readable pid, and sweeps lock temp files', async () => {
    await writeFile(join(dir, LOCK_FILE), 'garbage');
    await writeFile(join(dir, `.${LOCK_FILE}.999-abcdef.tmp`), '999\n');
    const lock = await acquireDataLock(dir);
    expect((await readdir(dir)).sort()).toEqual([LOCK_FILE]);
    await lock.release();
  });

  it('creates the data folder when it does not exist', async () => {
    const lock = await acquireDataLock(join(dir, 'new', 'data'));
    expect(await readdir(join(dir, 'new', 'data'))).toEqual([LOCK_FILE]);
    await lock.release();
  });
});
