/**
 * Settlements on disk: `settlements/accounts.json` and one file per year of business days
 * (`settlements/YYYY.json`), so a save rewrites one year (~365 days per account) however long the shop has
 * used the app. Same durability as the ledger: validate, write a fsynced temp file, rename, then swap memory.
 */
import { join } from 'node:path';
import { Low } from 'lowdb';
import { DomainError } from '../../common/domain/errors';
import type { RecoveryNotice } from '../../common/ports';
import type { SettlementStore } from '../../common/settlements/settlement-store-port';
import type { SettlementAccount, SettlementDay } from '../../common/settlements/settlement';
import { ensureDurableDir } from '../storage/atomic-write';
import { DurableJsonFile } from '../storage/durable-json-file';
import { nodeFileSystem } from '../storage/fs-port';
import type { FileSystem } from '../storage/fs-port';
import { discoverPartitions } from '../storage/ledger-partitions';
import { SerialQueue } from '../storage/serial-queue';
import type { ShapeMemo } from '../storage/shape-memo';
import { parseAccountsFile, parseYearFile } from './settlement-schema';
import type { SettlementAccountsFile, SettlementYearFile } from './settlement-schema';

export const SETTLEMENTS_DIR = 'settlements';
const YEAR_FILE = /^(\d{4})\.json$/u;

export interface SettlementStoreOptions {
  readonly dataDir: string;
  readonly fs?: FileSystem;
  readonly now?: () => Date;
  /** Year files whose data was already found well-formed are not shape-checked again at start (shape-memo.ts). */
  readonly shapeMemo?: ShapeMemo;
}

interface Stored<T> {
  readonly low: Low<T>;
  readonly file: DurableJsonFile<T>;
}

export class FsSettlementStore implements SettlementStore {
  private readonly queue = new SerialQueue();
  private readonly years = new Map<string, Stored<SettlementYearFile>>();
  private allDays: readonly SettlementDay[] = [];

  private constructor(
    private readonly options: SettlementStoreOptions & { readonly fs: FileSystem },
    private readonly accountsFile: Stored<SettlementAccountsFile>,
  ) {}

  static async open(options: SettlementStoreOptions): Promise<FsSettlementStore> {
    const fs = options.fs ?? nodeFileSystem;
    const dir = join(options.dataDir, SETTLEMENTS_DIR);
    await ensureDurableDir(fs, dir);
    const withFs = { ...options, fs };
    const accounts = await openFile<SettlementAccountsFile>(withFs, 'accounts.json', parseAccountsFile, { accounts: [] });
    const store = new FsSettlementStore(withFs, accounts);
    for (const year of await discoverPartitions(fs, dir, YEAR_FILE)) await store.year(year);
    store.refreshDays();
    return store;
  }

  accounts(): readonly SettlementAccount[] {
    return this.accountsFile.low.data.accounts;
  }

  days(): readonly SettlementDay[] {
    return this.allDays;
  }

  /** Damaged files found while opening, for the owner to see. */
  recoveries(): readonly RecoveryNotice[] {
    return [this.accountsFile, ...this.years.values()].flatMap((stored) => stored.file.recoveries());
  }

  saveAccounts(accounts: readonly SettlementAccount[]): Promise<void> {
    return this.queue.run(async () => {
      // The file adapter validates before writing (a refusal is `save_failed`, code SCHEMA, like the ledger's).
      const next: SettlementAccountsFile = { accounts: structuredClone(accounts) };
      await this.accountsFile.file.write(next);
      this.accountsFile.low.data = next;
    });
  }

  saveDay(day: SettlementDay): Promise<void> {
    const year = day.businessDate.slice(0, 4);
    if (!/^\d{4}$/u.test(year)) return Promise.reject(new DomainError('invalid_argument', `Not a business date: ${day.businessDate}`));
    return this.queue.run(async () => {
      const stored = await this.year(year);
      const current = stored.low.data.days;
      const at = current.findIndex((entry) => entry.id === day.id);
      const days = at === -1 ? [...current, day] : current.map((entry, index) => (index === at ? day : entry));
      // Validated by the file adapter before writing: a file we could not load back would be quarantined at next start.
      const next: SettlementYearFile = { days: structuredClone(days) };
      await stored.file.write(next);
      stored.low.data = next;
      this.refreshDays();
    });
  }

  private async year(year: string): Promise<Stored<SettlementYearFile>> {
    const existing = this.years.get(year);
    if (existing !== undefined) return existing;
    const stored = await openFile<SettlementYearFile>(this.options, `${year}.json`, parseYearFile, { days: [] });
    this.years.set(year, stored);
    return stored;
  }

  private refreshDays(): void {
    const years = [...this.years.keys()].sort();
    this.allDays = years.flatMap((year) => this.years.get(year)?.low.data.days ?? []);
  }
}

async function openFile<T>(
  options: SettlementStoreOptions & { readonly fs: FileSystem },
  name: string,
  parse: (data: unknown) => T,
  empty: T,
): Promise<Stored<T>> {
  const file = new DurableJsonFile<T>({
    dataDir: options.dataDir,
    relativePath: `${SETTLEMENTS_DIR}/${name}`,
    parse,
    fs: options.fs,
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.shapeMemo === undefined ? {} : { shapeMemo: options.shapeMemo }),
  });
  const low = new Low<T>(file, empty);
  await low.read();
  return { low, file };
}
