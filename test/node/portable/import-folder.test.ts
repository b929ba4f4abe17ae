import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/node/app-services';
import { parseBackupFileName } from '../../../electron/common/backups/backup-kinds';
import { RED_PNG } from '../../fixtures/evidence-files';
import { openShop, setUpDemoShop } from '../backups/backup-test-kit';

const sha = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

interface Shop {
  readonly dataDir: string;
  readonly exportParent: string;
  importFrom: string | undefined;
}

function open(shop: Shop): Promise<AppServices> {
  return openShop(shop.dataDir, {
    backups: {
      dialogs: {
        chooseFolder: () => Promise.resolve(shop.exportParent),
        chooseBackupFile: () => Promise.resolve(undefined),
        chooseExistingFolder: () => Promise.resolve(shop.importFrom),
      },
    },
  });
}

/** The record files of an export, parsed and sorted by id, so two exports of the same records compare equal. */
async function recordsOf(folder: string): Promise<Record<string, unknown>> {
  const read = async (name: string): Promise<unknown> => JSON.parse(await readFile(join(folder, name), 'utf8')) as unknown;
  const byId = <T>(items: T[], id: (item: T) => string) => [...items].sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
  const refunds = (await read('refunds.json')) as { refund: { id: string } }[];
  const settlements = (await read('settlements.json')) as { accounts: { id: string }[]; days: { id: string }[] };
  const cases = (await read('cases.json')) as { id: string }[];
  return {
    refunds: byId(refunds, (entry) => entry.refund.id),
    accounts: byId(settlements.accounts, (account) => account.id),
    days: byId(settlements.days, (day) => day.id),
    cases: byId(cases, (kase) => kase.id),
    settings: await read('settings.json'),
  };
}

/** Rewrites one file of an export folder and its line in SHA256SUMS (the hashes agree; the content does not). */
async function rewrite(folder: string, name: string, text: string): Promise<void> {
  await writeFile(join(folder, name), text);
  const sums = (await readFile(join(folder, 'SHA256SUMS'), 'utf8'))
    .split('\n')
    .map((line) => (line.endsWith(`  ${name}`) ? `${sha(text)}  ${name}` : line))
    .join('\n');
  await writeFile(join(folder, 'SHA256SUMS'), sums);
}

describe('data.importFolder (import an export folder back)', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  async function exportedShop(): Promise<{ shop: Shop; folder: string }> {
    const dataDir = await mkdtemp(join(tmpdir(), 'refunddesk-import-data-'));
    const exportParent = await mkdtemp(join(tmpdir(), 'refunddesk-import-export-'));
    dirs.push(dataDir, exportParent);
    await setUpDemoShop(dataDir);
    const shop: Shop = { dataDir, exportParent, importFrom: undefined };
    const services = await open(shop);
    try {
      const first = (await services.handlers['refund.list']({ offset: 0, limit: 1 })).items[0];
      if (first === undefined) throw new Error('empty demo shop');
      await services.handlers['attachment.add']({ refundId: first.id, actor: '店长', name: 'slip.png', bytes: RED_PNG });
      const result = await services.handlers['data.exportFolder']({});
      if (result.folder === undefined) throw new Error('no export');
      return { shop, folder: result.folder };
    } finally {
      await services.close();
    }
  }

  it('round trip: export, change something, import, restart → every record as exported, attachments verify, before_import backup', async () => {
    const { shop, folder } = await exportedShop();
    const exported = await recordsOf(folder);
    let services = await open(shop);
    let changedId: string;
    let operators: string[];
    try {
      operators = (await services.handlers['app.info']({})).settings.operators.map((operator) => operator.name);
      const first = (await services.handlers['refund.list']({ offset: 0, limit: 1 })).items[0];
      if (first === undefined) throw new Error('empty demo shop');
      changedId = first.id;
      await services.handlers['refund.addNote']({ id: first.id, actor: '店长', note: '导出之后才写的备注' });
      shop.importFrom = folder;
      const result = await services.handlers['data.importFolder']({});
      expect(result).toMatchObject({ restartRequired: true, attachments: 1 });
      expect(parseBackupFileName(result.safetyBackup ?? '')?.kind).toBe('before_import');
    } finally {
      await services.close();
    }
    // The restart: the staged import is applied before any store opens.
    services = await open(shop);
    try {
      const detail = await services.handlers['refund.get']({ id: changedId });
      expect(JSON.stringify(detail)).not.toContain('导出之后才写的备注');
      const again = await services.handlers['data.exportFolder']({});
      expect(await recordsOf(again.folder ?? '')).toEqual(exported);
      const integrity = await services.handlers['integrity.run']({});
      expect(integrity.last?.problems ?? []).toEqual([]);
      expect(integrity.last?.attachments).toBeGreaterThanOrEqual(1);
      const backups = (await services.handlers['backup.status']({})).backups;
      expect(backups.some((backup) => backup.kind === 'before_import')).toBe(true);
      // Who can sign in did not change.
      const info = await services.handlers['app.info']({});
      expect(info.settings.operators.map((operator) => operator.name)).toEqual(operators);
    } finally {
      await services.close();
    }
    expect(await readdir(shop.dataDir)).not.toContain('restore-pending.zip');
  });

  const refusals: { name: string; reason: string; spoil: (folder: string) => Promise<void> }[] = [
    {
      name: 'a name with ../ in SHA256SUMS',
      reason: 'unsafe_name',
      spoil: async (folder) => writeFile(join(folder, 'SHA256SUMS'), `${await readFile(join(folder, 'SHA256SUMS'), 'utf8')}${sha('x')}  ../evil.json\n`),
    },
    { name: 'an unlisted extra file', reason: 'unlisted_file', spoil: (folder) => writeFile(join(folder, 'notes.txt'), 'hello') },
    { name: 'a missing file', reason: 'missing_file', spoil: (folder) => rm(join(folder, 'cases.json')) },
    {
      name: 'a flipped byte',
      reason: 'hash_mismatch',
      spoil: async (folder) => {
        const bytes = await readFile(join(folder, 'settlements.json'));
        bytes[10] = (bytes[10] ?? 0) ^ 0x01;
        await writeFile(join(folder, 'settlements.json'), bytes);
      },
    },
    {
      name: 'an edited refund amount (hashes recomputed)',
      reason: 'history_broken',
      spoil: async (folder) => {
        const refunds = JSON.parse(await readFile(join(folder, 'refunds.json'), 'utf8')) as { refund: { amount: number } }[];
        const first = refunds[0];
        if (first === undefined) throw new Error('no refund');
        first.refund.amount += 100;
        await rewrite(folder, 'refunds.json', `${JSON.stringify(refunds, null, 2)}\n`);
      },
    },
    {
      name: 'an attachment left out (file and line)',
      reason: 'attachment_missing',
      spoil: async (folder) => {
        const [name] = await readdir(join(folder, 'attachments'));
        await rm(join(folder, 'attachments', name ?? ''));
        const sums = (await readFile(join(folder, 'SHA256SUMS'), 'utf8')).split('\n').filter((line) => !line.includes('attachments/'));
        await writeFile(join(folder, 'SHA256SUMS'), sums.join('\n'));
      },
    },
    {
      name: 'a folder that is not an export',
      reason: 'not_an_export',
      spoil: async (folder) => {
        for (const name of await readdir(folder)) await rm(join(folder, name), { recursive: true });
        await writeFile(join(folder, 'holiday photos.txt'), 'not an export');
      },
    },
  ];

  it.each(refusals)('refuses $name ($reason) and leaves nothing behind', async ({ reason, spoil }) => {
    const { shop, folder } = await exportedShop();
    const copy = join(shop.exportParent, 'spoiled');
    await cp(folder, copy, { recursive: true });
    await spoil(copy);
    shop.importFrom = copy;
    const before = (await readdir(shop.dataDir)).sort();
    const services = await open(shop);
    try {
      const backupsBefore = (await services.handlers['backup.status']({})).backups.length;
      await expect(services.handlers['data.importFolder']({})).rejects.toMatchObject({ code: 'import_invalid', params: { reason } });
      expect((await services.handlers['backup.status']({})).backups.length).toBe(backupsBefore);
    } finally {
      await services.close();
    }
    expect((await readdir(shop.dataDir)).sort()).toEqual(before);
  });

  it('says cancelled when the owner closes the folder dialog', async () => {
    const { shop } = await exportedShop();
    const services = await open(shop);
    try {
      expect(await services.handlers['data.importFolder']({})).toEqual({ cancelled: true });
    } finally {
      await services.close();
    }
  });
});
