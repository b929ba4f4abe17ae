import { readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Operator } from '../../electron/common/domain/operators';
import type { Settings } from '../../electron/common/ports';
import { DEFAULT_SETTINGS, LowdbSettingsStore } from '../../electron/node/settings-store';
import { FaultFileSystem } from '../support/fault-fs';
import { diskState, makeTempDir, removeTempDir } from '../support/storage-temp-dir';

const ZHANG: Operator = { id: 'op-1', name: '张三', role: 'owner' };
const X: Operator = { id: 'op-x', name: 'x', role: 'clerk' };

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dir);
});

describe('LowdbSettingsStore', () => {
  it('starts from the defaults without writing anything', async () => {
    const store = await LowdbSettingsStore.open({ dataDir: dir });
    expect(store.get()).toEqual({ setupDone: false, shopName: '', language: 'zh-CN', operators: [] });
    expect(store.recoveries()).toEqual([]);
    expect(await readdir(dir)).toEqual([]);
  });

  it('saves updates durably and a reopen sees them', async () => {
    const store = await LowdbSettingsStore.open({ dataDir: dir });
    const saved = await store.update({ setupDone: true, shopName: '张记', operators: [ZHANG] });
    await store.update({ lastChannel: 'alipay', language: 'en' });
    const expected: Settings = { setupDone: true, shopName: '张记', language: 'en', operators: [ZHANG], lastChannel: 'alipay' };
    expect(saved).toEqual({ ...DEFAULT_SETTINGS, setupDone: true, shopName: '张记', operators: [ZHANG] });
    expect(store.get()).toEqual(expected);
    expect(await diskState(join(dir, 'settings.json'))).toEqual(expected);
    expect((await LowdbSettingsStore.open({ dataDir: dir })).get()).toEqual(expected);
    if (process.platform !== 'win32') expect((await stat(join(dir, 'settings.json'))).mode & 0o777).toBe(0o600);
  });

  it('treats undefined in a patch as "no change" and refuses invalid values without saving', async () => {
    const store = await LowdbSettingsStore.open({ dataDir: dir });
    await store.update({ shopName: 'A' });
    expect((await store.update({ shopName: undefined })).shopName).toBe('A');
    await expect(store.update({ language: 'fr' as never })).rejects.toMatchObject({ code: 'invalid_argument' });
    expect(store.get().language).toBe('zh-CN');
  });

  it('keeps memory as it was when the save fails, and overlapping updates all land', async () => {
    const fs = new FaultFileSystem();
    const store = await LowdbSettingsStore.open({ dataDir: dir, fs });
    await store.update({ shopName: 'A' });
    fs.failWhen((call) => call.op === 'rename', 'EIO');
    await expect(store.update({ shopName: 'B' })).rejects.toMatchObject({ code: 'save_failed' });
    expect(store.get().shopName).toBe('A');
    fs.clear();
    await Promise.all([store.update({ shopName: 'C' }), store.update({ operators: [X] }), store.update({ lastOperator: 'x' })]);
    expect((await LowdbSettingsStore.open({ dataDir: dir })).get()).toMatchObject({ shopName: 'C', operators: [X], lastOperator: 'x' });
  });

  it('never resets a damaged settings file to the defaults: restores the previous version', async () => {
    const store = await LowdbSettingsStore.open({ dataDir: dir });
    await store.update({ setupDone: true, shopName: 'A' });
    await store.update({ shopName: 'B' });
    await writeFile(join(dir, 'settings.json'), 'null');
    const reopened = await LowdbSettingsStore.open({ dataDir: dir });
    expect(reopened.get()).toMatchObject({ setupDone: true, shopName: 'A' });
    expect(reopened.recoveries()).toMatchObject([{ file: 'settings.json', problem: 'schema', dataMayBeMissing: false }]);
  });
});
