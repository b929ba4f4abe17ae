import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, saveScreenshot } from './support/app-harness';
import type { AppHandle } from './support/app-harness';
import { RefundDetailPage } from './pages/refund-detail-page';
import { RefundListPage } from './pages/refund-list-page';

describe('demo shop', () => {
  let app: AppHandle | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('lists hundreds of refunds, scrolls to the oldest, and filters by status and channel', async () => {
    app = await launchApp({ start: 'demo-shop' });
    const { page } = app;
    const list = new RefundListPage(page);
    await list.waitUntilShown();
    await list.rows.first().waitFor();
    const all = await list.total();
    expect(all).toBeGreaterThanOrEqual(100);
    // Virtualised: only a screenful of rows exists in the page, whatever the total.
    expect(await list.rows.count()).toBeLessThan(60);
    await saveScreenshot(app, 'list-demo');

    // End jumps to the oldest refund; its page is fetched on demand.
    await list.rows.first().focus();
    await page.keyboard.press('End');
    await list.rows.filter({ hasText: /-0001/ }).first().waitFor();

    await list.statusFilter.selectOption({ label: '已到账' });
    await expect.poll(() => list.total()).toBeLessThan(all);
    const arrived = await list.total();
    expect(arrived).toBeGreaterThan(0);
    expect(new Set(await list.visibleStatuses())).toEqual(new Set(['已到账']));

    await list.channelFilter.selectOption({ label: '微信支付' });
    await expect.poll(() => list.total()).toBeLessThan(arrived);
    expect(new Set(await list.visibleCells(3))).toEqual(new Set(['微信支付']));
    await saveScreenshot(app, 'list-demo-filtered');

    // Opening a filtered row and coming back keeps the filters.
    await list.rows.first().click();
    await new RefundDetailPage(page).waitUntilShown();
    await page.keyboard.press('Escape');
    await list.rows.first().waitFor();
    expect(await list.statusFilter.inputValue()).toBe('arrived');
    expect(await list.channelFilter.inputValue()).toBe('wechat');

    expect(app.foreignRequests).toEqual([]);
  });
});
