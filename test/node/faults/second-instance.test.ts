/**
 * RELIABILITY §2 "second instance": two writers on one folder lose writes, so a second openAppServices on the same
 * data folder is refused with `storage_locked` (whether the holder is this process or another live one), and a lock
 * left by a dead process is taken over. The lock file's own cases (garbage content, reused pid, release twice):
 * test/node/storage/data-lock.test.ts. Electron's requestSingleInstanceLock (focus the first window) is main's.
 */
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openAppServices } from '../../../electron/node/app-services';
import { createScryptPinHasher } from '../../../electron/node/pin-hasher';
import { LOCK_FILE } from '../../../electron/node/storage/data-lock';
import { makeTempDir, removeTempDir } from '../../support/storage-temp-dir';

const pins = createScryptPinHasher({ log2N: 10, r: 8, p: 1 });
const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await removeTempDir(dir);
});

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  const pid = child.pid;
  await new Promise((resolve) => child.on('exit', resolve));
  if (pid === undefined) throw new Error('no pid');
  return pid;
}

const open = (dataDir: string) => openAppServices({ dataDir, version: 'test', pins });

describe('a second instance on the same data folder', () => {
  it('is refused while the first runs; a dead owner\'s lock is taken over', async () => {
    const tally = { refused: 0, takenOver: 0, lost: 0 };
    const dataDir = await makeTempDir('refunddesk-second-');
    dirs.push(dataDir);

    const first = await open(dataDir);
    await first.handlers['app.setup']({ shopName: '小店', operatorName: '店长', language: 'zh-CN', loadDemo: false, ownerPin: '2468' });
    await expect(open(dataDir)).rejects.toMatchObject({ code: 'storage_locked' });
    tally.refused += 1;
    await first.close();

    // Another live process holds it (our parent, the test runner, is certainly alive).
    await writeFile(join(dataDir, LOCK_FILE), `${process.ppid}\n`);
    await expect(open(dataDir)).rejects.toMatchObject({ code: 'storage_locked' });
    tally.refused += 1;

    // The holder died without releasing (power cut, kill -9): the next start takes over and sees the data.
    await writeFile(join(dataDir, LOCK_FILE), `${await deadPid()}\n`);
    const after = await open(dataDir);
    tally.takenOver += 1;
    // The setup done by the first instance survived both refusals and the takeover.
    const info = await after.handlers['app.info']({});
    if (info.settings.shopName !== '小店') tally.lost += 1;
    await expect(open(dataDir)).rejects.toMatchObject({ code: 'storage_locked' });
    tally.refused += 1;
    await after.close();

    console.log(`second instance: ${tally.refused} second opens refused (storage_locked), ${tally.takenOver} stale lock taken over, ${tally.lost} lost`);
    expect(tally).toEqual({ refused: 3, takenOver: 1, lost: 0 });
  });
});
