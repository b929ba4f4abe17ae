/**
 * The data folder's format version and the numbered migrations that lead to it. A change to the files' format
 * appends one migration here (version CURRENT + 1, a name, and `run`) and raises CURRENT_DATA_VERSION; the
 * runner (run-migrations.ts) backs the folder up first and records the version after each step.
 */
import type { Migration } from '../../common/migrations/migration-plan';
import type { Clock } from '../../common/ports';
import type { FileSystem } from '../storage/fs-port';

/** What a migration may use: the folder (under the data lock, no store open yet), its file system and the clock. */
export interface MigrationContext {
  readonly dataDir: string;
  readonly fs: FileSystem;
  readonly clock: Clock;
}

export type DataMigration = Migration<MigrationContext>;

/** Version 1 is the format of every folder written before the version record existed. */
export const CURRENT_DATA_VERSION = 1;

/** In order: versions 2, 3, …, CURRENT_DATA_VERSION. Each must be safe to run again (a crash before its record). */
export const DATA_MIGRATIONS: readonly DataMigration[] = [];
