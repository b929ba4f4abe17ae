/** Settings in `settings.json`, saved like the ledger: validate, write a copy durably, then swap it in. */
import { Low } from 'lowdb';
import { DomainError } from '../common/domain/errors';
import type { RecoveryNotice, Settings, SettingsStore } from '../common/ports';
import { parseSettings, settingsSchema } from './ledger-schema';
import { DurableJsonFile } from './storage/durable-json-file';
import type { FileSystem } from './storage/fs-port';
import { SerialQueue } from './storage/serial-queue';

export const SETTINGS_FILE = 'settings.json';

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  setupDone: false,
  shopName: '',
  language: 'zh-CN',
  operators: Object.freeze([]),
});

export interface LowdbSettingsStoreOptions {
  readonly dataDir: string;
  readonly fs?: FileSystem;
  readonly now?: () => Date;
}

export class LowdbSettingsStore implements SettingsStore {
  // Each update starts from the previous one's result; overlapping updates would drop each other's fields.
  private readonly queue = new SerialQueue();

  private constructor(
    private readonly low: Low<Settings>,
    private readonly file: DurableJsonFile<Settings>,
  ) {}

  static async open(options: LowdbSettingsStoreOptions): Promise<LowdbSettingsStore> {
    const file = new DurableJsonFile<Settings>({
      dataDir: options.dataDir,
      relativePath: SETTINGS_FILE,
      parse: parseSettings,
      ...(options.fs === undefined ? {} : { fs: options.fs }),
      ...(options.now === undefined ? {} : { now: options.now }),
    });
    const low = new Low<Settings>(file, DEFAULT_SETTINGS);
    await low.read();
    return new LowdbSettingsStore(low, file);
  }

  get(): Settings {
    return this.low.data;
  }

  /** Damaged settings found at open, for the owner to see. */
  recoveries(): readonly RecoveryNotice[] {
    return this.file.recoveries();
  }

  /** `undefined` in the patch means "leave as is", never "erase". Rejects without touching memory on failure. */
  update(patch: Partial<Settings>): Promise<Settings> {
    return this.queue.run(async () => {
      const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
      const result = settingsSchema.safeParse({ ...this.low.data, ...defined });
      if (!result.success) {
        throw new DomainError('invalid_argument', `Invalid settings: ${result.error.message}`);
      }
      const next: Settings = Object.freeze(result.data);
      await this.file.write(next);
      this.low.data = next;
      return next;
    });
  }
}
