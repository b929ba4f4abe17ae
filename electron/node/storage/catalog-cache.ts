/**
 * `cache/ledger-catalog.jsonl`: every month's catalog (ledger-catalog.ts) as of the checksum of the month file it
 * was taken from, with each record's byte length in that file. At start-up a month whose file still carries that
 * checksum (and whose bytes hash to it) is taken from here without parsing a single record: at 50,000 refunds that
 * is the difference between ~5 s and ~1 s to open. Anything else — a month saved since, a restored backup, a
 * damaged or missing cache — is read the full way and the cache written again. It is derived data: not in backups,
 * never quarantined, never trusted over a month file.
 *
 * One line of header (format, version, month count, SHA-256 of everything after it), then one line per month. A
 * month at a time, because the month files are being read and hashed while this is parsed (ledger-store.ts): one
 * JSON.parse of the whole cache held main for ~0.3 s, and those reads waited behind it.
 */
import { join } from 'node:path';
import type { PaymentFacts, RefundFacts } from '../../common/ledger/ledger-catalog';
import { replaceFileDurably } from './atomic-write';
import { sha256Hex } from './envelope';
import { bestEffort } from './fs-errors';
import { paymentColumnsOf, paymentFactsOf, refundColumnsComplete, refundColumnsOf, refundFactsOf } from './catalog-columns';
import type { PaymentColumns, RefundColumns } from './catalog-columns';
import type { FileSystem } from './fs-port';

export const CACHE_DIR = 'cache';
const CACHE_FILE = 'ledger-catalog.jsonl';
/** Version 2's single JSON file: removed when this one is written. */
const OLD_CACHE_FILE = 'ledger-catalog.json';
const FORMAT = 'refunddesk/catalog';
/** 3: one line per month. A cache of another version is read the full way and written again. */
const VERSION = 3;
const NEWLINE = 0x0a;

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

interface Header {
  readonly format: string;
  readonly version: number;
  readonly months: number;
  readonly sha256: string;
}

const SHA256_HEX = /^[0-9a-f]{64}$/u;
const isLengths = (value: unknown, count: number): boolean =>
  Array.isArray(value) && value.length === count && value.every((n) => Number.isSafeInteger(n) && (n as number) > 0);

function isHeader(value: unknown): value is Header {
  const header = value as Partial<Header> | null;
  return header?.format === FORMAT && header.version === VERSION && Number.isSafeInteger(header.months) && SHA256_HEX.test(header.sha256 ?? '');
}

/** One month's line, down to one value per record in every column; the values were written from checked records. */
function parseMonth(value: unknown): CachedMonth {
  const month = value as StoredMonth;
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
}

/** Lets file reads that finished meanwhile be handled (setImmediate runs after the I/O callbacks). */
const yieldToIo = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** The cached months by month; undefined when there is no usable cache (the caller reads every month). */
export async function readCatalogCache(fs: FileSystem, dataDir: string): Promise<ReadonlyMap<string, CachedMonth> | undefined> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(join(dataDir, CACHE_DIR, CACHE_FILE));
  } catch {
    // Missing or unreadable alike: every month is read the full way and the cache written again.
    return undefined;
  }
  // Anything but our own lines — a parse that throws, a count or checksum that differs — is no cache.
  try {
    const headerEnd = bytes.indexOf(NEWLINE);
    const header: unknown = headerEnd === -1 ? undefined : JSON.parse(bytes.toString('latin1', 0, headerEnd));
    const body = bytes.subarray(headerEnd + 1);
    if (!isHeader(header) || sha256Hex(body) !== header.sha256) return undefined;
    const months = new Map<string, CachedMonth>();
    for (let start = 0; start < body.length; ) {
      const end = body.indexOf(NEWLINE, start);
      if (end === -1) return undefined;
      // latin1: the text is ASCII (asciiJson), and a one-byte decode is a plain copy.
      const month = parseMonth(JSON.parse(body.toString('latin1', start, end)));
      months.set(month.month, month);
      start = end + 1;
      await yieldToIo();
    }
    return months.size === header.months ? months : undefined;
  } catch {
    return undefined;
  }
}

/** Atomic and fsynced like every file here, so a crash leaves the old cache or the new one, never half of one. */
export async function writeCatalogCache(fs: FileSystem, dataDir: string, months: readonly CachedMonth[]): Promise<void> {
  const dir = join(dataDir, CACHE_DIR);
  const lines = months.map((month) => `${asciiJson({ ...month, payments: paymentColumnsOf(month.payments), refunds: refundColumnsOf(month.refunds) })}\n`);
  const body = Buffer.from(lines.join(''), 'latin1');
  const header: Header = { format: FORMAT, version: VERSION, months: months.length, sha256: sha256Hex(body) };
  const bytes = Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'latin1'), body]);
  await replaceFileDurably(fs, dir, CACHE_FILE, bytes);
  await bestEffort(() => fs.unlink(join(dir, OLD_CACHE_FILE)));
}

/**
 * JSON with every non-ASCII character escaped (`\u4e2d`): the same value when parsed, but all-ASCII text decodes
 * several times faster than UTF-8 with Chinese names in it — at 50,000 refunds, ~0.3 s of every start.
 */
function asciiJson(value: unknown): string {
  // Code unit by code unit (no u flag), so a character outside the BMP becomes its two escaped surrogates.
   
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
