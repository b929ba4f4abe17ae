/**
 * `data-version.json`: the data folder's format version, saved with the stores' durable adapter (envelope,
 * fsync, generations, quarantine). It is a data file like the others, so a backup carries it and a restore
 * brings back the version its data was written in — an old backup restored is migrated at the next start.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { UNRECORDED_VERSION } from '../../common/migrations/migration-plan';
import type { RecoveryNotice } from '../../common/ports';
import { decodeEnvelope } from '../storage/envelope';
import { DurableJsonFile } from '../storage/durable-json-file';
import { isMissing } from '../storage/fs-errors';
import type { FileSystem } from '../storage/fs-port';

export const DATA_VERSION_FILE = 'data-version.json';

const dataVersionSchema = z.object({ version: z.number().int().positive() });
export type DataVersionRecord = z.infer<typeof dataVersionSchema>;

export const parseDataVersion = (data: unknown): DataVersionRecord => dataVersionSchema.parse(data);

export interface DataVersionFile {
  /** The recorded version; undefined when there is no record (or a damaged one nothing could be restored from). */
  read(): Promise<number | undefined>;
  /** Durable: once this resolves, a crash or power cut keeps the new version. */
  write(version: number): Promise<void>;
  /** A damaged record found by read(), for the owner to see. */
  recoveries(): readonly RecoveryNotice[];
}

export function openDataVersionFile(options: { readonly dataDir: string; readonly fs: FileSystem; readonly now: () => Date }): DataVersionFile {
  const file = new DurableJsonFile<DataVersionRecord>({ dataDir: options.dataDir, relativePath: DATA_VERSION_FILE, parse: parseDataVersion, fs: options.fs, now: options.now });
  return {
    read: async () => {
      // No file means no record: a restore of a backup made before the record existed removes it on purpose, so
      // the adapter must not bring an earlier generation back (only a damaged file is recovered from one).
      try {
        await options.fs.stat(join(options.dataDir, DATA_VERSION_FILE));
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
      return (await file.read())?.version;
    },
    write: (version) => file.write({ version }),
    recoveries: () => file.recoveries(),
  };
}

/** The version a backup's files were written in (a backup without a record predates it: version 1). Undefined: unreadable. */
export function archiveDataVersion(files: ReadonlyMap<string, Uint8Array>): number | undefined {
  const bytes = files.get(DATA_VERSION_FILE);
  if (bytes === undefined) return UNRECORDED_VERSION;
  const decoded = decodeEnvelope(Buffer.from(bytes), parseDataVersion);
  return decoded.ok ? decoded.envelope.data.version : undefined;
}
