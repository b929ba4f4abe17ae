/**
 * RELIABILITY §2 "attachments: a flipped byte after storing": evidence files are named by their SHA-256 and every read
 * re-hashes, so one changed byte anywhere (first, middle, last) is `attachment_corrupt`, never silently served, and
 * the other files stay readable. Deduplication, 0-byte, traversal names, ENOSPC/EIO at every step, temp sweeping:
 * test/node/attachments/fs-attachment-store.test.ts (and ./io-error.test.ts, ./disk-full.test.ts here).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FsAttachmentStore } from '../../../electron/node/attachments/fs-attachment-store';
import { nodeFileSystem } from '../../../electron/node/storage/fs-port';
import { makeTempDir, removeTempDir } from '../../support/storage-temp-dir';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await removeTempDir(dir);
});

/** Files of a few sizes, including one spanning several 4 KiB pages. */
const FILES = [1, 100, 5_000, 70_000].map((size, n) => Buffer.from(Array.from({ length: size }, (_, i) => (i * 31 + n * 7) & 0xff)));

describe('a flipped byte in a stored attachment', () => {
  it('is detected on read (attachment_corrupt) wherever it is, and only that file is affected', async () => {
    const tally = { flips: 0, detected: 0, othersIntact: 0 };
    for (const [index, bytes] of FILES.entries()) {
      for (const where of ['first', 'middle', 'last'] as const) {
        const dataDir = await makeTempDir('refunddesk-attach-flip-');
        dirs.push(dataDir);
        const store = await FsAttachmentStore.open({ dataDir, fs: nodeFileSystem });
        const stored = await Promise.all(FILES.map((file) => store.put(file)));
        const target = stored[index];
        if (target === undefined) throw new Error('not stored');
        const path = join(dataDir, 'attachments', target.sha256.slice(0, 2), target.sha256.slice(2));
        const onDisk = await readFile(path);
        const at = where === 'first' ? 0 : where === 'middle' ? onDisk.length >> 1 : onDisk.length - 1;
        onDisk[at] = (onDisk[at] ?? 0) ^ 0x01;
        await writeFile(path, onDisk);
        tally.flips += 1;

        await expect(store.read(target.sha256), `file ${index} ${where}`).rejects.toMatchObject({ code: 'attachment_corrupt' });
        tally.detected += 1;
        let intact = true;
        for (const [other, info] of stored.entries()) {
          if (other !== index && !Buffer.from(await store.read(info.sha256)).equals(FILES[other] ?? Buffer.alloc(0))) intact = false;
        }
        if (intact) tally.othersIntact += 1;
        expect(bytes.length).toBe(target.size);
      }
    }
    console.log(`attachments: ${tally.flips} flipped bytes, ${tally.detected} detected on read (attachment_corrupt), ${tally.flips - tally.othersIntact} other files affected, 0 lost`);
    expect(tally).toEqual({ flips: FILES.length * 3, detected: FILES.length * 3, othersIntact: FILES.length * 3 });
  });
});
