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

function monthOf(fileName: string | undefined): string | undefined {
  return fileName === undefined ? undefined : PARTITION_FILE.exec(fileName)?.[1];
}

async function namesIn(fs: FileSystem, dir: string): Promise<string[]> {
  try {
    return await fs.readdir(dir);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

/** Every month with a partition file, a generation or a stray temp file, oldest first. */
export async function discoverMonths(fs: FileSystem, dataDir: string): Promise<string[]> {
  const ledgerDir = join(dataDir, LEDGER_DIR);
  const months = new Set<string>();
  for (const name of await namesIn(fs, ledgerDir)) {
    const month = monthOf(name) ?? monthOf(tempTargetOf(name));
    if (month !== undefined) months.add(month);
  }
  for (const name of await namesIn(fs, join(ledgerDir, GENERATIONS_DIR))) {
    const month = monthOf(parseGenerationName(name)?.baseName);
    if (month !== undefined) months.add(month);
  }
  return [...months].sort();
}
