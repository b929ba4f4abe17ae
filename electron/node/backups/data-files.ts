/**
 * Which files are the shop's data, relative to the data folder: what a backup holds and what a restore replaces.
 * Temp files, `.generations/`, `quarantine/`, the lock and the backups themselves are never part of it: the
 * files on disk are always complete (atomic rename), so reading the current ones is a consistent enough copy.
 */
import { join } from 'node:path';
import { isMissing } from '../storage/fs-errors';
import type { FileSystem } from '../storage/fs-port';
import { DATA_VERSION_FILE } from '../migrations/data-version';

// The version record travels with the data: a restored old backup brings its own version (none = 1) and is migrated.
const ROOT_FILES = ['settings.json', 'calendar.json', DATA_VERSION_FILE];
const JSON_FOLDERS = ['ledger', 'settlements', 'cases', 'keys'];
const ATTACHMENTS = 'attachments';
const DATA_JSON = /^[A-Za-z0-9_-]+\.json$/u;
const ATTACHMENT_PART = /^[0-9a-f]+$/u;

/** A path (with `/`) the restore may write: the same rules the listing uses, so a backup can name nothing else. */
export function isDataPath(path: string): boolean {
  const parts = path.split('/');
  if (parts.length === 1) return ROOT_FILES.includes(parts[0] ?? '');
  if (parts.length === 2 && JSON_FOLDERS.includes(parts[0] ?? '')) return DATA_JSON.test(parts[1] ?? '');
  if (parts[0] === ATTACHMENTS && parts.length === 3) return parts.slice(1).every((part) => ATTACHMENT_PART.test(part));
  return false;
}

async function names(fs: FileSystem, dir: string): Promise<string[]> {
  try {
    return await fs.readdir(dir);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

async function isFile(fs: FileSystem, path: string): Promise<boolean> {
  try {
    return (await fs.stat(path)).isFile();
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

/** Every data file now in the folder, sorted (so two backups of the same data list the same order). */
export async function listDataFiles(fs: FileSystem, dataDir: string): Promise<string[]> {
  const found: string[] = [];
  for (const name of ROOT_FILES) if (await isFile(fs, join(dataDir, name))) found.push(name);
  for (const folder of JSON_FOLDERS) {
    for (const name of await names(fs, join(dataDir, folder))) {
      const path = `${folder}/${name}`;
      if (isDataPath(path) && (await isFile(fs, join(dataDir, folder, name)))) found.push(path);
    }
  }
  for (const prefix of await names(fs, join(dataDir, ATTACHMENTS))) {
    if (!ATTACHMENT_PART.test(prefix)) continue;
    for (const name of await names(fs, join(dataDir, ATTACHMENTS, prefix))) {
      const path = `${ATTACHMENTS}/${prefix}/${name}`;
      if (isDataPath(path) && (await isFile(fs, join(dataDir, ATTACHMENTS, prefix, name)))) found.push(path);
    }
  }
  return found.sort();
}
