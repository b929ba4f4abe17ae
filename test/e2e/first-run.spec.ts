import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, saveScreenshot } from './support/app-harness';
import type { AppHandle } from './support/app-harness';
import { AppShell } from './pages/app-shell';
import { FirstRunPage } from './pages/first-run-page';
import { RefundListPage } from './pages/refund-list-page';

describe('first run', () => {
  let app: AppHandle | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('asks for the shop name, starts an empty ledger, and says what to do next', async () => {
    app = await launchApp({ start: 'first-run' });
    const { page } = app;
    const firstRun = new FirstRunPage(page);
    await firstRun.waitUntilShown();
    expect(await firstRun.operatorName.inputValue()).toBe('店长');

    // The shop name field has focus; Enter walks to the operator, the owner's PIN (optional), then the start button.
    await page.keyboard.type('老王牛肉面');
    await saveScreenshot(app, 'first-run');
    await page.keyboard.press('Enter');
    expect(await firstRun.operatorName.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.getByLabel(/^店长 PIN/).evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');

    const list = new RefundListPage(page);
    await list.emptyState.waitFor();
    expect(await page.getByText('按 N 键或点“新建退款”').count()).toBe(1);
    expect(await page.locator('.app-header__shop').innerText()).toBe('老王牛肉面');
    await saveScreenshot(app, 'list-empty');

    // The empty state's button leads to the form; the shop survives a restart and the welcome is not shown again.
    await page.getByRole('status').getByRole('button', { name: '+ 新建退款', exact: true }).click();
    await page.getByRole('heading', { name: '新建退款', level: 1 }).waitFor();
    await app.restart();
    await new RefundListPage(page).emptyState.waitFor();
    expect(await firstRun.heading.count()).toBe(0);
    expect(await new AppShell(page).listButton.isVisible()).toBe(true);

    expect(app.foreignRequests).toEqual([]);
  });

  it('refuses to start without a shop name and says why', async () => {
    app = await launchApp({ start: 'first-run' });
    const { page } = app;
    const firstRun = new FirstRunPage(page);
    await firstRun.waitUntilShown();
    await firstRun.startEmptyButton.click();
    await page.getByRole('alert').filter({ hasText: '请填写这一项。' }).waitFor();
    expect(await firstRun.shopName.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await firstRun.heading.isVisible()).toBe(true);
    expect(app.foreignRequests).toEqual([]);
  });
});
