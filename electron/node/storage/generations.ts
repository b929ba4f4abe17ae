/**
 * Previous versions of each file, kept in a `.generations/` folder beside it. Keeping one costs a hard link:
 * saves never modify a file in place (they rename a new one over it), so the old inode is frozen the moment
 * it is replaced. Where hard links are not supported (FAT, some network drives) a copy is made instead.
 */
import { join } from 'node:path';
import { ensureDurableDir } from './atomic-write';
import { bestEffort, hasCode, isMissing } from './fs-errors';
import type { FileSystem } from './fs-port';

export const GENERATIONS_DIR = '.generations';
export const DEFAULT_GENERATIONS = 5;

// Zero-padded so a plain name sort is also a numeric sort for anyone browsing the folder.
const NUMBER_WIDTH = 12;
const NAME_PATTERN = /^(.+)\.(\d+)\.gen$/;

export function generationName(baseName: string, number: number): string {
  return `${baseName}.${number.toString().padStart(NUMBER_WIDTH, '0')}.gen`;
}

/** The file a generation belongs to and its number, or undefined for anything else in the folder. */
export function parseGenerationName(name: string): { readonly baseName: string; readonly number: number } | undefined {
  const match = NAME_PATTERN.exec(name);
  if (match?.[1] === undefined || match[2] === undefined) return undefined;
  return { baseName: match[1], number: Number(match[2]) };
}

/** Numbers of the generations of `baseName`, oldest first. */
export async function listGenerations(fs: FileSystem, gensDir: string, baseName: string): Promise<number[]> {
  let names: string[];
  try {
    names = await fs.readdir(gensDir);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
  const numbers: number[] = [];
  for (const name of names) {
    const parsed = parseGenerationName(name);
    if (parsed?.baseName === baseName) numbers.push(parsed.number);
  }
  return numbers.sort((a, b) => a - b);
}

// Codes that mean "this file system has no hard links here", as opposed to a failing disk (EIO), which
// must fail the save rather than be papered over by a copy.
const NO_HARD_LINKS = ['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'EMLINK', 'ENOSYS'] as const;

/**
 * Keeps the current `file` as generation `number`. Resolves to the generation's path, or undefined when
 * there is no current file yet (first save, or a file already moved to quarantine).
 */
export async function keepGeneration(
  fs: FileSystem,
  file: string,
  gensDir: string,
  baseName: string,
  number: number,
): Promise<string | undefined> {
  const target = join(gensDir, generationName(baseName, number));
  try {
    await fs.stat(file);
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
  await ensureDurableDir(fs, gensDir);
  try {
    await fs.link(file, target);
    return target;
  } catch (error) {
    if (isMissing(error)) return undefined;
    if (!hasCode(error, ...NO_HARD_LINKS)) throw error;
  }
  try {
    await fs.copyFile(file, target);
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
  return target;
}

/** Deletes all but the newest `keep`; returns the numbers still kept. A failed delete only costs disk space. */
export async function pruneGenerations(
  fs: FileSystem,
  gensDir: string,
  baseName: string,
  numbers: readonly number[],
  keep: number,
): Promise<number[]> {
  const excess = numbers.length - keep;
  if (excess <= 0) return [...numbers];
  for (const number of numbers.slice(0, excess)) {
    await bestEffort(() => fs.unlink(join(gensDir, generationName(baseName, number))));
  }
  return numbers.slice(excess);
}
