/**
 * "Import it back": reads an export folder (export-folder.ts) and checks ALL of it before anything changes —
 * SHA256SUMS lists exactly the files present, every hash matches, no name leaves the folder, sizes are capped,
 * every JSON file parses with the stores' schemas, every refund / settlement day / case history verifies and
 * every referenced attachment is there. Then it rebuilds the data files in the stores' own on-disk format
 * (envelopes; ledger by payment month, settlements and cases by year) as a backup-shaped archive, which the
 * caller stages like a restore (pending-restore.ts). This install's operators and PIN hashes are kept:
 * the export has none, and an import never changes who can sign in.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import type { Case } from '../../common/cases/case';
import type { Payment, Refund } from '../../common/domain/types';
import { DomainError } from '../../common/domain/errors';
import { monthOfLocal } from '../../common/domain/local-time';
import { checkRecords } from '../../common/integrity/check-integrity';
import type { Settings } from '../../common/ports';
import { attachmentFileName, portableAttachments } from '../../common/portable/portable-export';
import type { PortableRecords } from '../../common/portable/portable-export';
import { IMPORT_LIMITS, isExportFileName, parseSha256Sums } from '../../common/portable/portable-import';
import type { ImportInvalidReason } from '../../common/portable/portable-import';
import type { SettlementAccount, SettlementDay } from '../../common/settlements/settlement';
import { createArchive, openArchive } from '../backups/backup-archive';
import { listDataFiles } from '../backups/data-files';
import { caseYearOf } from '../cases/case-store';
import { parseCaseYearFile } from '../cases/case-schema';
import { parseSettings, paymentSchema, refundSchema, settingsSchema } from '../ledger-schema';
import { parseAccountsFile, parseYearFile } from '../settlements/settlement-schema';
import { encodeEnvelope, peekSeq } from '../storage/envelope';
import { isMissing } from '../storage/fs-errors';
import type { FileSystem } from '../storage/fs-port';
import { nodeHasher } from '../system-adapters';
import { CURRENT_DATA_VERSION } from '../migrations/data-migrations';
import { DATA_VERSION_FILE } from '../migrations/data-version';

export function invalidImport(reason: ImportInvalidReason, detail: string): DomainError {
  return new DomainError('import_invalid', `Not a usable export folder (${reason}): ${detail}`, { params: { reason } });
}

const SUMS = 'SHA256SUMS';
const ATTACHMENTS = 'attachments';
const REQUIRED_JSON = ['refunds.json', 'settlements.json', 'cases.json', 'settings.json'] as const;
// What an OS leaves in any folder a person opened; never read, never imported.
const OS_LITTER = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);

/** The records of a checked export folder, plus the attachment bytes they refer to (by SHA-256). */
export interface ImportedFolder {
  readonly records: Omit<PortableRecords, 'settings'> & { readonly refunds: readonly { readonly refund: Refund; readonly payment: Payment }[] };
  /** The export's shop settings, operators left out (they never come from an import). */
  readonly settings: Omit<Settings, 'operators' | 'lastOperator'>;
  readonly attachments: ReadonlyMap<string, Uint8Array>;
}

const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function listFolder(fs: FileSystem, folder: string): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  const add = async (relative: string, path: string): Promise<boolean> => {
    const stats = await fs.stat(path);
    if (!stats.isFile()) return false;
    if (stats.size > IMPORT_LIMITS.maxFileBytes) throw invalidImport('too_large', `${relative} is too large`);
    found.set(relative, stats.size);
    if (found.size > IMPORT_LIMITS.maxFiles) throw invalidImport('too_large', 'too many files');
    return true;
  };
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch (error) {
    throw invalidImport('not_an_export', error instanceof Error ? error.message : String(error));
  }
  for (const name of names) {
    if (OS_LITTER.has(name)) continue;
    if (name === ATTACHMENTS && (await fs.stat(join(folder, name))).isDirectory()) {
      for (const inner of await fs.readdir(join(folder, name))) {
        if (OS_LITTER.has(inner)) continue;
        if (!(await add(`${ATTACHMENTS}/${inner}`, join(folder, name, inner)))) throw invalidImport('unlisted_file', `${ATTACHMENTS}/${inner} is not a file`);
      }
      continue;
    }
    if (!(await add(name, join(folder, name)))) throw invalidImport('unlisted_file', `${name} is not a file`);
  }
  const total = [...found.values()].reduce((sum, size) => sum + size, 0);
  if (total > IMPORT_LIMITS.maxTotalBytes) throw invalidImport('too_large', 'the folder is too large');
  return found;
}

function parseJson(name: string, bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    throw invalidImport('bad_record', `${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function parseWith<T>(name: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw invalidImport('bad_record', `${name}: ${error instanceof Error ? error.message.slice(0, 300) : String(error)}`);
  }
}

const refundsFileSchema = z.array(z.object({ refund: refundSchema, payment: paymentSchema }));
const settlementsFileSchema = z.object({ accounts: z.array(z.unknown()), days: z.array(z.unknown()) });
// Operators arrive as summaries without PINs; they are never imported (this install's stay).
const exportedSettingsSchema = settingsSchema.omit({ operators: true, lastOperator: true }).extend({ operators: z.array(z.unknown()), lastOperator: z.string().optional() });

/** Reads and checks the whole folder; throws `import_invalid` (with a reason) at the first problem. */
export async function readExportFolder(fs: FileSystem, folder: string): Promise<ImportedFolder> {
  const present = await listFolder(fs, folder);
  if (!present.has(SUMS)) throw invalidImport('not_an_export', 'no SHA256SUMS');
  const sums = parseSha256Sums((await fs.readFile(join(folder, SUMS))).toString('utf8'));
  if (!sums.ok) throw invalidImport(sums.reason, sums.detail);
  for (const name of present.keys()) {
    if (name === SUMS) continue;
    if (!isExportFileName(name)) throw invalidImport('unlisted_file', `${name} is not part of an export`);
    if (!sums.hashes.has(name)) throw invalidImport('unlisted_file', `${name} is not listed in SHA256SUMS`);
  }
  for (const name of sums.hashes.keys()) if (!present.has(name)) throw invalidImport('missing_file', `${name} is listed but missing`);
  for (const name of REQUIRED_JSON) if (!present.has(name)) throw invalidImport('not_an_export', `no ${name}`);
  const bytes = new Map<string, Uint8Array>();
  for (const [name, hash] of sums.hashes) {
    const data = await fs.readFile(join(folder, ...name.split('/')));
    if (data.length !== present.get(name) || sha256Hex(data) !== hash) throw invalidImport('hash_mismatch', `${name} does not match SHA256SUMS`);
    bytes.set(name, data);
  }
  const read = (name: string) => parseJson(name, bytes.get(name) ?? new Uint8Array());
  const refunds = parseWith('refunds.json', () => refundsFileSchema.parse(read('refunds.json')));
  const settlementsRaw = parseWith('settlements.json', () => settlementsFileSchema.parse(read('settlements.json')));
  const accounts: readonly SettlementAccount[] = parseWith('settlements.json', () => parseAccountsFile({ accounts: settlementsRaw.accounts }).accounts);
  const days: readonly SettlementDay[] = parseWith('settlements.json', () => parseYearFile({ days: settlementsRaw.days }).days);
  const cases: readonly Case[] = parseWith('cases.json', () => parseCaseYearFile({ cases: read('cases.json') }).cases);
  const { operators: _operators, lastOperator: _lastOperator, ...settings } = parseWith('settings.json', () => exportedSettingsSchema.parse(read('settings.json')));
  uniqueIds('refund', refunds.map((entry) => entry.refund.id));
  uniqueIds('settlement day', days.map((day) => day.id));
  uniqueIds('case', cases.map((kase) => kase.id));
  const records = { refunds, settlementAccounts: accounts, settlementDays: days, cases };
  const check = checkRecords({ refunds, settlementDays: days, cases }, nodeHasher);
  const problem = check.problems[0];
  if (problem !== undefined) throw invalidImport('history_broken', `${problem.kind} ${problem.number}: ${problem.what}`);
  const attachments = new Map<string, Uint8Array>();
  for (const [sha256, mediaType] of portableAttachments({ ...records, settings: { ...settings, operators: [] } })) {
    const data = bytes.get(attachmentFileName(sha256, mediaType));
    if (data === undefined) throw invalidImport('attachment_missing', `no ${attachmentFileName(sha256, mediaType)}`);
    if (sha256Hex(data) !== sha256) throw invalidImport('hash_mismatch', `${attachmentFileName(sha256, mediaType)} does not match its name`);
    attachments.set(sha256, data);
  }
  return { records, settings, attachments };
}

function uniqueIds(what: string, ids: readonly string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw invalidImport('bad_record', `${what} ${id} appears twice`);
    seen.add(id);
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list === undefined) groups.set(k, [item]);
    else list.push(item);
  }
  return groups;
}

export interface ImportArchiveInput {
  readonly fs: FileSystem;
  readonly dataDir: string;
  readonly imported: ImportedFolder;
  /** This install's settings: operators, PIN hashes and the last operator stay. */
  readonly current: Settings;
  readonly appVersion: string;
  readonly at: Date;
}

async function currentBytes(fs: FileSystem, path: string): Promise<Buffer | undefined> {
  try {
    return await fs.readFile(path);
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

/**
 * Every data file the import leaves, in the stores' own format, zipped like a backup (and opened again, so it
 * is one the stores will load). The holiday calendar and the install key are this computer's: kept as they are.
 */
export async function buildImportArchive(input: ImportArchiveInput): Promise<Uint8Array> {
  const { fs, dataDir, imported, at } = input;
  const files = new Map<string, Uint8Array>();
  const envelope = async (path: string, data: unknown) => {
    // Numbering never goes backwards: one past the file it replaces.
    const existing = await currentBytes(fs, join(dataDir, ...path.split('/')));
    files.set(path, encodeEnvelope(data, existing === undefined ? 1 : peekSeq(existing) + 1, at));
  };
  const settings: Settings = parseSettings({
    ...imported.settings,
    operators: input.current.operators,
    ...(input.current.lastOperator === undefined ? {} : { lastOperator: input.current.lastOperator }),
    // Imported on a new install (from the first-run screen): nobody can sign in yet, so the first-run screen
    // comes back after the restart to name the owner; the imported records are already there.
    ...(input.current.operators.length === 0 ? { setupDone: false } : {}),
  });
  await envelope('settings.json', settings);
  // Rebuilt in this app's format, whatever version the exporting install had.
  await envelope(DATA_VERSION_FILE, { version: CURRENT_DATA_VERSION });
  for (const [month, entries] of groupBy(imported.records.refunds, (entry) => monthOfLocal(entry.payment.paidAt))) {
    const payments = new Map<string, Payment>();
    for (const { payment } of entries) {
      const seen = payments.get(payment.id);
      if (seen !== undefined && JSON.stringify(seen) !== JSON.stringify(payment)) throw invalidImport('bad_record', `payment ${payment.id} differs between refunds`);
      payments.set(payment.id, payment);
    }
    if (!/^\d{4}-(?:0[1-9]|1[0-2])$/u.test(month)) throw invalidImport('bad_record', `payment month ${month}`);
    await envelope(`ledger/${month}.json`, { payments: [...payments.values()], refunds: entries.map((entry) => entry.refund) });
  }
  await envelope('settlements/accounts.json', { accounts: imported.records.settlementAccounts });
  for (const [year, days] of groupBy(imported.records.settlementDays, (day) => day.businessDate.slice(0, 4))) {
    if (!/^\d{4}$/u.test(year)) throw invalidImport('bad_record', `business date ${year}`);
    await envelope(`settlements/${year}.json`, { days });
  }
  for (const [year, cases] of groupBy(imported.records.cases, caseYearOf)) {
    if (!/^\d{4}$/u.test(year)) throw invalidImport('bad_record', `case year ${year}`);
    await envelope(`cases/${year}.json`, { cases });
  }
  for (const [sha256, data] of imported.attachments) files.set(`attachments/${sha256.slice(0, 2)}/${sha256.slice(2)}`, data);
  for (const path of await listDataFiles(fs, dataDir)) {
    if (path === 'calendar.json' || path.startsWith('keys/')) files.set(path, await fs.readFile(join(dataDir, ...path.split('/'))));
  }
  const archive = createArchive({ appVersion: input.appVersion, createdAt: at, kind: 'manual', files });
  // The same check a restore makes: every file decodes the way its store will decode it.
  openArchive(archive);
  return archive;
}
