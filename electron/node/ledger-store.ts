/**
 * The ledger on disk: one file per month of the payment (`ledger/YYYY-MM.json`), so a commit rewrites one month's
 * records and costs the same in year five as in week one (a single file measured ~0.5 s per save at 50k).
 *
 * In memory each month is its records' catalog facts and byte lengths (storage/month-records.ts); the ledger
 * indexes the facts and asks for a whole record only when it needs one. The bytes of recently used months are
 * kept; any other month's are read back from its file, verified against the checksum memory holds, when asked.
 * At start-up a month whose file still matches the catalog cache (storage/catalog-cache.ts) is taken from it
 * without parsing a record; any other month is read the full way — parsed, checked against the schema, recovered
 * from a generation when damaged.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Payment, Refund } from '../common/domain/types';
import type { LedgerChange, LedgerPartition, LedgerStore, RecoveryNotice } from '../common/ports';
import { DomainError } from '../common/domain/errors';
import { catalogOfPartition } from '../common/ledger/ledger-catalog';
import type { MonthCatalog, PaymentFacts, RefundFacts } from '../common/ledger/ledger-catalog';
import { parseLedgerPartition, paymentSchema, refundSchema } from './ledger-schema';
import { ensureDurableDir } from './storage/atomic-write';
import { readCatalogCache, writeCatalogCache } from './storage/catalog-cache';
import type { CachedMonth } from './storage/catalog-cache';
import { DurableJsonFile } from './storage/durable-json-file';
import { canonicalDataBytes } from './storage/envelope';
import { checkStreamed } from './storage/streamed-check';
import type { CheckedHead } from './storage/streamed-check';
import { isMissing, toSaveError } from './storage/fs-errors';
import { nodeFileSystem } from './storage/fs-port';
import type { FileSystem } from './storage/fs-port';
import { checkMonth, discoverMonths, LEDGER_DIR, monthsWithTemps, partitionPath } from './storage/ledger-partitions';
import { canonicalText, dataLengthOf, decodeAll, positionOf, decodeRecord, EMPTY_TEXT, paymentIdOf, refundIdOf, storedRecords, textByLengths, withChange } from './storage/month-records';
import type { MonthRecords, MonthText } from './storage/month-records';
import { RecentRecords } from '../common/ledger/recent-records';
import { canonicalPartsOfArrays, splitCanonicalArrays } from './storage/record-texts';
import { SerialQueue } from './storage/serial-queue';

export interface LowdbLedgerStoreOptions {
  readonly dataDir: string;
  readonly fs?: FileSystem;
  readonly now?: () => Date;
}

interface Month {
  readonly name: string;
  readonly file: DurableJsonFile<LedgerPartition>;
  /** Read-copy-write-swap steps on one month must not interleave, or one commit would undo another. */
  readonly queue: SerialQueue;
  /** The month as last loaded or durably saved, and the checksum of exactly that: swapped together. */
  records: MonthRecords;
  sha256: string | undefined;
  /**
   * The file does not hold what memory holds (a save that failed after its rename; a file laid out by another
   * writer): its bytes stay in memory, since they cannot be read back from the file.
   */
  pinned?: MonthText;
}

/** A month as the cache describes it, and its file's head as checked at start-up. */
interface FromCache {
  readonly cached: CachedMonth;
  readonly head: CheckedHead;
}

/** Months whose bytes stay in memory: a busy month is ~2 MB, and the counter works in a handful of them. */
const RESIDENT_MONTHS = 12;
/** Start-up checks: months read at once (libuv's four threads), each through its own 1 MB buffer. */
const CHECKS_AT_ONCE = 4;
const CHECK_CHUNK_BYTES = 1024 * 1024;

export class LowdbLedgerStore implements LedgerStore {
  private readonly fs: FileSystem;
  // Promises, so two commits racing into a new month share one adapter instead of creating two writers.
  private readonly opening = new Map<string, Promise<Month>>();
  /** Months open so far, for synchronous reads of single records. */
  private readonly months = new Map<string, Month>();
  private readonly files: DurableJsonFile<LedgerPartition>[] = [];
  /** False while cache/ledger-catalog.jsonl describes every month as committed. */
  private cacheStale = true;
  private cacheWrite: Promise<void> = Promise.resolve();
  private closed = false;
  private loaded = false;
  private readonly stats = { fromCache: 0, readFull: 0 };
  private readonly resident = new RecentRecords<MonthText>(RESIDENT_MONTHS);
  /** The month a pass is going through (prefetch): views into `scratch`, valid until the next prefetch or save. */
  private sweep: { readonly name: string; readonly text: MonthText } | undefined;
  private scratch = Buffer.alloc(0);

  private constructor(private readonly options: LowdbLedgerStoreOptions) {
    this.fs = options.fs ?? nodeFileSystem;
  }

  static async open(options: LowdbLedgerStoreOptions): Promise<LowdbLedgerStore> {
    const store = new LowdbLedgerStore(options);
    await ensureDurableDir(store.fs, join(options.dataDir, LEDGER_DIR));
    return store;
  }

  /** Opens every month once, oldest first (later calls answer from memory). */
  async catalog(): Promise<readonly MonthCatalog[]> {
    if (!this.loaded) await this.openAll();
    return [...this.months.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, month]) => ({ month: name, payments: month.records.payments.facts, refunds: month.records.refunds.facts }));
  }

  private async openAll(): Promise<void> {
    const { dataDir } = this.options;
    const [withTemps, names] = await Promise.all([monthsWithTemps(this.fs, dataDir), discoverMonths(this.fs, dataDir)]);
    // At once: the month files are read and hashed (mostly waiting for the disk) while the cache is parsed.
    const [cache, heads] = await Promise.all([readCatalogCache(this.fs, dataDir), this.checkFiles(names.filter((name) => !withTemps.has(name)))]);
    for (const name of names) {
      const cached = cache?.get(name);
      const head = heads.get(name);
      await this.month(name, cached === undefined || head === undefined ? undefined : { cached, head });
    }
    if (this.stats.fromCache === names.length && cache?.size === names.length) this.cacheStale = false;
    this.loaded = true;
  }

  readRefund(name: string, id: string): Refund | undefined {
    const month = this.months.get(name);
    if (month === undefined || positionOf(month.records.refunds, id) === undefined) return undefined;
    return decodeRecord<Refund, RefundFacts>(month.records.refunds, this.textOf(month).refunds, id);
  }

  readPayment(name: string, id: string): Payment | undefined {
    const month = this.months.get(name);
    if (month === undefined || positionOf(month.records.payments, id) === undefined) return undefined;
    return decodeRecord<Payment, PaymentFacts>(month.records.payments, this.textOf(month).payments, id);
  }

  /**
   * For a pass over every month (the integrity check): the month's file read, without blocking, into one buffer
   * reused from month to month and verified, then used for that month's reads until the next prefetch. The
   * months kept for the counter are left as they are, and five years of files do not become 110 MB of buffers.
   */
  async prefetch(name: string): Promise<void> {
    this.sweep = undefined;
    const month = this.months.get(name);
    if (month?.sha256 === undefined || month.pinned !== undefined || this.resident.peek(name) !== undefined) return;
    const { sha256 } = month;
    let length = 0;
    try {
      for await (const chunk of this.fs.readChunks?.(this.pathOf(name)) ?? [await this.fs.readFile(this.pathOf(name))]) {
        if (length + chunk.length > this.scratch.length) {
          const grown = Buffer.allocUnsafe(Math.max(2 * this.scratch.length, length + chunk.length));
          this.scratch.copy(grown, 0, 0, length);
          this.scratch = grown;
        }
        this.scratch.set(chunk, length);
        length += chunk.length;
      }
    } catch {
      return; // the reads that follow go the usual way and say what is wrong
    }
    const data = month.sha256 === sha256 ? canonicalDataBytes(this.scratch.subarray(0, length), sha256) : undefined;
    const text = data === undefined ? undefined : textByLengths(data, month.records);
    if (text !== undefined) this.sweep = { name, text };
  }

  /** Every month whole, oldest first, decoded from memory (tests and tools; the app reads the catalog). */
  async loadAll(): Promise<ReadonlyMap<string, LedgerPartition>> {
    const catalog = await this.catalog();
    return new Map(
      catalog.map(({ month }) => {
        const known = this.months.get(month);
        const text = known === undefined ? EMPTY_TEXT : this.textOf(known);
        return [month, { payments: decodeAll<Payment>(text.payments), refunds: decodeAll<Refund>(text.refunds) }];
      }),
    );
  }

  /** How the months were opened: from the catalog cache, or read the full way (tests, the benchmark). */
  openStats(): { readonly fromCache: number; readonly readFull: number } {
    return { ...this.stats };
  }

  /** Damaged files found while loading, for the owner to see. Complete once catalog() has resolved. */
  recoveries(): readonly RecoveryNotice[] {
    return this.files.flatMap((file) => file.recoveries());
  }

  async commit(change: LedgerChange): Promise<void> {
    const month = await this.month(checkMonth(change.month));
    // Cloned now, so a caller mutating its objects later cannot change memory behind the disk's back.
    const payments = structuredClone(change.payments ?? []);
    const refunds = structuredClone(change.refunds ?? []);
    if (payments.length === 0 && refunds.length === 0) return;
    await month.queue.run(async () => {
      // Only what changes is checked and encoded: the rest of the month was checked when it was loaded or saved.
      checkShapes(partitionPath(change.month), payments, refunds);
      if (this.sweep?.name === month.name) this.sweep = undefined;
      const text = month.pinned ?? this.resident.get(month.name) ?? (await this.readText(month));
      const next = withChange(month.records, text, payments, refunds);
      const data = canonicalPartsOfArrays({ payments: { texts: next.text.payments }, refunds: { texts: next.text.refunds } });
      try {
        await month.file.writeEncoded(data);
      } catch (error) {
        // Memory stays as it was, and so do its bytes: the new file may have got in place before the failure,
        // and then the file no longer holds what memory does.
        month.pinned = text;
        throw error;
      }
      // Memory is swapped only now that the save is durable. The bytes kept are the ones the file was built from:
      // the month's as read (one buffer) and the changed records' own, so a save buys no new copy of the month.
      month.records = next.records;
      month.sha256 = month.file.committedSha256();
      month.pinned = undefined;
      this.resident.set(month.name, next.text);
      this.cacheStale = true;
    });
  }

  /**
   * Writes the catalog cache when it no longer describes every month as committed. The app calls it right after
   * a start that had to read months the full way (so the next start is fast even if this one crashes) and at
   * close, before releasing the folder. Never fails: it is only a cache.
   */
  saveCatalogCache(): Promise<void> {
    this.cacheWrite = this.cacheWrite.then(() => (this.cacheStale && !this.closed ? this.writeCacheQuietly() : undefined));
    return this.cacheWrite;
  }

  /** The last write of this store: afterwards the folder may belong to another process. */
  async close(): Promise<void> {
    await Promise.all([...this.opening.values()].map((month) => month.then((m) => m.queue.idle(), () => undefined)));
    await this.saveCatalogCache();
    this.closed = true;
  }

  private async writeCacheQuietly(): Promise<void> {
    // Taken in one synchronous pass: each month's facts and checksum belong together (swapped together on save).
    const months: CachedMonth[] = [];
    for (const [name, month] of [...this.months].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (month.sha256 === undefined || month.pinned !== undefined) continue;
      const { payments, refunds } = month.records;
      months.push({ month: name, sha256: month.sha256, payments: payments.facts, paymentLengths: payments.lengths, refunds: refunds.facts, refundLengths: refunds.lengths });
    }
    this.cacheStale = false;
    try {
      await writeCatalogCache(this.fs, this.options.dataDir, months);
    } catch {
      // Only a cache: the next start reads the months the full way and tries again.
      this.cacheStale = true;
    }
  }

  /**
   * Each month file's head when its data hashes to the checksum in it (streamed-check.ts). A few months at once,
   * in big chunks: this runs while the cache is parsed, which gives the reads a turn only between two months, and
   * one small read per turn left five years of files waiting ~0.3 s after the parse was done.
   */
  private async checkFiles(names: readonly string[]): Promise<Map<string, CheckedHead>> {
    const heads = new Map<string, CheckedHead>();
    const { fs } = this;
    const waiting = [...names];
    const checker = async (): Promise<void> => {
      // Fresh memory costs more than reading into it (fs-port.ts): one buffer per checker for all its months.
      const buffer = Buffer.allocUnsafe(CHECK_CHUNK_BYTES);
      for (let name = waiting.shift(); name !== undefined; name = waiting.shift()) {
        const path = this.pathOf(name);
        const chunks = fs.readChunks?.(path, buffer) ?? (async function* whole() {
          yield await fs.readFile(path);
        })();
        try {
          const head = await checkStreamed(chunks);
          if (head !== undefined) heads.set(name, head);
        } catch {
          // Missing or unreadable: the full read recovers it and says so.
        }
      }
    };
    await Promise.all(Array.from({ length: CHECKS_AT_ONCE }, checker));
    return heads;
  }

  private month(name: string, cached?: FromCache): Promise<Month> {
    const existing = this.opening.get(name);
    if (existing !== undefined) return existing;
    const created = this.openMonth(name, cached);
    this.opening.set(name, created);
    // A month that failed to load is forgotten so the next commit or catalog tries again.
    created.catch(() => this.opening.delete(name));
    return created;
  }

  private async openMonth(name: string, cached: FromCache | undefined): Promise<Month> {
    const file = new DurableJsonFile<LedgerPartition>({
      dataDir: this.options.dataDir,
      relativePath: partitionPath(name),
      parse: parseLedgerPartition,
      fs: this.fs,
      ...(this.options.now === undefined ? {} : { now: this.options.now }),
    });
    this.files.push(file);
    const month: Month =
      (cached === undefined ? undefined : this.fromCache(name, file, cached)) ?? (await this.readFull(name, file));
    this.months.set(name, month);
    return month;
  }

  /** The month from the cache, when its file (checked at start-up) still holds exactly the bytes the cache describes. */
  private fromCache(name: string, file: DurableJsonFile<LedgerPartition>, { cached, head }: FromCache): Month | undefined {
    const records: MonthRecords = {
      payments: storedRecords(cached.payments, cached.paymentLengths, paymentIdOf),
      refunds: storedRecords(cached.refunds, cached.refundLengths, refundIdOf),
    };
    if (head.sha256 !== cached.sha256 || head.dataLength !== dataLengthOf(records)) return undefined;
    file.adopt(head.seq, head.sha256);
    this.stats.fromCache += 1;
    // Its bytes are read again, from the file, only when one of its records is asked for.
    return { name, file, queue: new SerialQueue(), records, sha256: head.sha256 };
  }

  /**
   * A month read the full way, with each record's bytes: cut out of the file when it is laid out as this store
   * writes it (the common case: a month saved since the cache was written), else encoded from the records and
   * pinned in memory (the file cannot give them back).
   */
  private async readFull(name: string, file: DurableJsonFile<LedgerPartition>): Promise<Month> {
    this.stats.readFull += 1;
    const data = (await file.read()) ?? { payments: [], refunds: [] };
    const sha256 = file.committedSha256();
    const catalog = catalogOfPartition(name, data);
    const bytes = sha256 === undefined ? undefined : await this.fs.readFile(this.pathOf(name)).catch(() => undefined);
    const dataBytes = bytes === undefined || sha256 === undefined ? undefined : canonicalDataBytes(bytes, sha256);
    const [payments, refunds, ...rest] = (dataBytes === undefined ? undefined : splitCanonicalArrays(dataBytes)) ?? [];
    const onDisk = payments?.length === data.payments.length && refunds?.length === data.refunds.length && rest.length === 0;
    const text: MonthText = onDisk ? { payments, refunds } : { payments: data.payments.map(canonicalText), refunds: data.refunds.map(canonicalText) };
    const records: MonthRecords = {
      payments: storedRecords(catalog.payments, text.payments.map((bytes) => bytes.length), paymentIdOf),
      refunds: storedRecords(catalog.refunds, text.refunds.map((bytes) => bytes.length), refundIdOf),
    };
    const month: Month = { name, file, queue: new SerialQueue(), records, sha256 };
    if (onDisk || sha256 === undefined) this.resident.set(name, text);
    else month.pinned = text;
    return month;
  }

  /** The month's bytes for reading one record: kept, or read back from its file and checked (synchronously). */
  private textOf(month: Month): MonthText {
    const kept = month.pinned ?? (this.sweep?.name === month.name ? this.sweep.text : this.resident.get(month.name));
    if (kept !== undefined) return kept;
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.pathOf(month.name));
    } catch (error) {
      throw toSaveError(error, partitionPath(month.name));
    }
    return this.keepText(month, bytes);
  }

  /** The same for a save, which may wait for the disk. */
  private async readText(month: Month): Promise<MonthText> {
    let bytes: Buffer;
    try {
      bytes = await this.fs.readFile(this.pathOf(month.name));
    } catch (error) {
      if (month.sha256 === undefined && isMissing(error)) return EMPTY_TEXT; // a month whose first save is this one
      throw toSaveError(error, partitionPath(month.name));
    }
    return this.keepText(month, bytes);
  }

  private keepText(month: Month, bytes: Buffer): MonthText {
    const data = month.sha256 === undefined ? undefined : canonicalDataBytes(bytes, month.sha256);
    const text = data === undefined ? undefined : textByLengths(data, month.records);
    if (text === undefined) {
      // Only we write here (the folder lock), so this is damage since start-up: say so rather than guess.
      throw new DomainError('save_failed', `${partitionPath(month.name)} changed on disk since it was loaded.`, {
        params: { file: partitionPath(month.name), code: 'CHANGED' },
      });
    }
    this.resident.set(month.name, text);
    return text;
  }

  private pathOf(month: string): string {
    return join(this.options.dataDir, ...partitionPath(month).split('/'));
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
