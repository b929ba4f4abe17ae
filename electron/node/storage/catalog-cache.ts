/**
 * `cache/ledger-catalog.json`: every month's catalog (ledger-catalog.ts) as of the checksum of the month file it
 * was taken from, with each record's byte length in that file. At start-up a month whose file still carries that
 * checksum (and whose bytes hash to it) is taken from here without parsing a single record: at 50,000 refunds that
 * is the difference between ~5 s and ~1 s to open. Anything else — a month saved since, a restored backup, a
 * damaged or missing cache — is read the full way and the cache written again. It is derived data: not in backups,
 * never quarantined, never trusted over a month file.
 */
import { join } from 'node:path';
import type { PaymentFacts, RefundFacts } from '../../common/ledger/ledger-catalog';
import { ensureDurableDir, renameWithRetry, syncDir, tempNameFor, writeNewFileDurably } from './atomic-write';
import { decodeEnvelope, envelopeOf } from './envelope';
import { bestEffort } from './fs-errors';
import { paymentColumnsOf, paymentFactsOf, refundColumnsComplete, refundColumnsOf, refundFactsOf } from './catalog-columns';
import type { PaymentColumns, RefundColumns } from './catalog-columns';
import type { FileSystem } from './fs-port';

export const CACHE_DIR = 'cache';
const CACHE_FILE = 'ledger-catalog.json';
/** 2: coded columns, no sort key. A cache of another version is read the full way and written again. */
const VERSION = 2;

export interface CachedMonth {
  readonly month: string;
  /** The month file's checksum when these facts were taken. */
  readonly sha256: string;
  readonly payments: readonly PaymentFacts[];
  readonly paymentLengths: readonly number[];
  readonly refunds: readonly RefundFacts[];
  readonly refundLengths: readonly number[];
}

/** A month as the file holds it (catalog-columns.ts). */
interface StoredMonth {
  readonly month: string;
  readonly sha256: string;
  readonly payments: PaymentColumns;
  readonly paymentLengths: readonly number[];
  readonly refunds: RefundColumns;
  readonly refundLengths: readonly number[];
}

interface CacheData {
  readonly version: number;
  readonly months: readonly StoredMonth[];
}

const SHA256_HEX = /^[0-9a-f]{64}$/u;
const isLengths = (value: unknown, count: number): boolean =>
  Array.isArray(value) && value.length === count && value.every((n) => Number.isSafeInteger(n) && (n as number) > 0);

/** The cache's outline, down to one value per record in every column; the values were written from checked records. */
function parseCache(data: unknown): CachedMonth[] {
  const cache = data as Partial<CacheData> | null;
  if (cache?.version !== VERSION || !Array.isArray(cache.months)) throw new Error('not a ledger catalog cache');
  const months = cache.months as readonly StoredMonth[];
  return months.map((month) => {
    const payments = month.payments.id.length;
    const refunds = month.refunds.id.length;
    const ok =
      typeof month.month === 'string' &&
      SHA256_HEX.test(month.sha256) &&
      Array.isArray(month.payments.matchKey) &&
      month.payments.matchKey.length === payments &&
      refundColumnsComplete(month.refunds, refunds) &&
      isLengths(month.paymentLengths, payments) &&
      isLengths(month.refundLengths, refunds);
    if (!ok) throw new Error(`bad cached month ${String(month.month)}`);
    return { ...month, payments: paymentFactsOf(month.payments), refunds: refundFactsOf(month.refunds) };
  });
}

/** The cached months by month; undefined when there is no usable cache (the caller reads every month). */
export async function readCatalogCache(fs: FileSystem, dataDir: string): Promise<ReadonlyMap<string, CachedMonth> | undefined> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(join(dataDir, CACHE_DIR, CACHE_FILE));
  } catch {
    // Missing or unreadable alike: every month is read the full way and the cache written again.
    return undefined;
  }
  // A parse that throws (any outline but ours) comes back as not ok.
  const decoded = decodeEnvelope(bytes, parseCache);
  return decoded.ok ? new Map(decoded.envelope.data.map((month) => [month.month, month])) : undefined;
}

/** Atomic and fsynced like every file here, so a crash leaves the old cache or the new one, never half of one. */
export async function writeCatalogCache(fs: FileSystem, dataDir: string, months: readonly CachedMonth[], now: Date): Promise<void> {
  const dir = join(dataDir, CACHE_DIR);
  const data: CacheData = {
    version: VERSION,
    months: months.map((month) => ({ ...month, payments: paymentColumnsOf(month.payments), refunds: refundColumnsOf(month.refunds) })),
  };
  // JSON.stringify, not canonicalJson: the checksum covers the bytes as written (envelope.ts), and this is ~35 MB.
  const { bytes } = envelopeOf(Buffer.from(asciiJson(data), 'utf8'), 1, now);
  const temp = join(dir, tempNameFor(CACHE_FILE));
  try {
    await ensureDurableDir(fs, dir);
    await writeNewFileDurably(fs, temp, bytes);
    await renameWithRetry(fs, temp, join(dir, CACHE_FILE));
    await syncDir(fs, dir);
  } finally {
    await bestEffort(() => fs.unlink(temp));
  }
}

/**
 * JSON with every non-ASCII character escaped (`\u4e2d`): the same value when parsed, but all-ASCII text decodes
 * several times faster than UTF-8 with Chinese names in it — at 50,000 refunds, ~0.3 s of every start.
 */
function asciiJson(value: unknown): string {
  // Code unit by code unit (no u flag), so a character outside the BMP becomes its two escaped surrogates.
   
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
