import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RED_PNG } from '../../fixtures/evidence-files';
import { openShop, setUpDemoShop } from '../backups/backup-test-kit';

describe('data.exportFolder (readable export)', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  it('writes every record, the original files and a SHA256SUMS that sha256sum accepts; no PIN hash', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'refunddesk-export-data-'));
    const parent = await mkdtemp(join(tmpdir(), 'refunddesk-export-to-'));
    dirs.push(dataDir, parent);
    await setUpDemoShop(dataDir);
    const services = await openShop(dataDir, { backups: { dialogs: { chooseFolder: () => Promise.resolve(parent), chooseBackupFile: () => Promise.resolve(undefined) } } });
    try {
      const first = (await services.handlers['refund.list']({ offset: 0, limit: 1 })).items[0];
      if (first === undefined) throw new Error('empty demo shop');
      await services.handlers['attachment.add']({ refundId: first.id, actor: '店长', name: 'slip.png', bytes: RED_PNG });
      const result = await services.handlers['data.exportFolder']({});
      expect(result.folder).toMatch(/RefundDesk-export-\d{8}-\d{6}$/u);
      expect(result.attachments).toBe(1);
      const folder = result.folder ?? '';
      expect((await readdir(folder)).sort()).toEqual(['README.txt', 'SHA256SUMS', 'attachments', 'cases.json', 'refunds.json', 'settings.json', 'settlements.json']);
      const sha = createHash('sha256').update(RED_PNG).digest('hex');
      expect(await readdir(join(folder, 'attachments'))).toEqual([`${sha}.png`]);
      // The format a person's own tools check: GNU coreutils' sha256sum -c.
      expect(execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: folder, encoding: 'utf8' })).toBe('');
      const refunds = JSON.parse(await readFile(join(folder, 'refunds.json'), 'utf8')) as { refund: { number: string; events: unknown[] }; payment: unknown }[];
      expect(refunds.length).toBe(result.refunds);
      expect(refunds.every((entry) => entry.payment !== null && entry.refund.events.length > 0)).toBe(true);
      const settings = await readFile(join(folder, 'settings.json'), 'utf8');
      expect(settings).toContain('店长');
      expect(settings).not.toContain('pinHash');
      expect(settings).not.toContain('scrypt$');
      const settlements = JSON.parse(await readFile(join(folder, 'settlements.json'), 'utf8')) as { accounts: unknown[]; days: unknown[] };
      expect(settlements.accounts.length).toBeGreaterThan(0);
      expect(settlements.days.length).toBeGreaterThan(0);
      expect((JSON.parse(await readFile(join(folder, 'cases.json'), 'utf8')) as unknown[]).length).toBe(3);
      expect(await readFile(join(folder, 'README.txt'), 'utf8')).toContain('sha256sum -c SHA256SUMS');
      // Nothing partial is left beside it.
      expect(await readdir(parent)).toEqual([folder.slice(parent.length + 1)]);
    } finally {
      await services.close();
    }
  });

  it('says cancelled when the owner closes the folder dialog', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'refunddesk-export-data-'));
    dirs.push(dataDir);
    await setUpDemoShop(dataDir);
    const services = await openShop(dataDir, { backups: { dialogs: { chooseFolder: () => Promise.resolve(undefined), chooseBackupFile: () => Promise.resolve(undefined) } } });
    try {
      expect(await services.handlers['data.exportFolder']({})).toEqual({ cancelled: true });
    } finally {
      await services.close();
    }
  });
});
