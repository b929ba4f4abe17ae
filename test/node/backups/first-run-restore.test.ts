/**
 * Restore and import from the first-run screen: allowed without an owner only while the shop is not set up yet
 * (no owner, no records) — a shop owner whose PC died brings their data to the new one — and refused without the
 * owner's session once a shop exists. The same verify → stage → restart path as from Settings.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../electron/common/domain/errors';
import type { AppServices } from '../../../electron/node/app-services';
import { openShop, setUpDemoShop } from './backup-test-kit';

interface Picks {
  backupFile?: string;
  folder?: string;
  exportParent?: string;
}

function open(dataDir: string, picks: Picks): Promise<AppServices> {
  return openShop(dataDir, {
    backups: {
      dialogs: {
        chooseFolder: () => Promise.resolve(picks.exportParent),
        chooseBackupFile: () => Promise.resolve(picks.backupFile),
        chooseExistingFolder: () => Promise.resolve(picks.folder),
      },
    },
  });
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(
    () => undefined,
    (problem: unknown) => problem,
  );
  return error instanceof DomainError ? error.code : `not a DomainError: ${String(error)}`;
}

describe('restore and import on a shop that is not set up yet', () => {
  const dirs: string[] = [];
  const tempDir = async (prefix: string) => {
    const dir = await mkdtemp(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  /** The old PC: a demo shop, its owner with a PIN, and one manual backup. */
  async function oldShop(): Promise<{ dataDir: string; backupFile: string; refunds: number }> {
    const dataDir = await tempDir('refunddesk-old-pc-');
    await setUpDemoShop(dataDir);
    const services = await open(dataDir, {});
    try {
      const status = await services.handlers['backup.create']({});
      const fileName = status.backups.find((backup) => backup.kind === 'manual')?.fileName ?? '';
      const info = await services.handlers['app.info']({});
      return { dataDir, backupFile: join(dataDir, 'backups', fileName), refunds: info.refundCount };
    } finally {
      await services.close();
    }
  }

  it('a brand-new folder restores a backup file without an owner; after the restart the shop is there', async () => {
    const old = await oldShop();
    const fresh = await tempDir('refunddesk-new-pc-');
    let services = await open(fresh, { backupFile: old.backupFile });
    try {
      const info = await services.handlers['app.info']({});
      expect(info.settings.setupDone).toBe(false);
      expect(info.currentOperator).toBeUndefined();
      expect(await services.handlers['backup.restore']({ fromFile: true })).toMatchObject({ restartRequired: true });
    } finally {
      await services.close();
    }
    services = await open(fresh, {});
    try {
      const info = await services.handlers['app.info']({});
      expect(info.settings).toMatchObject({ setupDone: true, shopName: '小店' });
      expect(info.refundCount).toBe(old.refunds);
      expect(old.refunds).toBeGreaterThan(0);
    } finally {
      await services.close();
    }
  });

  it('a tampered file is refused on a new folder as from Settings, and nothing is staged', async () => {
    const old = await oldShop();
    const bytes = await readFile(old.backupFile);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = (bytes[middle] ?? 0) ^ 0xff;
    const tampered = join(await tempDir('refunddesk-tampered-'), 'backup.zip');
    await writeFile(tampered, bytes);
    const fresh = await tempDir('refunddesk-new-pc-');
    const services = await open(fresh, { backupFile: tampered });
    try {
      expect(await codeOf(services.handlers['backup.restore']({ fromFile: true }))).toBe('backup_invalid');
    } finally {
      await services.close();
    }
    expect(await readdir(fresh)).not.toContain('restore-pending.zip');
  });

  it('once a shop exists, restore and import need the owner: refused while nobody is signed in', async () => {
    const old = await oldShop();
    const dataDir = await tempDir('refunddesk-set-up-');
    let services = await open(dataDir, {});
    await services.handlers['app.setup']({ shopName: '新店', operatorName: '店长', language: 'zh-CN', loadDemo: false, ownerPin: '2468' });
    await services.close();
    // Restarted: the owner has a PIN, so nobody is signed in.
    services = await open(dataDir, { backupFile: old.backupFile, folder: old.dataDir });
    try {
      expect((await services.handlers['app.info']({})).currentOperator).toBeUndefined();
      expect(await codeOf(services.handlers['backup.restore']({ fromFile: true }))).toBe('not_owner');
      expect(await codeOf(services.handlers['data.importFolder']({}))).toBe('not_owner');
    } finally {
      await services.close();
    }
    expect(await readdir(dataDir)).not.toContain('restore-pending.zip');
  });

  it('imports an export folder on a new folder; the first-run screen then names the owner, and a second restore needs them', async () => {
    const old = await oldShop();
    const exportParent = await tempDir('refunddesk-export-');
    let services = await open(old.dataDir, { exportParent });
    const exported = await services.handlers['data.exportFolder']({});
    await services.close();
    if (!('folder' in exported)) throw new Error('export cancelled');

    const fresh = await tempDir('refunddesk-new-pc-');
    services = await open(fresh, { folder: exported.folder });
    try {
      expect(await services.handlers['data.importFolder']({})).toMatchObject({ restartRequired: true, refunds: old.refunds });
    } finally {
      await services.close();
    }
    services = await open(fresh, { backupFile: old.backupFile });
    try {
      const info = await services.handlers['app.info']({});
      // Records are there, nobody can sign in yet: the first-run screen comes back to name the owner.
      expect(info.refundCount).toBe(old.refunds);
      expect(info.settings.setupDone).toBe(false);
      expect(info.settings.operators).toEqual([]);
      // Not an empty shop any more: its records are not replaced without an owner.
      expect(await codeOf(services.handlers['backup.restore']({ fromFile: true }))).toBe('not_owner');
      await services.handlers['app.setup']({ shopName: '小店', operatorName: '店长', language: 'zh-CN', loadDemo: false });
      expect((await services.handlers['app.info']({})).refundCount).toBe(old.refunds);
    } finally {
      await services.close();
    }
  });
});
