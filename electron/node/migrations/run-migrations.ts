/**
 * Brings the data folder to this app's format at start-up: after a staged restore or import is applied and
 * before any store opens (app-services.ts), under the data lock. A new folder is stamped; an older one is backed
 * up (`before_migration`, verified by reading it back) and then migrated one numbered step at a time, the version
 * recorded durably after each, so a crash resumes at the next step. A newer folder, a failed step or an unreadable
 * record refuse the start (DataFolderRefused) with the folder as it was.
 */
import { planMigrations } from '../../common/migrations/migration-plan';
import type { Clock, RecoveryNotice } from '../../common/ports';
import { BackupService } from '../backups/backup-service';
import { listDataFiles } from '../backups/data-files';
import type { FileSystem } from '../storage/fs-port';
import { DataFolderRefused } from './data-folder-refused';
import { CURRENT_DATA_VERSION, DATA_MIGRATIONS } from './data-migrations';
import type { DataMigration } from './data-migrations';
import { DATA_VERSION_FILE, openDataVersionFile } from './data-version';

export interface MigrationList {
  readonly current: number;
  readonly migrations: readonly DataMigration[];
}

export interface MigrateOptions {
  readonly dataDir: string;
  readonly fs: FileSystem;
  readonly clock: Clock;
  /** The app's version, written into the backup's manifest. */
  readonly appVersion: string;
  /** The app's list (data-migrations.ts) unless a test injects one. */
  readonly list?: MigrationList;
}

export interface MigrationOutcome {
  readonly version: number;
  /** The before_migration backup, when migrations ran. */
  readonly backup?: string;
  /** Migrations that ran, in order. */
  readonly ran: readonly string[];
  /** A damaged version record restored from its previous copy. */
  readonly recoveries: readonly RecoveryNotice[];
}

export async function migrateDataFolder(options: MigrateOptions): Promise<MigrationOutcome> {
  const { dataDir, fs, clock } = options;
  const { current, migrations } = options.list ?? { current: CURRENT_DATA_VERSION, migrations: DATA_MIGRATIONS };
  const record = openDataVersionFile({ dataDir, fs, now: () => clock.now() });
  const recorded = await record.read();
  const recoveries = record.recoveries();
  if (recorded === undefined && recoveries.some((notice) => notice.dataMayBeMissing)) throw new DataFolderRefused({ kind: 'version_unreadable' });
  const hasData = (await listDataFiles(fs, dataDir)).some((path) => path !== DATA_VERSION_FILE);
  const plan = planMigrations({ recorded, hasData }, migrations, current);
  switch (plan.kind) {
    case 'stamp':
      await record.write(plan.version);
      return { version: plan.version, ran: [], recoveries };
    case 'current':
      return { version: plan.version, ran: [], recoveries };
    case 'too_new':
      throw new DataFolderRefused(plan);
    case 'migrate':
      break;
  }
  const backup = await takeBeforeMigrationBackup(options);
  let version = plan.from;
  const ran: string[] = [];
  for (const step of plan.steps) {
    try {
      await step.run({ dataDir, fs, clock });
      await record.write(step.version);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new DataFolderRefused({ kind: 'migration_failed', version, migration: step.name, backup, detail });
    }
    version = step.version;
    ran.push(step.name);
  }
  return { version, backup, ran, recoveries };
}

/** The same backup service the app uses (same folder, verification, second location and pruning); nobody signs in yet. */
async function takeBeforeMigrationBackup(options: MigrateOptions): Promise<string> {
  const allowed = () => undefined;
  const service = new BackupService({
    dataDir: options.dataDir,
    fs: options.fs,
    clock: options.clock,
    version: options.appVersion,
    idle: () => Promise.resolve(),
    requireSignedIn: allowed,
    requireOwner: allowed,
  });
  await service.open();
  const ref = await service.takeBackup('before_migration');
  await service.idle();
  return ref.fileName;
}
