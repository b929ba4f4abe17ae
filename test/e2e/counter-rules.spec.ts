import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, saveScreenshot } from './support/app-harness';
import type { AppHandle } from './support/app-harness';
import { AppShell } from './pages/app-shell';
import { ContactLogPanel, CounterFormPanel, CounterSettingsPage } from './pages/counter-rules-page';
import { RefundDetailPage } from './pages/refund-detail-page';
import { RefundFormPage } from './pages/refund-form-page';
import { RefundListPage } from './pages/refund-list-page';

const TERMINAL = '12345678';
const REFERENCE_NO = '312345678901';
const POLICY = '非质量问题7天内凭小票退换，已拆封商品按折旧扣款';

describe('counter rules', () => {
  let app: AppHandle | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('proposes a void for today’s card sale, caps partial refunds at ¥0.00 left, guards a manual transfer, logs a contact', async () => {
    app = await launchApp({ start: 'empty-shop' });
    const { page } = app;
    const shell = new AppShell(page);
    const list = new RefundListPage(page);
    await list.emptyState.waitFor();

    // Settings: the shop's one terminal settles at 23:00; the refund policy shown to customers.
    await shell.settingsButton.click();
    const settings = new CounterSettingsPage(page);
    await settings.addTerminal(TERMINAL, '银联商务', '23:00');
    await settings.policy.fill(POLICY);
    await settings.save();

    // A card sale paid just now (the real clock): before the cutoff it is today's batch, after it the next one.
    await shell.newRefundButton.click();
    const form = new RefundFormPage(page);
    const counter = new CounterFormPanel(page);
    await form.waitUntilShown();
    const paidAt = await page.getByLabel('付款时间').inputValue();
    await form.paidAmount.fill('200');
    await form.identifier('参考号').fill(REFERENCE_NO);
    await form.identifier('凭证号').fill('000777');
    await form.identifier('终端号').fill(TERMINAL);
    await counter.routeAdvice.filter({ hasText: '建议：撤销' }).waitFor();
    expect(await counter.routeAdvice.innerText()).toMatch(/23:00 结算前.*可以撤销|仍可撤销/);
    expect(await counter.policy.innerText()).toContain(POLICY);
    await counter.routeAdvice.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await saveScreenshot(app, 'form-void-suggested');
    await page.getByRole('button', { name: '改为撤销' }).click();
    expect(await page.getByRole('radio', { name: '撤销' }).isChecked()).toBe(true);

    // The owner refunds part instead: back to 退货, ¥80.
    await page.getByRole('radio', { name: '退货' }).check();
    await form.refundAmount.fill('80');
    await form.saveWithKeyboard();
    const detail = new RefundDetailPage(page);
    await detail.waitUntilShown();
    const first = await detail.number();
    expect(await page.locator('.counter-facts').innerText()).toContain(POLICY);

    async function sameSale(): Promise<void> {
      await shell.newRefundButton.click();
      await form.waitUntilShown();
      await page.getByLabel('付款时间').fill(paidAt);
      await form.paidAmount.fill('200');
      await form.identifier('参考号').fill(REFERENCE_NO);
      await form.identifier('凭证号').fill('000777');
      await form.identifier('终端号').fill(TERMINAL);
    }

    // Second partial, up to the remainder: a void is no longer possible, and the app asks about a look-alike.
    await sameSale();
    await page.getByText('这笔付款已有退款 ¥80.00，还可退 ¥120.00。').waitFor();
    await counter.routeAdvice.filter({ hasText: '建议：退货' }).waitFor();
    expect(await form.refundAmount.inputValue()).toBe('120.00');
    await form.saveWithKeyboard();
    await counter.duplicateDialog.getByText(`这条退款看起来和 ${first} 重复`).waitFor();
    await counter.confirmNotDuplicate();
    await detail.waitUntilShown();
    expect(await detail.number()).not.toBe(first);

    // A third is refused, saying ¥0.00 is left.
    await sameSale();
    await page.getByText('这笔付款已全部退完，不能再退。').waitFor();
    await form.refundAmount.fill('10');
    await form.saveWithKeyboard();
    await form.alertText('还可退 ¥0.00').first().waitFor();
    expect(await form.heading.isVisible()).toBe(true);

    // Money handed over by manual transfer: a warning, and no save without the tick.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '放弃' }).click();
    await shell.newRefundButton.click();
    await form.waitUntilShown();
    await page.getByRole('radio', { name: /现金/ }).check();
    await form.paidAmount.fill('30');
    await page.getByRole('radio', { name: '其他方式' }).check();
    await counter.destination.selectOption({ label: '手动转账' });
    await counter.recipient.fill('王五 顾客的丈夫');
    await counter.wrongAccountWarning.waitFor();
    expect(await counter.wrongAccountWarning.innerText()).toContain('微信退款只能退回原付款人');
    await counter.wrongAccountWarning.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await saveScreenshot(app, 'form-wrong-account-warning');
    await form.saveWithKeyboard();
    await form.alertText('请先勾选“已当面核对收款人和金额”').waitFor();
    await counter.confirmRecipient.check();
    await form.saveWithKeyboard();
    await detail.waitUntilShown();
    expect(await page.locator('.counter-facts').innerText()).toContain('手动转账 · 王五 顾客的丈夫');

    // A call with the bank, logged on the detail, shows in the timeline.
    const before = await detail.timelineItems.count();
    await new ContactLogPanel(page).log('银行', '工行客服说 3 个工作日内到账');
    await page.locator('.timeline__item', { hasText: '联系：电话 · 银行' }).waitFor();
    expect(await detail.timelineItems.count()).toBe(before + 1);
    expect(await page.locator('.timeline').innerText()).toContain('工行客服说 3 个工作日内到账');
    expect(await detail.chainOk.isVisible()).toBe(true);
    expect(app.foreignRequests).toEqual([]);
  });
});
