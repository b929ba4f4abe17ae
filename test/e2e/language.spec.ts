import { afterEach, describe, expect, it } from 'vitest';
import { launchApp } from './support/app-harness';
import type { AppHandle } from './support/app-harness';
import { AppShell } from './pages/app-shell';
import { SettingsPage } from './pages/settings-page';

const ENGLISH = { list: 'Refunds', newRefund: /New refund/, settings: 'Settings' };

describe('language', () => {
  let app: AppHandle | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('switches to English, and stays English after a restart', async () => {
    app = await launchApp({ start: 'empty-shop' });
    const { page } = app;
    const shell = new AppShell(page);
    await shell.settingsButton.click();
    const settings = new SettingsPage(page);
    expect(await settings.dataDir.innerText()).toBe(app.dataDir);
    await settings.languageOption('English').click();

    const english = new AppShell(page, ENGLISH);
    await english.listButton.waitFor();
    expect(await page.getByRole('heading', { name: 'Settings', level: 1 }).isVisible()).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await english.listButton.click();
    await page.getByRole('heading', { name: 'No refunds yet' }).waitFor();
    expect(await page.getByText('press N or click “New refund”').isVisible()).toBe(true);

    await app.restart();
    await english.listButton.waitFor();
    await page.getByRole('heading', { name: 'No refunds yet' }).waitFor();
    await english.newRefundButton.click();
    await page.getByRole('heading', { name: 'New refund', level: 1 }).waitFor();
    // Error messages follow the language too.
    await page.getByLabel('Amount paid').fill('1.234');
    await page.getByLabel('Amount paid').press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Use at most two decimal places (fen).' }).waitFor();
    expect(await page.getByText('新建退款').count()).toBe(0);

    expect(app.foreignRequests).toEqual([]);
  });
});
