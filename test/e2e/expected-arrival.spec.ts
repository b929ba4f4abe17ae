import { afterEach, describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../../electron/common/calendar/working-calendar';
import { formatLocalDate } from '../../electron/common/domain/local-time';
import { builtinSchedules } from '../../electron/node/calendar/builtin-schedules';
import { launchApp, saveScreenshot } from './support/app-harness';
import type { AppHandle } from './support/app-harness';
import { AppShell } from './pages/app-shell';
import { CalendarSettingsPage, expectedArrivalCard } from './pages/calendar-settings-page';
import { RefundDetailPage } from './pages/refund-detail-page';
import { RefundFormPage } from './pages/refund-form-page';
import { RefundListPage } from './pages/refund-list-page';

/** "11月25日" for a `YYYY-MM-DD`, as the app writes it. */
function zhDay(date: string): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

describe('expected arrival', () => {
  let app: AppHandle | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('shows when a card refund marked done should arrive, and follows the window the owner sets', async () => {
    app = await launchApp({ start: 'empty-shop' });
    const { page } = app;
    const shell = new AppShell(page);
    const list = new RefundListPage(page);
    await list.emptyState.waitFor();

    // A card sale refunded with 退货, then done on the terminal.
    await shell.newRefundButton.click();
    const form = new RefundFormPage(page);
    await form.waitUntilShown();
    await form.paidAmount.fill('200');
    await form.identifier('参考号').fill('312345678901');
    await form.identifier('凭证号').fill('000777');
    await page.getByRole('radio', { name: '退货' }).check();
    await form.refundAmount.fill('80');
    await form.saveWithKeyboard();
    const detail = new RefundDetailPage(page);
    await detail.waitUntilShown();
    const number = await detail.number();
    await detail.action('标记为已在终端/平台办理').click();
    await detail.status.filter({ hasText: '已办理' }).waitFor();

    // The same calendar the app uses, counted from today: 3–5 working days (DOMAIN §3.2, agent source).
    const today = formatLocalDate(new Date());
    const calendar = createWorkingCalendar({ schedules: builtinSchedules() });
    const from = zhDay(calendar.addWorkingDays(today, 3, { ignoreClosures: true }).date);
    const to = zhDay(calendar.addWorkingDays(today, 5, { ignoreClosures: true }).date);
    const card = expectedArrivalCard(page);
    await card.filter({ hasText: '预计到账' }).waitFor();
    expect(await card.innerText()).toContain(`预计到账 ${from}–${to}（3–5 个工作日，来源：代理商）`);
    await card.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await saveScreenshot(app, 'detail-expected-arrival');

    // The owner's acquirer pays refunds back in one working day: change the row in settings.
    await shell.settingsButton.click();
    const settings = new CalendarSettingsPage(page);
    await settings.row('银联 POS 退货').waitFor();
    expect(await settings.row('银联 POS 退货').innerText()).toContain('代理商');
    await settings.setWindow('银联 POS 退货', '1', '1');
    await settings.saveTable();
    expect(await settings.row('银联 POS 退货').innerText()).toContain('店主设置');

    await shell.listButton.click();
    await list.row(number).click();
    await detail.waitUntilShown();
    const next = zhDay(calendar.addWorkingDays(today, 1, { ignoreClosures: true }).date);
    await card.filter({ hasText: '店主设置' }).waitFor();
    expect(await card.innerText()).toContain(`预计到账 ${next}（1 个工作日，来源：店主设置）`);
  });
});
