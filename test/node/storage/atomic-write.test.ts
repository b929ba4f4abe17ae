import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isTempOf, renameWithRetry, syncDir, tempNameFor, tempTargetOf } from '../../../electron/node/storage/atomic-write';
import { FaultFileSystem } from '../../support/fault-fs';
import { makeTempDir, removeTempDir } from '../../support/storage-temp-dir';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dir);
});

describe('syncDir', () => {
  // What Windows answers when asked to open or fsync a folder: tolerated, since the save is otherwise done.
  for (const code of ['EISDIR', 'EPERM', 'EINVAL']) {
    it(`tolerates ${code} from the folder handle`, async () => {
      const fs = new FaultFileSystem();
      fs.failWhen((call) => call.op === 'sync', code);
      await expect(syncDir(fs, dir)).resolves.toBeUndefined();
      fs.clear();
      fs.failWhen((call) => call.op === 'open', code);
      await expect(syncDir(fs, dir)).resolves.toBeUndefined();
    });
  }

  it('fails on anything else, such as EIO', async () => {
    const fs = new FaultFileSystem();
    fs.failWhen((call) => call.op === 'sync', 'EIO');
    await expect(syncDir(fs, dir)).rejects.toMatchObject({ code: 'EIO' });
  });
});

describe('temp names', () => {
  it('are unique, hidden, and recognised only for their own target', () => {
    const names = new Set(Array.from({ length: 1000 }, () => tempNameFor('2026-11.json')));
    expect(names.size).toBe(1000);
    const [name = ''] = names;
    expect(name.startsWith('.2026-11.json.')).toBe(true);
    expect(isTempOf('2026-11.json', name)).toBe(true);
    expect(isTempOf('2026-1.json', name)).toBe(false);
    expect(isTempOf('2026-11.json', join('x', '2026-11.json'))).toBe(false);
    expect(tempTargetOf(name)).toBe('2026-11.json');
    expect(tempTargetOf('2026-11.json')).toBeUndefined();
  });
});

describe('renameWithRetry', () => {
  it('rides out a file briefly held by another program (EPERM on Windows), but not EIO', async () => {
    await writeFile(join(dir, 'a'), 'A');
    const fs = new FaultFileSystem();
    fs.failWhen((call) => call.op === 'rename' && call.n <= 2, 'EPERM');
    await renameWithRetry(fs, join(dir, 'a'), join(dir, 'b'));
    expect(await readFile(join(dir, 'b'), 'utf8')).toBe('A');

    fs.clear();
    fs.resetCount();
    fs.failWhen((call) => call.op === 'rename', 'EIO');
    await expect(renameWithRetry(fs, join(dir, 'b'), join(dir, 'c'))).rejects.toMatchObject({ code: 'EIO' });
    expect(fs.calls.filter((call) => call.op === 'rename')).toHaveLength(1);
  });
});
