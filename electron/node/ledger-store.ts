/**
 * The ledger on disk: one lowdb file per month (`ledger/YYYY-MM.json`), so a commit rewrites one month's
 * records and costs the same in year five as in week one (a single file measured ~0.5 s per save at 50k).
 */
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { Payment, Refund } from '../common/domain/types';
import type { LedgerChange, LedgerPartition, LedgerStore, RecoveryNotice } from '../common/ports';
import { DomainError } from '../common/domain/errors';
import { shareStrings, StringPool } from '../common/ledger/shared-strings';
import { parseLedgerPartition, paymentSchema, refundSchema } from './ledger-schema';
import { ensureDurableDir } from './storage/atomic-write';
import { DurableJsonFile } from './storage/durable-json-file';
import { nodeFileSystem } from './storage/fs-port';
import type { FileSystem } from './storage/fs-port';
import { checkMonth, discoverMonths, LEDGER_DIR, partitionPath } from './storage/ledger-partitions';
import { SerialQueue } from './storage/serial-queue';
import { canonicalOfArrays, splitCanonicalArrays, upsertTexted, withTexts } from './storage/record-texts';
import { canonicalDataBytes } from './storage/envelope';
import { isMissing, toSaveError } from './storage/fs-errors';
import type { TextedRecords } from './storage/record-texts';

export interface LowdbLedgerStoreOptions {
  readonly dataDir: string;
  readonly fs?: FileSystem;
  readonly now?: () => Date;
}

interface Partition {
  readonly low: Low<LedgerPartition>;
  readonly file: DurableJsonFile<LedgerPartition>;
  /** Read-copy-write-swap steps on one month must not interleave, or one commit would undo another. */
  readonly queue: SerialQueue;
  /** The month's records with their canonical JSON (record-texts.ts), from its first commit of the session on. */
  texts?: { readonly payments: TextedRecords<Payment>; readonly refunds: TextedRecords<Refund> };
}

const emptyPartition = (): LedgerPartition => ({ payments: [], refunds: [] });

export class LowdbLedgerStore implements LedgerStore {
  private readonly fs: FileSystem;
  // Promises, so two commits racing into a new month share one adapter instead of creating two writers.
  private readonly partitions = new Map<string, Promise<Partition>>();
  private readonly files: DurableJsonFile<LedgerPartition>[] = [];
  private loaded = false;

  private constructor(private readonly options: LowdbLedgerStoreOptions) {
    this.fs = options.fs ?? nodeFileSystem;
  }

  static async open(options: LowdbLedgerStoreOptions): Promise<LowdbLedgerStore> {
    const store = new LowdbLedgerStore(options);
    await ensureDurableDir(store.fs, join(options.dataDir, LEDGER_DIR));
    return store;
  }

  /** Reads every month once; later calls return what is in memory (the committed state), oldest month first. */
  async loadAll(): Promise<ReadonlyMap<string, LedgerPartition>> {
    if (!this.loaded) {
      const pool = new StringPool();
      for (const month of await discoverMonths(this.fs, this.options.dataDir)) {
        const { low } = await this.partition(month);
        shareStrings(low.data.payments, low.data.refunds, pool);
      }
      this.loaded = true;
    }
    const months = [...this.partitions.keys()].sort();
    const result = new Map<string, LedgerPartition>();
    for (const month of months) {
      const partition = await this.partitions.get(month);
      if (partition !== undefined) result.set(month, partition.low.data);
    }
    return result;
  }

  /** Damaged files found while loading, for the owner to see. Complete once loadAll() has resolved. */
  recoveries(): readonly RecoveryNotice[] {
    return this.files.flatMap((file) => file.recoveries());
  }

  async commit(change: LedgerChange): Promise<void> {
    const partition = await this.partition(checkMonth(change.month));
    // Cloned now, so a caller mutating its objects later cannot change memory behind the disk's back.
    const payments = structuredClone(change.payments ?? []);
    const refunds = structuredClone(change.refunds ?? []);
    if (payments.length === 0 && refunds.length === 0) return;
    await partition.queue.run(async () => {
      // Only what changes is checked and re-encoded: the rest of the month was checked when it was loaded or saved.
      checkShapes(partitionPath(change.month), payments, refunds);
      const current = partition.low.data;
      const texts = partition.texts ?? (await this.textsOnDisk(change.month, partition)) ?? { payments: withTexts(current.payments), refunds: withTexts(current.refunds) };
      const nextTexts = { payments: upsertTexted(texts.payments, payments), refunds: upsertTexted(texts.refunds, refunds) };
      const next: LedgerPartition = { payments: nextTexts.payments.records, refunds: nextTexts.refunds.records };
      // Written from the copy; memory is swapped only after the save is durable, so a failed save
      // (thrown from here) leaves memory exactly as it was. lowdb's own update() mutates first.
      await partition.file.writeCanonical(next, canonicalOfArrays(nextTexts));
      partition.low.data = next;
      partition.texts = nextTexts;
    });
  }

  /**
   * The month's record bytes cut out of its file, when the file still holds exactly what memory holds (its data
   * hashes to the checksum last loaded or saved): a few milliseconds instead of re-encoding every record. A disk
   * that cannot be read fails the save, as its write would have.
   */
  private async textsOnDisk(month: string, partition: Partition): Promise<Partition['texts']> {
    const committed = partition.file.committedSha256();
    if (committed === undefined) return undefined;
    let bytes: Buffer;
    try {
      bytes = await this.fs.readFile(join(this.options.dataDir, ...partitionPath(month).split('/')));
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw toSaveError(error, partitionPath(month));
    }
    const data = canonicalDataBytes(bytes, committed);
    const [payments, refunds, ...rest] = (data === undefined ? undefined : splitCanonicalArrays(data)) ?? [];
    const { low } = partition;
    if (payments?.length !== low.data.payments.length || refunds?.length !== low.data.refunds.length || rest.length > 0) return undefined;
    return { payments: { records: low.data.payments, texts: payments }, refunds: { records: low.data.refunds, texts: refunds } };
  }

  private partition(month: string): Promise<Partition> {
    const existing = this.partitions.get(month);
    if (existing !== undefined) return existing;
    const created = this.openPartition(month);
    this.partitions.set(month, created);
    // A month that failed to load is forgotten so the next commit or loadAll tries again.
    created.catch(() => this.partitions.delete(month));
    return created;
  }

  private async openPartition(month: string): Promise<Partition> {
    const file = new DurableJsonFile<LedgerPartition>({
      dataDir: this.options.dataDir,
      relativePath: partitionPath(month),
      parse: parseLedgerPartition,
      fs: this.fs,
      ...(this.options.now === undefined ? {} : { now: this.options.now }),
    });
    const low = new Low<LedgerPartition>(file, emptyPartition());
    await low.read();
    this.files.push(file);
    return { low, file, queue: new SerialQueue() };
  }
}

/**
 * The shape check a whole-file save would run (a record we could not load back would quarantine its month at the
 * next start, losing this very save), on the records being saved: the same schemas, the same refusal.
 */
function checkShapes(file: string, payments: readonly Payment[], refunds: readonly Refund[]): void {
  try {
    for (const payment of payments) paymentSchema.parse(payment);
    for (const refund of refunds) refundSchema.parse(refund);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new DomainError('save_failed', `Refusing to save ${file}: data has the wrong shape: ${detail}`, { params: { file, code: 'SCHEMA' } });
  }
}
