/**
 * Backup round trips through the real handlers: a backup restores every data file byte for byte, after a change
 * and after the data files were wiped; the current state is backed up first; the restore waits for a restart.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listDataFiles } from '../../../electron/node/backups/data-files';
import { applyPendingRestore, stageRestore } from '../../../electron/node/backups/pending-restore';
import { openArchive } from '../../../electron/node/backups/backup-archive';
import { nodeFileSystem } from '../../../electron/node/storage/fs-port';
import { makeTempDir, removeTempDir } from '../../support/storage-temp-dir';
import { openShop, setUpDemoShop, snapshot } from './backup-test-kit';
import { readFile } from 'node:fs/promises';

let dataDir = '';

beforeEach(async () => {
  dataDir = await makeTempDir('refunddesk-backup-');
  await setUpDemoShop(dataDir);
});

afterEach(async () => {
  await removeTempDir(dataDir);
});

describe('backups: round trips', () => {
  it('makes daily and monthly backups at start-up, verified, in backups/', async () => {
    const services = await openShop(dataDir);
    try {
      const status = await services.handlers['backup.status']({});
      expect(status.backups.map((b) => b.kind).sort()).toEqual(['daily', 'monthly']);
      expect(status.secondLocation.enabled).toBe(false);
    } finally {
      await services.close();
    }
  });

  it('restores every data file byte for byte after a change, and backs up the current state first', async () => {
    let services = await openShop(dataDir);
    const made = await services.handlers['backup.create']({});
    const manual = made.backups.find((b) => b.kind === 'manual');
    expect(manual?.verified).toBe(true);
    expect(manual?.size).toBeGreaterThan(0);
    const before = await snapshot(dataDir);

    await services.handlers['settings.update']({ shopName: '改过的名字' });
    expect((await services.handlers['app.info']({})).settings.shopName).toBe('改过的名字');
    const result = await services.handlers['backup.restore']({ fileName: manual?.fileName ?? '' });
    expect(result).toMatchObject({ restartRequired: true });
    const after = await services.handlers['backup.status']({});
    expect(after.backups.some((b) => b.kind === 'before_restore' && b.verified === true)).toBe(true);
    await services.close();

    services = await openShop(dataDir);
    try {
      expect((await services.handlers['app.info']({})).settings.shopName).toBe('小店');
      expect(await snapshot(dataDir)).toEqual(before);
      expect(await readdir(dataDir)).not.toContain('restore-pending.zip');
    } finally {
      await services.close();
    }
  });

  it('backup → wipe → restore: every record identical, attachments verify', async () => {
    // An evidence file as the attachment store keeps it: named by its SHA-256 (`ab/cdef…`).
    const photo = Buffer.from('%PDF-1.4 evidence bytes');
    const sha = createHash('sha256').update(photo).digest('hex');
    await mkdir(join(dataDir, 'attachments', sha.slice(0, 2)), { recursive: true });
    await writeFile(join(dataDir, 'attachments', sha.slice(0, 2), sha.slice(2)), photo);
    const services = await openShop(dataDir);
    const status = await services.handlers['backup.create']({});
    await services.close();
    const before = await snapshot(dataDir);
    const fileName = status.backups.find((b) => b.kind === 'manual')?.fileName ?? '';
    const archive = await readFile(join(dataDir, 'backups', fileName));
    const opened = openArchive(archive);
    expect(opened.manifest.files.length).toBe(before.size);
    expect(opened.files.get(`attachments/${sha.slice(0, 2)}/${sha.slice(2)}`)).toEqual(new Uint8Array(photo));

    for (const path of await listDataFiles(nodeFileSystem, dataDir)) await rm(join(dataDir, path));
    expect(await listDataFiles(nodeFileSystem, dataDir)).toEqual([]);
    await stageRestore(nodeFileSystem, dataDir, archive);
    await applyPendingRestore(nodeFileSystem, dataDir);
    expect(await snapshot(dataDir)).toEqual(before);
  });
});
