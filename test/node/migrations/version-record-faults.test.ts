/**
 * EIO at every step of writing the version record (RELIABILITY §2, "I/O error at every step"): when stamping a
 * new folder and when recording a migration's version. Each time the start fails, the record on disk is the old
 * one or the new one (never damaged), and the next start on a healthy disk finishes the job.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateDataFolder } from '../../../electron/node/migrations/run-migrations';
import { DATA_VERSION_FILE } from '../../../electron/node/migrations/data-version';
import { FaultFileSystem } from '../../support/fault-fs';
import { FixedClock } from '../../support/fixed-clock';
import { makeTempDir, removeTempDir } from '../../support/storage-temp-dir';
import { recordedVersion, renameShopMigration, setUpVersionOneShop, shopNameOnDisk } from './migration-kit';

let dataDir = '';
const clock = new FixedClock('2026-11-20T02:00:00Z', 1000);

beforeEach(async () => {
  dataDir = await makeTempDir('refunddesk-version-faults-');
});

afterEach(async () => {
  await removeTempDir(dataDir);
});

const touchesRecord = (path: string) => path.includes(DATA_VERSION_FILE);

/** How many counted calls on the version record a healthy run makes (found by running it once). */
async function recordCalls(prepare: () => Promise<void>, run: (fs: FaultFileSystem) => Promise<unknown>): Promise<number> {
  await prepare();
  const fs = new FaultFileSystem();
  await run(fs);
  return fs.calls.filter((call) => touchesRecord(call.path)).length;
}

async function eachFault(prepare: () => Promise<void>, run: (fs: FaultFileSystem) => Promise<unknown>, check: (failed: boolean) => Promise<void>): Promise<number> {
  const steps = await recordCalls(prepare, run);
  expect(steps).toBeGreaterThan(3);
  let failures = 0;
  for (let k = 1; k <= steps; k += 1) {
    await removeTempDir(dataDir);
    dataDir = await makeTempDir('refunddesk-version-faults-');
    await prepare();
    const fs = new FaultFileSystem();
    let seen = 0;
    fs.failWhen((call) => touchesRecord(call.path) && (seen += 1) === k, 'EIO');
    const failed = await run(fs).then(
      () => false,
      () => true,
    );
    if (failed) failures += 1;
    await check(failed);
  }
  console.log(`version record: EIO at each of ${steps} steps, ${failures} starts failed, every state consistent`);
  return failures;
}

describe('version record under EIO', () => {
  it('stamping a new folder: old (no record) or new, and the next start stamps it', async () => {
    const run = (fs: FaultFileSystem) => migrateDataFolder({ dataDir, fs, clock, appVersion: 'test', list: { current: 3, migrations: [renameShopMigration(2, '·二'), renameShopMigration(3, '·三')] } });
    const failures = await eachFault(
      () => Promise.resolve(),
      run,
      async () => {
        expect([undefined, 3]).toContain(await recordedVersion(dataDir));
        await run(new FaultFileSystem());
        expect(await recordedVersion(dataDir)).toBe(3);
      },
    );
    expect(failures).toBeGreaterThan(0);
  });

  it('recording a migration: the last good version, and a rerun ends migrated exactly once', async () => {
    const list = { current: 2, migrations: [renameShopMigration(2, '·二')] };
    const run = (fs: FaultFileSystem) => migrateDataFolder({ dataDir, fs, clock, appVersion: 'test', list });
    const failures = await eachFault(
      () => setUpVersionOneShop(dataDir),
      run,
      async () => {
        expect([undefined, 2]).toContain(await recordedVersion(dataDir));
        await run(new FaultFileSystem());
        expect(await recordedVersion(dataDir)).toBe(2);
        expect(await shopNameOnDisk(dataDir)).toBe('小店·二');
      },
    );
    expect(failures).toBeGreaterThan(0);
  });
});
