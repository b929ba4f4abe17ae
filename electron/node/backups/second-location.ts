/**
 * The owner's opt-in second location, remembered in `backups/second-location.json` (not in settings.json: it
 * names a path on this computer, and restoring a backup made elsewhere must not point at someone else's drive).
 */
import { join } from 'node:path';
import { z } from 'zod';
import { isMissing } from '../storage/fs-errors';
import type { FileSystem } from '../storage/fs-port';
import { writeBackupFile } from './backup-folder';

const FILE = 'second-location.json';
const schema = z.object({ enabled: z.boolean(), path: z.string().max(4000).optional() });
export type SecondLocationConfig = z.infer<typeof schema>;

export async function readSecondLocation(fs: FileSystem, backupsDir: string): Promise<SecondLocationConfig> {
  try {
    const parsed = schema.safeParse(JSON.parse((await fs.readFile(join(backupsDir, FILE))).toString('utf8')));
    return parsed.success ? parsed.data : { enabled: false };
  } catch (error) {
    // Missing or damaged: off, the default. The local backups do not depend on it.
    if (isMissing(error)) return { enabled: false };
    return { enabled: false };
  }
}

export async function writeSecondLocation(fs: FileSystem, backupsDir: string, config: SecondLocationConfig): Promise<void> {
  await writeBackupFile(fs, backupsDir, FILE, new TextEncoder().encode(`${JSON.stringify(config)}\n`));
}
