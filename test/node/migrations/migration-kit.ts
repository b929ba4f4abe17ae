/** Shared set-up for the migration tests: a real shop folder, the version record on disk, and test migrations. */
import { readFile, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataMigration, MigrationContext } from '../../../electron/node/migrations/data-migrations';
import { DATA_VERSION_FILE, parseDataVersion } from '../../../electron/node/migrations/data-version';
import { parseSettings } from '../../../electron/node/ledger-schema';
import { SETTINGS_FILE } from '../../../electron/node/settings-store';
import { decodeEnvelope } from '../../../electron/node/storage/envelope';
import { DurableJsonFile } from '../../../electron/node/storage/durable-json-file';
import { isMissing } from '../../../electron/node/storage/fs-errors';
import { setUpDemoShop } from '../backups/backup-test-kit';

/** The recorded version, or undefined when there is no record. */
export async function recordedVersion(dataDir: string): Promise<number | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(join(dataDir, DATA_VERSION_FILE));
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
  const decoded = decodeEnvelope(bytes, parseDataVersion);
  if (!decoded.ok) throw new Error(`data-version.json does not verify: ${decoded.problem}`);
  return decoded.envelope.data.version;
}

/** A demo shop as a version-1 folder: written before the version record existed. */
export async function setUpVersionOneShop(dataDir: string): Promise<void> {
  await setUpDemoShop(dataDir);
  await unlink(join(dataDir, DATA_VERSION_FILE));
}

export async function backupsOfKind(dataDir: string, kind: string): Promise<string[]> {
  try {
    return (await readdir(join(dataDir, 'backups'))).filter((name) => name.endsWith(`-${kind}.zip`));
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

export async function shopNameOnDisk(dataDir: string): Promise<string> {
  const decoded = decodeEnvelope(await readFile(join(dataDir, SETTINGS_FILE)), parseSettings);
  if (!decoded.ok) throw new Error('settings.json does not verify');
  return decoded.envelope.data.shopName;
}

/**
 * A realistic step: rewrites settings.json through the stores' durable adapter (adds a suffix to the shop's name,
 * once — so running it again after a crash changes nothing). `runs` counts the calls.
 */
export function renameShopMigration(version: number, suffix: string, runs: { count: number } = { count: 0 }): DataMigration {
  return {
    version,
    name: `shop name ${suffix}`,
    async run(context: MigrationContext) {
      runs.count += 1;
      const file = new DurableJsonFile({ dataDir: context.dataDir, relativePath: SETTINGS_FILE, parse: parseSettings, fs: context.fs, now: () => context.clock.now() });
      const settings = await file.read();
      if (settings === null) throw new Error('no settings');
      if (!settings.shopName.endsWith(suffix)) await file.write({ ...settings, shopName: `${settings.shopName}${suffix}` });
    },
  };
}

export function failingMigration(version: number, message: string): DataMigration {
  return { version, name: 'breaks', run: () => Promise.reject(new Error(message)) };
}
