import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scanAttachments } from '../../../electron/node/integrity/attachment-scan';
import { nodeFileSystem } from '../../../electron/node/storage/fs-port';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function store(dataDir: string, bytes: Uint8Array): Promise<string> {
  const hash = sha(bytes);
  await mkdir(join(dataDir, 'attachments', hash.slice(0, 2)), { recursive: true });
  await writeFile(join(dataDir, 'attachments', hash.slice(0, 2), hash.slice(2)), bytes);
  return hash;
}

describe('scanAttachments (the files half of the self-check)', () => {
  let dir = '';
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('finds a flipped byte and a missing file, naming the record that holds each', async () => {
    dir = await mkdtemp(join(tmpdir(), 'refunddesk-scan-'));
    const good = await store(dir, new TextEncoder().encode('good photo'));
    const bad = await store(dir, new TextEncoder().encode('flipped photo'));
    const path = join(dir, 'attachments', bad.slice(0, 2), bad.slice(2));
    const bytes = await readFile(path);
    bytes[0] = (bytes[0] ?? 0) ^ 0x01;
    await writeFile(path, bytes);
    const missing = sha(new TextEncoder().encode('never stored'));
    const owners = new Map([
      [good, 'TK-1'],
      [bad, 'TK-2'],
      [missing, 'AJ-3'],
    ]);
    const result = await scanAttachments(nodeFileSystem, dir, owners);
    expect(result.attachments).toBe(3);
    expect(result.problems).toEqual(
      [
        { kind: 'attachment', id: bad, number: 'TK-2', what: 'attachment_corrupt' },
        { kind: 'attachment', id: missing, number: 'AJ-3', what: 'attachment_missing' },
      ].sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it('gives the event loop back between small batches (2,000 files, no slice over ~50 ms)', async () => {
    dir = await mkdtemp(join(tmpdir(), 'refunddesk-scan-'));
    for (let index = 0; index < 2000; index += 1) await store(dir, new TextEncoder().encode(`file ${index}`));
    // A setImmediate ticker measures the longest stretch main could not run anything else.
    let longest = 0;
    let last = performance.now();
    let ticking = true;
    const tick = () => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const result = await scanAttachments(nodeFileSystem, dir, new Map());
    ticking = false;
    expect(result).toEqual({ attachments: 2000, problems: [] });
    expect(longest).toBeLessThan(50);
  }, 60_000);
});
