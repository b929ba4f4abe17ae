import { createHash } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../electron/common/domain/errors';
import { FsAttachmentStore } from '../../../electron/node/attachments/fs-attachment-store';
import { nodeFileSystem } from '../../../electron/node/storage/fs-port';
import { FaultFileSystem } from '../../support/fault-fs';
import { listFiles, listTempFiles, makeTempDir, removeTempDir } from '../../support/storage-temp-dir';
import { BLUE_PNG, PDF_HEAD, RED_PNG } from '../../fixtures/evidence-files';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('FsAttachmentStore', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await makeTempDir('refunddesk-attachments-');
  });
  afterEach(async () => {
    await removeTempDir(dataDir);
  });

  it('stores by SHA-256 under attachments/ab/cdef…, owner-only, and reads the same bytes back', async () => {
    const store = await FsAttachmentStore.open({ dataDir, fs: nodeFileSystem });
    const stored = await store.put(RED_PNG);
    const hash = sha(RED_PNG);
    expect(stored).toEqual({ sha256: hash, size: RED_PNG.length });
    expect(await listFiles(dataDir)).toEqual([`attachments/${hash.slice(0, 2)}/${hash.slice(2)}`]);
    const file = join(dataDir, 'attachments', hash.slice(0, 2), hash.slice(2));
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const back = await store.read(hash);
    expect(back).toEqual(RED_PNG);
    expect(Object.getPrototypeOf(back)).toBe(Uint8Array.prototype);
    expect(back.byteLength).toBe(back.buffer.byteLength);
  });

  it('keeps the same bytes once, however often they are added', async () => {
    const store = await FsAttachmentStore.open({ dataDir, fs: nodeFileSystem });
    const first = await store.put(RED_PNG);
    const second = await store.put(Uint8Array.from(RED_PNG));
    await Promise.all([store.put(RED_PNG), store.put(RED_PNG)]);
    expect(second).toEqual(first);
    expect(await listFiles(dataDir)).toHaveLength(1);
    await store.put(BLUE_PNG);
    expect(await listFiles(dataDir)).toHaveLength(2);
  });

  it('detects a flipped byte on read, and a later put of the good bytes repairs the file', async () => {
    const store = await FsAttachmentStore.open({ dataDir, fs: nodeFileSystem });
    const { sha256 } = await store.put(RED_PNG);
    const file = join(dataDir, 'attachments', sha256.slice(0, 2), sha256.slice(2));
    const damaged = Buffer.from(await readFile(file));
    damaged[30] = (damaged[30] ?? 0) ^ 0x01;
    await writeFile(file, damaged);
    expect((await rejection(store.read(sha256))).code).toBe('attachment_corrupt');

    await store.put(RED_PNG);
    expect(await store.read(sha256)).toEqual(RED_PNG);
  });

  it('says a deleted file is missing', async () => {
    const store = await FsAttachmentStore.open({ dataDir, fs: nodeFileSystem });
    expect((await rejection(store.read('a'.repeat(64)))).code).toBe('attachment_missing');
  });

  it('cannot be made to touch a path outside the store: only 64 hex digits are keys', async () => {
    const store = await FsAttachmentStore.open({ dataDir, fs: nodeFileSystem });
    for (const key of ['../settings.json', '../../etc/passwd', `..${'/'}${'a'.repeat(61)}`, 'A'.repeat(64), `${'a'.repeat(63)}/`, '']) {
      expect((await rejection(store.read(key))).code).toBe('invalid_argument');
    }
  });

  it('leaves no temp file and reports a full disk when a write hits ENOSPC; a retry with space works', async () => {
    const fs = new FaultFileSystem();
    const store = await FsAttachmentStore.open({ dataDir, fs });
    fs.limitSpace(100);
    const big = new Uint8Array(5_000).fill(0x41);
    big.set(PDF_HEAD);
    const error = await rejection(store.put(big));
    expect(error.code).toBe('disk_full');
    expect(await listTempFiles(dataDir)).toEqual([]);
    expect(await listFiles(dataDir)).toEqual([]);

    fs.clear();
    await store.put(big);
    expect(await listFiles(dataDir)).toHaveLength(1);
  });

  it('fails cleanly at every step of a save (EIO on the k-th open/write/sync/rename/close)', async () => {
    const fs = new FaultFileSystem();
    const store = await FsAttachmentStore.open({ dataDir, fs });
    fs.resetCount();
    await store.put(BLUE_PNG);
    const steps = fs.calls.length;
    expect(steps).toBeGreaterThan(3);
    const bytes = RED_PNG;
    for (let k = 1; k <= steps; k += 1) {
      fs.clear();
      fs.resetCount();
      fs.failNth(k, 'EIO');
      const outcome = await store.put(bytes).then(
        () => 'stored',
        (error: unknown) => (error instanceof DomainError ? error.code : 'raw error'),
      );
      fs.clear();
      expect(['stored', 'save_failed']).toContain(outcome);
      expect(await listTempFiles(dataDir)).toEqual([]);
      // Whatever happened, what is stored under the name is whole or absent, never partial.
      const result = await store.read(sha(bytes)).then(
        (read) => (read.length === bytes.length ? 'whole' : 'partial'),
        (error: unknown) => (error instanceof DomainError ? error.code : 'raw error'),
      );
      expect(['whole', 'attachment_missing']).toContain(result);
      if (result === 'whole') await removeTempDir(join(dataDir, 'attachments', sha(bytes).slice(0, 2)));
    }
  });

  it('sweeps temp files a killed process left behind, and nothing else', async () => {
    const store = await FsAttachmentStore.open({ dataDir, fs: nodeFileSystem });
    const { sha256 } = await store.put(RED_PNG);
    const dir = join(dataDir, 'attachments', sha256.slice(0, 2));
    await writeFile(join(dir, `.${sha256.slice(2)}.4242-abcdef012345.tmp`), 'partial');
    await FsAttachmentStore.open({ dataDir, fs: nodeFileSystem });
    expect(await listTempFiles(dataDir)).toEqual([]);
    expect(await listFiles(dataDir)).toEqual([`attachments/${sha256.slice(0, 2)}/${sha256.slice(2)}`]);
  });
});
