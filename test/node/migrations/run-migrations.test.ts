/**
 * The data folder's version and its migrations, through openAppServices (the real start-up order: pending restore,
 * migrations, then the stores): a new folder is stamped, a version-1 folder with nothing to run is left alone,
 * an older folder is backed up (verified, holding the old data) and migrated step by step, a failing step leaves
 * the last good version and a rerun resumes, a newer folder is refused untouched.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../electron/common/domain/errors';
import { openArchive } from '../../../electron/node/backups/backup-archive';
import { DataFolderRefused } from '../../../electron/node/migrations/data-folder-refused';
import { CURRENT_DATA_VERSION } from '../../../electron/node/migrations/data-migrations';
import { DATA_VERSION_FILE } from '../../../electron/node/migrations/data-version';
import { parseSettings } from '../../../electron/node/ledger-schema';
import { decodeEnvelope, encodeEnvelope } from '../../../electron/node/storage/envelope';
import { makeTempDir, removeTempDir } from '../../support/storage-temp-dir';
import { openShop, snapshot } from '../backups/backup-test-kit';
import { backupsOfKind, failingMigration, recordedVersion, renameShopMigration, setUpVersionOneShop, shopNameOnDisk } from './migration-kit';

let dataDir = '';

beforeEach(async () => {
  dataDir = await makeTempDir('refunddesk-migrations-');
});

afterEach(async () => {
  await removeTempDir(dataDir);
});

async function refusal(promise: Promise<unknown>): Promise<DataFolderRefused> {
  const error: unknown = await promise.then(
    () => undefined,
    (problem: unknown) => problem,
  );
  if (!(error instanceof DataFolderRefused)) throw new Error(`expected DataFolderRefused, got ${String(error)}`);
  return error;
}

describe('data folder version', () => {
  it('stamps a brand-new folder with the current version and takes no before_migration backup', async () => {
    const services = await openShop(dataDir);
    await services.close();
    expect(await recordedVersion(dataDir)).toBe(CURRENT_DATA_VERSION);
    expect(await backupsOfKind(dataDir, 'before_migration')).toEqual([]);
  });

  it('leaves a version-1 folder (no record) untouched when there is nothing to run', async () => {
    await setUpVersionOneShop(dataDir);
    const before = await snapshot(dataDir);
    const services = await openShop(dataDir);
    await services.close();
    expect(await recordedVersion(dataDir)).toBeUndefined();
    expect(await snapshot(dataDir)).toEqual(before);
    expect(await backupsOfKind(dataDir, 'before_migration')).toEqual([]);
  });

  it('backs up first (verified, with the data as it was), then migrates and records the version', async () => {
    await setUpVersionOneShop(dataDir);
    const services = await openShop(dataDir, { migrations: { current: 2, migrations: [renameShopMigration(2, '·二')] } });
    try {
      expect((await services.handlers['app.info']({})).settings.shopName).toBe('小店·二');
    } finally {
      await services.close();
    }
    expect(await recordedVersion(dataDir)).toBe(2);
    const [backup, ...others] = await backupsOfKind(dataDir, 'before_migration');
    expect(others).toEqual([]);
    const opened = openArchive(await readFile(join(dataDir, 'backups', backup ?? '')));
    expect(opened.manifest.kind).toBe('before_migration');
    expect(opened.files.has(DATA_VERSION_FILE)).toBe(false);
    const settings = decodeEnvelope(Buffer.from(opened.files.get('settings.json') ?? new Uint8Array()), parseSettings);
    expect(settings.ok && settings.envelope.data.shopName).toBe('小店');
  });

  it('a failing second step leaves the version after the first; the next start resumes at the second', async () => {
    await setUpVersionOneShop(dataDir);
    const firstRuns = { count: 0 };
    const broken = { current: 3, migrations: [renameShopMigration(2, '·二', firstRuns), failingMigration(3, 'disk said no')] };
    const error = await refusal(openShop(dataDir, { migrations: broken }));
    const [backup] = await backupsOfKind(dataDir, 'before_migration');
    expect(error.problem).toEqual({ kind: 'migration_failed', version: 2, migration: 'breaks', backup, detail: 'disk said no' });
    expect(await recordedVersion(dataDir)).toBe(2);
    expect(await shopNameOnDisk(dataDir)).toBe('小店·二');

    const fixed = { current: 3, migrations: [renameShopMigration(2, '·二', firstRuns), renameShopMigration(3, '·三')] };
    const services = await openShop(dataDir, { migrations: fixed });
    await services.close();
    expect(firstRuns.count).toBe(1);
    expect(await recordedVersion(dataDir)).toBe(3);
    expect(await shopNameOnDisk(dataDir)).toBe('小店·二·三');
  });

  it('refuses a folder written by a newer RefundDesk and changes nothing', async () => {
    await setUpVersionOneShop(dataDir);
    await writeFile(join(dataDir, DATA_VERSION_FILE), encodeEnvelope({ version: CURRENT_DATA_VERSION + 1 }, 1, new Date()));
    const before = await snapshot(dataDir);
    const error = await refusal(openShop(dataDir));
    expect(error.problem).toEqual({ kind: 'too_new', folderVersion: CURRENT_DATA_VERSION + 1, appVersion: CURRENT_DATA_VERSION });
    expect(await snapshot(dataDir)).toEqual(before);
    expect(await backupsOfKind(dataDir, 'before_migration')).toEqual([]);
    // The lock was released: the folder opens again once the newer app... or a restore puts it right.
    await writeFile(join(dataDir, DATA_VERSION_FILE), encodeEnvelope({ version: CURRENT_DATA_VERSION }, 2, new Date()));
    const services = await openShop(dataDir);
    await services.close();
  });

  it('refuses a damaged version record that no earlier copy can replace, keeping it in quarantine', async () => {
    await setUpVersionOneShop(dataDir);
    const damaged = '{"format":"refunddesk/1","seq":1';
    await writeFile(join(dataDir, DATA_VERSION_FILE), damaged);
    const error = await refusal(openShop(dataDir));
    expect(error.problem).toEqual({ kind: 'version_unreadable' });
    expect((await snapshot(dataDir)).has(DATA_VERSION_FILE)).toBe(false);
    const kept = (await readdir(join(dataDir, 'quarantine'))).filter((name) => name.includes('data-version'));
    expect(kept).toHaveLength(1);
    expect(await readFile(join(dataDir, 'quarantine', kept[0] ?? ''), 'utf8')).toBe(damaged);
  });

  it('a backup made before a migration, restored later, is migrated again at the next start', async () => {
    await setUpVersionOneShop(dataDir);
    let services = await openShop(dataDir);
    const made = await services.handlers['backup.create']({});
    const oldBackup = made.backups.find((b) => b.kind === 'manual')?.fileName ?? '';
    await services.close();
    const toTwo = { current: 2, migrations: [renameShopMigration(2, '·二')] };
    services = await openShop(dataDir, { migrations: toTwo });
    await services.handlers['backup.restore']({ fileName: oldBackup });
    await services.close();
    expect(await recordedVersion(dataDir)).toBe(2);

    services = await openShop(dataDir, { migrations: toTwo });
    await services.close();
    expect(await recordedVersion(dataDir)).toBe(2);
    expect(await shopNameOnDisk(dataDir)).toBe('小店·二');
    expect(await backupsOfKind(dataDir, 'before_migration')).toHaveLength(2);
  });

  it('refuses to restore a backup made by a newer RefundDesk, so the app never stages data it cannot open', async () => {
    await setUpVersionOneShop(dataDir);
    const toTwo = { current: 2, migrations: [renameShopMigration(2, '·二')] };
    let services = await openShop(dataDir, { migrations: toTwo });
    const made = await services.handlers['backup.create']({});
    const newer = made.backups.find((b) => b.kind === 'manual')?.fileName ?? '';
    await services.close();
    // Back at version 1 (a restored older backup would do this): the version-2 backup is refused with the reason.
    await writeFile(join(dataDir, DATA_VERSION_FILE), encodeEnvelope({ version: 1 }, 9, new Date()));
    services = await openShop(dataDir);
    try {
      const refused: unknown = await services.handlers['backup.restore']({ fileName: newer }).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(refused).toBeInstanceOf(DomainError);
      expect(refused).toMatchObject({ code: 'backup_invalid', params: { reason: 'too_new' } });
    } finally {
      await services.close();
    }
    expect(await readdir(dataDir)).not.toContain('restore-pending.zip');
  });
});
