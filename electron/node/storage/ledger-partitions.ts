/**
 * Where ledger partitions live and how to find them all at start-up, including months whose current file
 * is gone (only generations left) or whose very first save was cut short (only a temp file left): each of
 * those needs its adapter to run once, to restore it or to sweep the temp file.
 */
import { join } from 'node:path';
import { DomainError } from '../../common/domain/errors';
import { tempTargetOf } from './atomic-write';
import { isMissing } from './fs-errors';
import type { FileSystem } from './fs-port';
import { GENERATIONS_DIR, parseGenerationName } from './generations';

export const LEDGER_DIR = 'ledger';

const MONTH = /^\d{4}-(?:0[1-9]|1[0-2])$/;
const PARTITION_FILE = /^(\d{4}-(?:0[1-9]|1[0-2]))\.json$/;

/** The month becomes part of a file path, so anything but `YYYY-MM` is refused (no `../` through here). */
export function checkMonth(month: string): string {
  if (!MONTH.test(month)) {
    throw new DomainError('invalid_argument', `Not a ledger month (YYYY-MM): ${month}`, { params: { month } });
  }
  return month;
}

export function partitionPath(month: string): string {
  return `${LEDGER_DIR}/${checkMonth(month)}.json`;
}

function keyOf(pattern: RegExp, fileName: string | undefined): string | undefined {
  return fileName === undefined ? undefined : pattern.exec(fileName)?.[1];
}

async function namesIn(fs: FileSystem, dir: string): Promise<string[]> {
  try {
    return await fs.readdir(dir);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

/**
 * Every partition key in `dir` (the first capture of `pattern` on a file name) with a file, a generation or a
 * stray temp file, sorted. Shared by the ledger's months and the settlements' years.
 */
export async function discoverPartitions(fs: FileSystem, dir: string, pattern: RegExp): Promise<string[]> {
  const keys = new Set<string>();
  for (const name of await namesIn(fs, dir)) {
    const key = keyOf(pattern, name) ?? keyOf(pattern, tempTargetOf(name));
    if (key !== undefined) keys.add(key);
  }
  for (const name of await namesIn(fs, join(dir, GENERATIONS_DIR))) {
    const key = keyOf(pattern, parseGenerationName(name)?.baseName);
    if (key !== undefined) keys.add(key);
  }
  return [...keys].sort();
}

/** Every month with a partition file, a generation or a stray temp file, oldest first. */
export function discoverMonths(fs: FileSystem, dataDir: string): Promise<string[]> {
  return discoverPartitions(fs, join(dataDir, LEDGER_DIR), PARTITION_FILE);
}

/** Months beside which a killed save left a temp file: those are read the full way, which sweeps it. */
export async function monthsWithTemps(fs: FileSystem, dataDir: string): Promise<Set<string>> {
  const months = new Set<string>();
  for (const name of await namesIn(fs, join(dataDir, LEDGER_DIR))) {
    const month = keyOf(PARTITION_FILE, tempTargetOf(name));
    if (month !== undefined) months.add(month);
  }
  return months;
}
