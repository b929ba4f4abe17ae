import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LowdbSettingsStore } from '../../electron/node/settings-store';
import { decodeEnvelope } from '../../electron/node/storage/envelope';
import { listFiles, makeTempDir, removeTempDir } from '../support/storage-temp-dir';

const GOLDEN = new URL('../fixtures/storage/settings-v1.json', import.meta.url);

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
  await copyFile(GOLDEN, join(dir, 'settings.json'));
});
afterEach(async () => {
  await removeTempDir(dir);
});

describe('settings migration from the Step 1 shape (operators as names)', () => {
  it('loads the names as operators: the first is the owner, ids are stable, nothing else changes', async () => {
    const store = await LowdbSettingsStore.open({ dataDir: dir });
    expect(store.recoveries()).toEqual([]);
    expect(store.get()).toEqual({
      setupDone: true,
      shopName: '张记小卖部',
      language: 'zh-CN',
      lastChannel: 'wechat',
      operators: [
        { id: 'op-1', name: '张三', role: 'owner' },
        { id: 'op-2', name: 'Li Si', role: 'clerk' },
      ],
    });
    // Loading alone writes nothing: the old file is still byte for byte the golden one.
    expect(await readFile(join(dir, 'settings.json'))).toEqual(await readFile(GOLDEN));
    expect((await LowdbSettingsStore.open({ dataDir: dir })).get().operators.map((operator) => operator.id)).toEqual(['op-1', 'op-2']);
  });

  it('the next save writes the new shape and keeps the Step 1 file as a generation', async () => {
    const store = await LowdbSettingsStore.open({ dataDir: dir });
    const [owner, clerk] = store.get().operators;
    if (owner === undefined || clerk === undefined) throw new Error('migration lost an operator');
    await store.update({ operators: [{ ...owner, pinHash: 'scrypt$1$8$1$c2FsdA==$a2V5' }, clerk] });

    const reopened = await LowdbSettingsStore.open({ dataDir: dir });
    expect(reopened.get()).toMatchObject({ shopName: '张记小卖部', lastChannel: 'wechat' });
    expect(reopened.get().operators).toEqual([
      { id: 'op-1', name: '张三', role: 'owner', pinHash: 'scrypt$1$8$1$c2FsdA==$a2V5' },
      { id: 'op-2', name: 'Li Si', role: 'clerk' },
    ]);
    const generations = (await listFiles(dir)).filter((path) => path.startsWith('.generations/'));
    expect(generations).toHaveLength(1);
    const old = decodeEnvelope(await readFile(join(dir, generations[0] ?? '')), (data) => data);
    expect(old.ok && (old.envelope.data as { operators: unknown }).operators).toEqual(['张三', 'Li Si']);
  });
});
