/**
 * The erasure log (common/privacy/erasure-log.ts) in `privacy/erasures.json`, saved like every other data file
 * (checksummed envelope, fsync, generations, quarantine). The `privacy/` folder is not one of the folders a
 * backup holds or a restore replaces (backups/data-files.ts), so restoring an old backup cannot roll the log
 * back to before an erasure.
 */
import { z } from 'zod';
import type { ErasureLog, ErasureLogEntry } from '../../common/privacy/erasure-log';
import type { RecoveryNotice } from '../../common/ports';
import { DurableJsonFile } from '../storage/durable-json-file';
import type { FileSystem } from '../storage/fs-port';
import { SerialQueue } from '../storage/serial-queue';

export const ERASURE_LOG_FILE = 'privacy/erasures.json';

const logSchema = z.object({
  entries: z.array(z.object({ at: z.string(), refundIds: z.array(z.string().min(1)) })),
});

interface LogFile {
  readonly entries: readonly ErasureLogEntry[];
}

export class ErasureLogStore implements ErasureLog {
  private readonly queue = new SerialQueue();

  private constructor(
    private readonly file: DurableJsonFile<LogFile>,
    private data: LogFile,
  ) {}

  static async open(options: { readonly dataDir: string; readonly fs?: FileSystem; readonly now?: () => Date }): Promise<ErasureLogStore> {
    const file = new DurableJsonFile<LogFile>({
      dataDir: options.dataDir,
      relativePath: ERASURE_LOG_FILE,
      parse: (data) => logSchema.parse(data),
      ...(options.fs === undefined ? {} : { fs: options.fs }),
      ...(options.now === undefined ? {} : { now: options.now }),
    });
    return new ErasureLogStore(file, (await file.read()) ?? { entries: [] });
  }

  entries(): readonly ErasureLogEntry[] {
    return this.data.entries;
  }

  recoveries(): readonly RecoveryNotice[] {
    return this.file.recoveries();
  }

  /** Saved first, then kept in memory: a failed save leaves the log as it was and rejects. */
  append(entry: ErasureLogEntry): Promise<void> {
    return this.queue.run(async () => {
      const next = { entries: [...this.data.entries, entry] };
      await this.file.write(next);
      this.data = next;
    });
  }
}
