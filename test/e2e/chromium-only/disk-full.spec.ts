/**
 * A full disk at the counter: the real store fails with ENOSPC underneath the real handlers. The owner is told,
 * nothing typed is lost, nothing partial is recorded, and pressing save again after space is freed works.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FaultFileSystem } from '../../support/fault-fs';
import { launchApp, saveScreenshot } from '../support/app-harness';
import type { AppHandle } from '../support/app-harness';
import { RefundDetailPage } from '../pages/refund-detail-page';
import { RefundFormPage } from '../pages/refund-form-page';
import { RefundListPage } from '../pages/refund-list-page';

describe('a full disk while saving a refund', () => {
  let app: AppHandle | undefined;
  afterEach(async () => {
    expect(app?.foreignRequests).toEqual([]);
    await app?.close();
    app = undefined;
  });

  it('says so, keeps everything typed, records nothing, and saves on retry once space is free', async () => {
    const disk = new FaultFileSystem();
    app = await launchApp({ start: 'empty-shop', disk });
    const { page } = app;
    const list = new RefundListPage(page);
    const form = new RefundFormPage(page);
    await list.emptyState.waitFor();

    await page.keyboard.press('n');
    await form.waitUntilShown();
    await form.paidAmount.fill('66.80');
    await form.note.fill('磁盘满时登记');
    disk.limitSpace(200);
    await form.saveWithKeyboard();

    await form.alertText('磁盘已满，什么也没有保存。请清理出空间后再按保存。').waitFor();
    await saveScreenshot(app, 'form-disk-full');
    expect(await form.heading.isVisible()).toBe(true);
    expect(await form.paidAmount.inputValue()).toBe('66.80');
    expect(await form.note.inputValue()).toBe('磁盘满时登记');

    disk.clear();
    await form.saveWithKeyboard();
    const detail = new RefundDetailPage(page);
    await detail.waitUntilShown();

    // Exactly one refund, also after a restart from disk: the failed attempt left nothing behind.
    await app.restart();
    await list.waitUntilShown();
    expect(await list.total()).toBe(1);
  });
});
