/**
 * The readable export and its way back, through Settings as the owner would: export everything to a folder, change
 * something, import the folder, and after the restart the change is gone; a folder with one byte changed is refused
 * and changes nothing.
 */
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, saveScreenshot, TEST_SHOP_NAME } from '../support/app-harness';
import type { AppHandle } from '../support/app-harness';
import { AppShell } from '../pages/app-shell';
import { testBackupDialogs } from '../support/test-backup-dialogs';

describe('readable export and import', () => {
  let app: AppHandle | undefined;
  afterEach(async () => {
    testBackupDialogs.nextExistingFolder(undefined);
    await app?.close();
    app = undefined;
  });

  it('imports an exported folder back after a change; a tampered folder is refused', async () => {
    app = await launchApp({ start: 'demo-shop' });
    const { page } = app;
    const shell = new AppShell(page);
    await shell.settingsButton.click();

    // Export (the harness's folder dialog answers a fresh folder).
    const exportBlock = page.getByTestId('portable-export-block');
    await exportBlock.getByRole('button', { name: '选择文件夹并导出…' }).click();
    await exportBlock.getByRole('status').waitFor();
    const parent = testBackupDialogs.folders.at(-1) ?? '';
    const [name] = await readdir(parent);
    const exported = join(parent, name ?? '');
    expect(await readdir(exported)).toContain('SHA256SUMS');

    // A tampered copy: one byte of refunds.json changed. Refused with the reason; nothing changes.
    const tampered = `${exported}-tampered`;
    await cp(exported, tampered, { recursive: true });
    const refunds = await readFile(join(tampered, 'refunds.json'));
    refunds[10] = (refunds[10] ?? 0) ^ 0x01;
    await writeFile(join(tampered, 'refunds.json'), refunds);
    const importBlock = page.getByTestId('portable-import-block');
    testBackupDialogs.nextExistingFolder(tampered);
    await importBlock.getByRole('button', { name: '从导出的文件夹导入…' }).click();
    await page.getByRole('button', { name: '备份后导入并重启' }).click();
    await importBlock.getByRole('alert').filter({ hasText: '有文件的内容和 SHA256SUMS 不一致' }).waitFor();
    await importBlock.scrollIntoViewIfNeeded();
    await saveScreenshot(app, 'settings-import-refused');

    // Change the shop's name, then import the untouched export: after the restart the old name is back.
    await page.getByLabel('店铺名称').fill('导入前改的名字');
    await page.getByRole('button', { name: '保存店铺名称' }).click();
    await page.getByRole('status').filter({ hasText: '已保存' }).first().waitFor();
    testBackupDialogs.nextExistingFolder(exported);
    await importBlock.getByRole('button', { name: '从导出的文件夹导入…' }).click();
    await page.getByRole('button', { name: '备份后导入并重启' }).click();
    await importBlock.getByText(/导入已准备好/u).waitFor();

    await app.restart();
    await shell.settingsButton.click();
    await page.getByTestId('portable-import-block').waitFor();
    expect(await page.getByLabel('店铺名称').inputValue()).toBe(TEST_SHOP_NAME);
    expect(app.foreignRequests).toEqual([]);
  });
});
