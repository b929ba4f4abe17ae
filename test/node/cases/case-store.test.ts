/**
 * FsCaseStore on real temp folders (RELIABILITY §1–2): one file per year of opening, memory swapped only after a
 * durable save, a failed save (EIO, disk full) changes nothing, a damaged year file is quarantined and restored.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Case } from '../../../electron/common/cases/case';
import { withCaseStatus } from '../../../electron/common/cases/case-records';
import { DomainError } from '../../../electron/common/domain/errors';
import { FsCaseStore } from '../../../electron/node/cases/case-store';
import { FaultFileSystem } from '../../support/fault-fs';
import { nodeHasher } from '../../support/node-hasher';
import { steppingClock } from '../../support/storage-records';
import { diskState, listTempFiles, makeTempDir, removeTempDir } from '../../support/storage-temp-dir';
import { link, opened } from '../../common/cases/case-fixture';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('refunddesk-cases-');
});
afterEach(async () => {
  await removeTempDir(dir);
});

const pathOf = (name: string) => join(dir, 'cases', name);
const open = (fs?: FaultFileSystem) => FsCaseStore.open({ dataDir: dir, now: steppingClock(), ...(fs === undefined ? {} : { fs }) });

/** Opened 2026-11-20 (Shanghai); a second case opened on 2025-12-31 local time, which is 16:30Z that day. */
const CASE_2026 = opened('complaint', [link('payment', 'p-1')]);
const CASE_2025: Case = { ...opened('not_arrived', [link('refund', 'r-1')], { requestId: 'r-2025' }, 'AJ-202512-0001'), id: 'case-2025', createdAt: '2025-12-31T15:59:00.000Z' };
const CLOSED = withCaseStatus(CASE_2026, { id: CASE_2026.id, to: 'lost', note: '顾客撤诉前已过期', actor: '店长' }, new Date('2026-11-21T10:00:00+08:00'), nodeHasher);

describe('FsCaseStore', () => {
  it('one file per local year of opening; replace by id; a reopen sees the same, years in order', async () => {
    const store = await open();
    expect(store.cases()).toEqual([]);
    await store.saveCase(CASE_2026);
    await store.saveCase(CASE_2025);
    await store.saveCase(CLOSED);
    expect(store.cases()).toEqual([CASE_2025, CLOSED]);
    expect((await readdir(join(dir, 'cases'))).filter((name) => name.endsWith('.json')).sort()).toEqual(['2025.json', '2026.json']);
    expect(await diskState(pathOf('2026.json'))).toEqual({ cases: [CLOSED] });
    const reopened = await open();
    expect(reopened.cases()).toEqual([CASE_2025, CLOSED]);
    expect(reopened.recoveries()).toEqual([]);
  });

  for (const failure of [
    { name: 'EIO at the rename', code: 'EIO', errorCode: 'save_failed', op: 'rename' as const },
    { name: 'ENOSPC at the fsync', code: 'ENOSPC', errorCode: 'disk_full', op: 'sync' as const },
  ]) {
    it(`${failure.name}: the save rejects, memory and file unchanged, a retry works`, async () => {
      const fs = new FaultFileSystem();
      const store = await open(fs);
      await store.saveCase(CASE_2026);
      const before = structuredClone(store.cases());
      const fileBefore = await readFile(pathOf('2026.json'));

      fs.failWhen((call) => call.op === failure.op && call.path.includes('.2026.json.'), failure.code);
      const error: unknown = await store.saveCase(CLOSED).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: failure.errorCode, params: { file: 'cases/2026.json', code: failure.code } });
      expect(store.cases()).toEqual(before);
      expect(await readFile(pathOf('2026.json'))).toEqual(fileBefore);
      expect(await listTempFiles(dir)).toEqual([]);
      expect((await open()).cases()).toEqual(before);

      fs.clear();
      await store.saveCase(CLOSED);
      expect(store.cases()).toEqual([CLOSED]);
      expect((await open()).cases()).toEqual([CLOSED]);
    });
  }

  it('a corrupt year file is quarantined, the previous generation restored, and the owner told', async () => {
    const store = await open();
    await store.saveCase(CASE_2025);
    await store.saveCase(CASE_2026);
    await store.saveCase(CLOSED);
    const damaged = Buffer.from((await readFile(pathOf('2026.json'), 'utf8')).slice(0, 40));
    await writeFile(pathOf('2026.json'), damaged);

    const reopened = await open();
    expect(reopened.cases()).toEqual([CASE_2025, CASE_2026]);
    const notices = reopened.recoveries();
    expect(notices).toEqual([
      {
        file: 'cases/2026.json',
        problem: 'not_json',
        quarantinedAs: expect.stringMatching(/^quarantine\/cases__2026\.json\.\d{8}T\d{9}Z\.bad$/u) as unknown,
        restoredSavedAt: expect.any(String) as unknown,
        dataMayBeMissing: false,
      },
    ]);
    expect(await readFile(join(dir, ...(notices[0]?.quarantinedAs ?? '').split('/')))).toEqual(damaged);
    expect((await open()).recoveries()).toEqual([]);
  });

  it('refuses a case that fails the stored schema before writing anything', async () => {
    const store = await open();
    const bad = { ...CASE_2026, status: 'closed' } as unknown as Case;
    await expect(store.saveCase(bad)).rejects.toThrow(/status/);
    expect(store.cases()).toEqual([]);
    expect(await diskState(pathOf('2026.json'))).toBe('absent');
  });
});
