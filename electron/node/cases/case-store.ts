/**
 * Cases on disk: one file per year of OPENING (`cases/YYYY.json`), so a save rewrites one year's cases however
 * long the shop has used the app, and a case never moves between files (its opening date never changes).
 * Same durability as the ledger and the settlements: validate, write a fsynced temp file, rename, then swap
 * memory; a damaged year file is quarantined and the newest good generation restored.
 */
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { Case } from '../../common/cases/case';
import type { CaseStore } from '../../common/cases/case-store-port';
import { DomainError } from '../../common/domain/errors';
import { localDateOfInstant } from '../../common/domain/local-time';
import type { RecoveryNotice } from '../../common/ports';
import { ensureDurableDir } from '../storage/atomic-write';
import { DurableJsonFile } from '../storage/durable-json-file';
import { nodeFileSystem } from '../storage/fs-port';
import type { FileSystem } from '../storage/fs-port';
import { discoverPartitions } from '../storage/ledger-partitions';
import { SerialQueue } from '../storage/serial-queue';
import type { ShapeMemo } from '../storage/shape-memo';
import { parseCaseYearFile } from './case-schema';
import type { CaseYearFile } from './case-schema';

export const CASES_DIR = 'cases';
const YEAR_FILE = /^(\d{4})\.json$/u;

export interface CaseStoreOptions {
  readonly dataDir: string;
  readonly fs?: FileSystem;
  readonly now?: () => Date;
  /** Year files whose data was already found well-formed are not shape-checked again at start (shape-memo.ts). */
  readonly shapeMemo?: ShapeMemo;
}

interface Stored {
  readonly low: Low<CaseYearFile>;
  readonly file: DurableJsonFile<CaseYearFile>;
}

/** The local year the case was opened in: the file it lives in. */
export function caseYearOf(kase: Pick<Case, 'createdAt'>): string {
  return localDateOfInstant(kase.createdAt).slice(0, 4);
}

export class FsCaseStore implements CaseStore {
  private readonly queue = new SerialQueue();
  private readonly years = new Map<string, Stored>();
  private allCases: readonly Case[] = [];

  private constructor(private readonly options: CaseStoreOptions & { readonly fs: FileSystem }) {}

  static async open(options: CaseStoreOptions): Promise<FsCaseStore> {
    const fs = options.fs ?? nodeFileSystem;
    const dir = join(options.dataDir, CASES_DIR);
    await ensureDurableDir(fs, dir);
    const store = new FsCaseStore({ ...options, fs });
    for (const year of await discoverPartitions(fs, dir, YEAR_FILE)) await store.year(year);
    store.refresh();
    return store;
  }

  cases(): readonly Case[] {
    return this.allCases;
  }

  /** Damaged files found while opening, for the owner to see. */
  recoveries(): readonly RecoveryNotice[] {
    return [...this.years.values()].flatMap((stored) => stored.file.recoveries());
  }

  saveCase(kase: Case): Promise<void> {
    const year = caseYearOf(kase);
    if (!/^\d{4}$/u.test(year)) return Promise.reject(new DomainError('invalid_argument', `Not an opening time: ${kase.createdAt}`));
    return this.queue.run(async () => {
      const stored = await this.year(year);
      const current = stored.low.data.cases;
      const at = current.findIndex((entry) => entry.id === kase.id);
      const cases = at === -1 ? [...current, kase] : current.map((entry, index) => (index === at ? kase : entry));
      // Validated by the file adapter before writing; memory is swapped only after the durable write.
      const next: CaseYearFile = { cases: structuredClone(cases) };
      await stored.file.write(next);
      stored.low.data = next;
      this.refresh();
    });
  }

  private async year(year: string): Promise<Stored> {
    const existing = this.years.get(year);
    if (existing !== undefined) return existing;
    const file = new DurableJsonFile<CaseYearFile>({
      dataDir: this.options.dataDir,
      relativePath: `${CASES_DIR}/${year}.json`,
      parse: parseCaseYearFile,
      fs: this.options.fs,
      ...(this.options.now === undefined ? {} : { now: this.options.now }),
      ...(this.options.shapeMemo === undefined ? {} : { shapeMemo: this.options.shapeMemo }),
    });
    const low = new Low<CaseYearFile>(file, { cases: [] });
    await low.read();
    const stored = { low, file };
    this.years.set(year, stored);
    return stored;
  }

  private refresh(): void {
    const years = [...this.years.keys()].sort();
    this.allCases = years.flatMap((year) => this.years.get(year)?.low.data.cases ?? []);
  }
}
