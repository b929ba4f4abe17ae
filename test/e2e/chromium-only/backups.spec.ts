/**
 * Backups in the real app: the demo shop's settings show the backup made at start-up; a backup restored after a
 * change undoes the change once the app restarts; a malicious zip picked from a file is refused with the reason.
 * Chromium only: the harness answers the open-file dialog (test-backup-dialogs.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, saveScreenshot, TEST_SHOP_NAME } from '../support/app-harness';
import type { AppHandle } from '../support/app-harness';
import { AppShell } from '../pages/app-shell';
import { BackupBlockPage } from '../pages/backup-block';
import { artifactDir } from '../support/paths';
import { testBackupDialogs } from '../support/test-backup-dialogs';

describe('backup and restore', () => {
  let app: AppHandle | undefined;
  afterEach(async () => {
    testBackupDialogs.nextFile(undefined);
    await app?.close();
    app = undefined;
  });

  it('restores a backup after a change: the app restarts and the change is gone; a malicious zip is refused', async () => {
    app = await launchApp({ start: 'demo-shop' });
    const { page } = app;
    const shell = new AppShell(page);
    await shell.settingsButton.click();
    const backups = new BackupBlockPage(page);
    await backups.region.waitFor();
    // A backup was made at start-up (daily and monthly), verified.
    await backups.last.getByText('已校验 ✓').waitFor();

    await backups.backUpNow();
    expect(await backups.row('手动').innerText()).toContain('已校验 ✓');
    await backups.region.scrollIntoViewIfNeeded();
    await saveScreenshot(app, 'settings-backups');

    // Change something after the backup: the shop's name.
    const name = page.getByLabel('店铺名称');
    await name.fill('改过名字的店');
    await page.getByRole('button', { name: '保存店铺名称' }).click();
    await page.getByRole('status').filter({ hasText: '已保存' }).waitFor();

    await backups.restore(backups.restoreButtonOf('手动'));
    await backups.restarting.waitFor();
    expect(await backups.row('恢复前').innerText()).toContain('已校验 ✓');

    await app.restart();
    await shell.settingsButton.click();
    await backups.region.waitFor();
    expect(await page.getByLabel('店铺名称').inputValue()).toBe(TEST_SHOP_NAME);

    // A zip with a `../` entry, picked through "restore from a file": refused, with the reason, nothing restored.
    await mkdir(artifactDir, { recursive: true });
    const evil = join(artifactDir, 'evil-backup.zip');
    await writeFile(evil, zipSync({ 'manifest.json': new TextEncoder().encode('{}'), '../evil': new TextEncoder().encode('x') }));
    testBackupDialogs.nextFile(evil);
    await backups.restore(backups.restoreFromFileButton);
    await backups.alert.filter({ hasText: '指向数据文件夹以外的路径' }).waitFor();
    await backups.region.scrollIntoViewIfNeeded();
    await saveScreenshot(app, 'settings-backups-refused');
    expect(await page.getByLabel('店铺名称').inputValue()).toBe(TEST_SHOP_NAME);
  });
});
