/**
 * Faults under backups: a full disk during the write leaves no partial backup and the previous ones intact; a
 * crash at any step of applying a restore leaves the old data (marker not committed) or a marker that the next
 * start applies to completion; a missing second location is reported, never fatal.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPendingRestore, PENDING_RESTORE, stageRestore } from '../../../electron/node/backups/pending-restore';
import { nodeFileSystem } from '../../../electron/node/storage/fs-port';
import { FaultFileSystem } from '../../support/fault-fs';
import { listFiles, makeTempDir, removeTempDir } from '../../support/storage-temp-dir';
import { openShop, setUpDemoShop, snapshot } from './backup-test-kit';
import { existsSync } from 'node:fs';
import { cp } from 'node:fs/promises';

let dataDir = '';

beforeEach(async () => {
  dataDir = await makeTempDir('refunddesk-backup-faults-');
  await setUpDemoShop(dataDir);
});

afterEach(async () => {
  await removeTempDir(dataDir);
});

describe('backups under faults', () => {
  it('ENOSPC while writing a backup: refused as disk_full, no partial file, previous backups intact', async () => {
    const disk = new FaultFileSystem();
    const services = await openShop(dataDir, { fs: disk });
    try {
      const backupsDir = join(dataDir, 'backups');
      const earlier = await listFiles(backupsDir);
      const earlierBytes = await Promise.all(earlier.map((name) => readFile(join(backupsDir, name))));
      disk.failWhen((call) => call.op === 'write' && call.path.includes('refunddesk-backup-'), 'ENOSPC');
      await expect(services.handlers['backup.create']({})).rejects.toMatchObject({ code: 'disk_full' });
      expect(await listFiles(backupsDir)).toEqual(earlier);
      expect(await Promise.all(earlier.map((name) => readFile(join(backupsDir, name))))).toEqual(earlierBytes);
      disk.clear();
      await expect(services.handlers['backup.create']({})).resolves.toBeDefined();
    } finally {
      await services.close();
    }
  });

  it('a crash at every step of applying a restore leaves old or new data, complete after the next start', async () => {
    const services = await openShop(dataDir);
    const made = await services.handlers['backup.create']({});
    await services.handlers['settings.update']({ shopName: '改过的名字' });
    await services.close();
    const fileName = made.backups.find((b) => b.kind === 'manual')?.fileName ?? '';
    const archive = await readFile(join(dataDir, 'backups', fileName));
    const oldState = await snapshot(dataDir);
    const pristine = `${dataDir}-pristine`;
    await cp(dataDir, pristine, { recursive: true });

    await stageRestore(nodeFileSystem, dataDir, archive);
    await applyPendingRestore(nodeFileSystem, dataDir);
    const newState = await snapshot(dataDir);
    expect(newState).not.toEqual(oldState);

    let crashes = 0;
    for (let k = 1; ; k += 1) {
      await removeTempDir(dataDir);
      await cp(pristine, dataDir, { recursive: true });
      const disk = new FaultFileSystem();
      disk.failNth(k, 'EIO');
      let crashed = false;
      try {
        await stageRestore(disk, dataDir, archive);
        await applyPendingRestore(disk, dataDir);
      } catch {
        crashed = true;
        crashes += 1;
      }
      if (!crashed) break;
      if (!existsSync(join(dataDir, PENDING_RESTORE))) {
        // Not committed yet (old data), or the marker was already removed after the swap (new data).
        expect([oldState, newState], `step ${k}: old or new`).toContainEqual(await snapshot(dataDir));
      } else {
        await applyPendingRestore(nodeFileSystem, dataDir);
        expect(await snapshot(dataDir), `step ${k}: applied at the next start`).toEqual(newState);
      }
    }
    expect(crashes).toBeGreaterThan(10);
    await removeTempDir(pristine);
  });

  it('a missing second location is reported, and the local backup is still made', async () => {
    const blocker = join(dataDir, 'not-a-folder');
    await writeFile(blocker, 'x');
    const services = await openShop(dataDir, { backups: { dialogs: { chooseFolder: () => Promise.resolve(join(blocker, 'usb')), chooseBackupFile: () => Promise.resolve(undefined) } } });
    try {
      const enabled = await services.handlers['backup.setSecondLocation']({ enabled: true });
      expect(enabled.secondLocation).toMatchObject({ enabled: true, path: join(blocker, 'usb') });
      const status = await services.handlers['backup.create']({});
      expect(status.secondLocation.problem).toBeDefined();
      expect(status.backups.some((b) => b.kind === 'manual' && b.verified === true)).toBe(true);
    } finally {
      await services.close();
    }
  });

  it('a working second location gets a copy of each backup; off by default', async () => {
    const usb = await makeTempDir('refunddesk-usb-');
    const services = await openShop(dataDir, { backups: { dialogs: { chooseFolder: () => Promise.resolve(usb), chooseBackupFile: () => Promise.resolve(undefined) } } });
    try {
      expect((await services.handlers['backup.status']({})).secondLocation.enabled).toBe(false);
      await services.handlers['backup.setSecondLocation']({ enabled: true });
      const status = await services.handlers['backup.create']({});
      const manual = status.backups.find((b) => b.kind === 'manual')?.fileName ?? '';
      expect(await listFiles(usb)).toContain(manual);
      expect(status.secondLocation.problem).toBeUndefined();
    } finally {
      await services.close();
      await removeTempDir(usb);
    }
  });
});
