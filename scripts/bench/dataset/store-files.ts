/**
 * Writes a store's file in bulk, in exactly the format the durable adapter writes and reads (envelope.ts:
 * `{ format, seq, savedAt, sha256, data }` over canonical JSON), after the store's own schema has accepted the
 * data. One write and one fsync per file instead of one durable save per record: generating five years must
 * not take five years of saves, and the app cannot tell the difference when it opens the folder.
 */
import { mkdir, open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { encodeEnvelope } from '../../../electron/node/storage/envelope';

export async function writeStoreFile<T>(dataDir: string, relativePath: string, data: T, parse: (data: unknown) => T, savedAt: Date): Promise<number> {
  parse(data); // the same check the adapter runs before every save and at every load
  const path = join(dataDir, ...relativePath.split('/'));
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const bytes = encodeEnvelope(data, 1, savedAt);
  const handle = await open(path, 'w', 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return bytes.length;
}

/** Groups records by a key (a month, a year), keeping their order inside each group. */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return groups;
}
