/**
 * A shop owner whose PC died, on the new one: before setting anything up, the first-run screen restores the old
 * shop's backup and after the restart the shop and its refund are there. A file that is not a backup, or a backup
 * changed after it was made, is refused with the reason, and the first-run screen still sets up a new shop.
 * Chromium only: the harness answers the open-file dialog (test-backup-dialogs.ts).
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, saveScreenshot } from '../support/app-harness';
import type { AppHandle } from '../support/app-harness';
import { AppShell } from '../pages/app-shell';
import { BackupBlockPage } from '../pages/backup-block';
import { FirstRunPage } from '../pages/first-run-page';
import { RefundDetailPage } from '../pages/refund-detail-page';
import { RefundFormPage } from '../pages/refund-form-page';
import { RefundListPage } from '../pages/refund-list-page';
import { artifactDir } from '../support/paths';
import { testBackupDialogs } from '../support/test-backup-dialogs';

const OLD_SHOP = '老王牛肉面';

/** The old PC, driven through the UI: set up the shop, record one WeChat refund, back up. Returns a copy of the backup and the refund's number. */
async function oldComputer(folder: string): Promise<{ backup: string; number: string }> {
  const app = await launchApp();
  try {
    const { page } = app;
    const firstRun = new FirstRunPage(page);
    await firstRun.waitUntilShown();
    await firstRun.setUpShop(OLD_SHOP);
    await new RefundListPage(page).emptyState.waitFor();
    await page.keyboard.press('n');
    const form = new RefundFormPage(page);
    await form.waitUntilShown();
    await page.keyboard.press('3'); // 微信支付
    await form.paidAmount.fill('58');
    await form.identifier('交易单号').fill('4200001234202611209876543210');
    await form.saveWithKeyboard();
    const detail = new RefundDetailPage(page);
    await detail.waitUntilShown();
    const number = await detail.number();

    await new AppShell(page).settingsButton.click();
    const backups = new BackupBlockPage(page);
    await backups.region.waitFor();
    await backups.backUpNow();
    const manual = (await readdir(join(app.dataDir, 'backups'))).find((name) => name.endsWith('-manual.zip')) ?? '';
    // The old data folder goes with the app: the backup is what the owner carried away on a USB stick.
    const backup = join(folder, manual);
    await copyFile(join(app.dataDir, 'backups', manual), backup);
    return { backup, number };
  } finally {
    await app.close();
  }
}

describe('restore on a new computer, from the first-run screen', () => {
  let app: AppHandle | undefined;
  afterEach(async () => {
    testBackupDialogs.nextFile(undefined);
    await app?.close();
    app = undefined;
  });

  async function usbStick(): Promise<string> {
    await mkdir(artifactDir, { recursive: true });
    return mkdtemp(join(artifactDir, 'usb-stick-'));
  }

  it('restores the old shop’s backup before setup; after the restart the shop and its refund are there; a changed backup is refused first', async () => {
    const usb = await usbStick();
    const old = await oldComputer(usb);

    app = await launchApp();
    const { page } = app;
    const firstRun = new FirstRunPage(page);
    await firstRun.waitUntilShown();
    await firstRun.restoreRegion.getByRole('heading', { name: '换了电脑？从备份恢复' }).waitFor();

    // The same backup with the shop's name changed inside (manifest left as it was): refused with the reason.
    const entries = unzipSync(await readFile(old.backup));
    const settings = new TextDecoder().decode(entries['settings.json']);
    entries['settings.json'] = new TextEncoder().encode(settings.replace(OLD_SHOP, '别人的店'));
    const changed = join(usb, 'changed-backup.zip');
    await writeFile(changed, zipSync(entries));
    testBackupDialogs.nextFile(changed);
    await firstRun.restoreFromBackup();
    await firstRun.restoreAlert.filter({ hasText: '这份备份的内容和它的校验清单对不上' }).waitFor();
    expect(await firstRun.restoreFromBackupButton.isEnabled()).toBe(true);

    testBackupDialogs.nextFile(old.backup);
    await firstRun.restoreFromBackup();
    await firstRun.restarting.waitFor();
    await saveScreenshot(app, 'first-run-restore');
    expect(await firstRun.restoreAlert.count()).toBe(0);
    // Setting up a new shop now would be overwritten by the restart: not offered.
    expect(await firstRun.startEmptyButton.isDisabled()).toBe(true);

    await app.restart();
    const shell = new AppShell(page);
    await shell.listButton.click();
    const list = new RefundListPage(page);
    await list.row(old.number).waitFor();
    expect(await list.row(old.number).innerText()).toContain('¥58.00');
    expect(await page.locator('.app-header__shop').innerText()).toBe(OLD_SHOP);
    expect(await firstRun.heading.count()).toBe(0);
    expect(app.foreignRequests).toEqual([]);
  });

  it('refuses a file that is not a backup with the reason, and the first-run screen still sets up a new shop', async () => {
    const usb = await usbStick();
    const notes = join(usb, 'notes.zip');
    await writeFile(notes, '这不是备份，只是一个改了扩展名的文本文件');
    app = await launchApp();
    const { page } = app;
    const firstRun = new FirstRunPage(page);
    await firstRun.waitUntilShown();
    testBackupDialogs.nextFile(notes);
    await firstRun.restoreFromBackup();
    await firstRun.restoreAlert.filter({ hasText: '这个文件不是退款台账的备份，已拒绝。' }).waitFor();
    await saveScreenshot(app, 'first-run-restore-refused');
    expect(await readdir(app.dataDir)).not.toContain('restore-pending.zip');

    await firstRun.setUpShop('新开的小店');
    await new RefundListPage(page).emptyState.waitFor();
    expect(await page.locator('.app-header__shop').innerText()).toBe('新开的小店');
    expect(app.foreignRequests).toEqual([]);
  });
});
