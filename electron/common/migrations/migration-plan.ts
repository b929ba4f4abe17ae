/**
 * Numbered migrations of the data folder's format (Signal Desktop style), as pure ordering logic: which steps a
 * folder at version N needs to reach the app's version, or why it must not be opened. The runner that reads the
 * version record, takes the before_migration backup and records each step is electron/node/migrations.
 */

/** One step: `run` turns a folder at `version - 1` into one at `version`. It must be safe to run again after a crash. */
export interface Migration<Context> {
  readonly version: number;
  readonly name: string;
  run(context: Context): Promise<void>;
}

/** The folder's format as recorded, or that there is no record (then `hasData` tells new from old). */
export interface FolderVersion {
  readonly recorded: number | undefined;
  /** Any data file present (settings, ledger, …): a folder with data and no record predates the record: version 1. */
  readonly hasData: boolean;
}

/** The version of a folder written before the record existed (today's format when it was introduced). */
export const UNRECORDED_VERSION = 1;

export type MigrationPlan<Context> =
  /** Brand-new folder: record the app's version, nothing to back up. */
  | { readonly kind: 'stamp'; readonly version: number }
  | { readonly kind: 'current'; readonly version: number }
  /** Written by a newer RefundDesk: never opened by this one (its stores may not read it), never changed. */
  | { readonly kind: 'too_new'; readonly folderVersion: number; readonly appVersion: number }
  /** Back up, then run `steps` in order, recording the version after each. */
  | { readonly kind: 'migrate'; readonly from: number; readonly steps: readonly Migration<Context>[] };

/** Throws unless the list is exactly versions 2, 3, … `current`, in order (a gap or a duplicate is a programming error). */
export function checkMigrationList<Context>(migrations: readonly Migration<Context>[], current: number): void {
  migrations.forEach((migration, index) => {
    const expected = UNRECORDED_VERSION + 1 + index;
    if (migration.version !== expected) throw new Error(`Migration "${migration.name}" has version ${migration.version}, expected ${expected}.`);
  });
  const last = migrations.at(-1)?.version ?? UNRECORDED_VERSION;
  if (last !== current) throw new Error(`The migrations end at version ${last}, but the app's data version is ${current}.`);
}

export function planMigrations<Context>(folder: FolderVersion, migrations: readonly Migration<Context>[], current: number): MigrationPlan<Context> {
  checkMigrationList(migrations, current);
  if (folder.recorded === undefined && !folder.hasData) return { kind: 'stamp', version: current };
  const version = folder.recorded ?? UNRECORDED_VERSION;
  if (version > current) return { kind: 'too_new', folderVersion: version, appVersion: current };
  if (version === current) return { kind: 'current', version };
  return { kind: 'migrate', from: version, steps: migrations.filter((migration) => migration.version > version) };
}
