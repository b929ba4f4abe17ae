import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, saveScreenshot } from './support/app-harness';
import type { AppHandle } from './support/app-harness';
import { EvidencePanel } from './pages/evidence-panel';
import { RefundDetailPage } from './pages/refund-detail-page';
import { RefundFormPage } from './pages/refund-form-page';
import { RefundListPage } from './pages/refund-list-page';
import { listFiles } from '../support/storage-temp-dir';
import { BLUE_PNG, RED_PNG, SVG } from '../fixtures/evidence-files';

describe('evidence files', () => {
  let app: AppHandle | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('attaches a slip photo by file chooser and a screenshot by Ctrl+V, refuses an SVG, and keeps them across a restart', async () => {
    app = await launchApp({ start: 'empty-shop' });
    const { page } = app;
    const list = new RefundListPage(page);
    await list.emptyState.waitFor();

    // A WeChat refund, typed as at the counter.
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

    const evidence = new EvidencePanel(page);
    await evidence.panel.getByText('还没有证据文件。').waitFor();

    // 1. The slip photo through "添加文件".
    await evidence.choose({ name: '小票.png', mimeType: 'image/png', bytes: RED_PNG });
    await evidence.item('小票.png').waitFor();
    await evidence.waitForDecodedThumbnails(1);

    // 2. A chat screenshot pasted with Ctrl+V (a copied screenshot has the browser's name "image.png").
    await evidence.paste({ name: 'image.png', mimeType: 'image/png', bytes: BLUE_PNG });
    await evidence.item('image.png').waitFor();
    await evidence.waitForDecodedThumbnails(2);
    expect(await evidence.items.count()).toBe(2);
    expect(await evidence.item('小票.png').innerText()).toMatch(/店长 添加于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);

    // 3. An SVG dressed up as a PNG: refused with a clear message, nothing added.
    await evidence.choose({ name: 'receipt.png', mimeType: 'image/png', bytes: SVG });
    await evidence.refusal('“receipt.png”没有添加：只能添加 JPG、PNG、WebP、HEIC 照片或 PDF 文件').waitFor();
    expect(await evidence.items.count()).toBe(2);

    // The history records both, by name, and the chain still verifies.
    await page.locator('.timeline__item', { hasText: '添加证据文件 小票.png' }).waitFor();
    await page.locator('.timeline__item', { hasText: '添加证据文件 image.png' }).waitFor();
    expect(await detail.chainOk.isVisible()).toBe(true);
    await evidence.items.last().scrollIntoViewIfNeeded();
    await saveScreenshot(app, 'detail-attachments');

    // Stored by hash, never by the original name.
    const stored = (await listFiles(app.dataDir)).filter((path) => path.startsWith('attachments/'));
    expect(stored).toHaveLength(2);
    for (const path of stored) expect(path).toMatch(/^attachments\/[0-9a-f]{2}\/[0-9a-f]{62}$/);

    // After a restart the files and their previews are still there.
    await app.restart();
    await list.waitUntilShown();
    await list.row(number).click();
    await detail.waitUntilShown();
    await evidence.waitForDecodedThumbnails(2);
    expect(await evidence.items.allInnerTexts()).toEqual([expect.stringContaining('小票.png'), expect.stringContaining('image.png')]);
    expect(await evidence.panel.getByRole('alert').count()).toBe(0);

    expect(app.foreignRequests).toEqual([]);
  });
});
