/**
 * The data self-check in the real app: a demo shop with one photo checks clean; a byte of the photo flipped in
 * the data folder is found by "check now" and listed with the refund's number. Chromium only: the spec edits
 * the data folder under the running app's real stores. Then the readable export, into the harness's folder.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, saveScreenshot } from '../support/app-harness';
import type { AppHandle } from '../support/app-harness';
import { AppShell } from '../pages/app-shell';
import { EvidencePanel } from '../pages/evidence-panel';
import { RefundDetailPage } from '../pages/refund-detail-page';
import { RefundListPage } from '../pages/refund-list-page';
import { RED_PNG } from '../../fixtures/evidence-files';
import { testBackupDialogs } from '../support/test-backup-dialogs';

describe('data self-check', () => {
  let app: AppHandle | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('shows a clean check, then lists a damaged photo with its refund number', async () => {
    app = await launchApp({ start: 'demo-shop' });
    const { page } = app;
    const shell = new AppShell(page);
    await shell.listButton.click();
    const list = new RefundListPage(page);
    await list.waitUntilShown();
    await list.rows.first().click();
    const detail = new RefundDetailPage(page);
    await detail.waitUntilShown();
    const number = await detail.number();
    const evidence = new EvidencePanel(page);
    await evidence.choose({ name: '小票.png', mimeType: 'image/png', bytes: RED_PNG });
    await evidence.item('小票.png').waitFor();

    await shell.settingsButton.click();
    const block = page.getByTestId('integrity-block');
    await block.waitFor();
    await block.getByRole('button', { name: '立即检查' }).click();
    await block.getByTestId('integrity-result').filter({ hasText: '没有发现问题 ✓' }).waitFor();
    await block.getByText(/附件 1 个/u).waitFor();

    const hash = createHash('sha256').update(RED_PNG).digest('hex');
    const file = join(app.dataDir, 'attachments', hash.slice(0, 2), hash.slice(2));
    const bytes = await readFile(file);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
    await writeFile(file, bytes);

    await block.getByRole('button', { name: '立即检查' }).click();
    await block.getByTestId('integrity-result').filter({ hasText: '发现 1 个问题' }).waitFor();
    const row = block.getByRole('row').filter({ hasText: number });
    await row.getByText('附件文件已损坏').waitFor();
    await block.getByText('恢复问题出现之前的备份').waitFor();
    await block.scrollIntoViewIfNeeded();
    await saveScreenshot(app, 'settings-integrity-problem');
    // Every screen says so until dismissed, and leads back here.
    const banner = page.getByRole('alert').filter({ hasText: '数据自检发现 1 个问题' });
    await banner.waitFor();
    await banner.getByRole('button', { name: '知道了' }).click();
    await banner.waitFor({ state: 'detached' });

    // Export to a folder (the harness's folder dialog answers a fresh folder). The export re-hashes every file,
    // so the damaged photo stops it with the attachment's own message rather than copying bad bytes.
    const exportBlock = page.getByTestId('portable-export-block');
    await exportBlock.getByRole('button', { name: '选择文件夹并导出…' }).click();
    await exportBlock.getByRole('alert').waitFor();
    // With the original put back, the export completes and lists what it wrote.
    await writeFile(file, RED_PNG);
    await exportBlock.getByRole('button', { name: '选择文件夹并导出…' }).click();
    await exportBlock.getByRole('status').filter({ hasText: '附件 1 个' }).waitFor();
    const folder = testBackupDialogs.folders.at(-1) ?? '';
    const [exported] = await readdir(folder);
    expect(exported).toMatch(/^RefundDesk-export-\d{8}-\d{6}$/u);
    expect(await readdir(join(folder, exported ?? '', 'attachments'))).toEqual([`${hash}.png`]);
  });
});
