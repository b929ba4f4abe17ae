import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchApp } from './support/app-harness';
import type { AppHandle } from './support/app-harness';
import { RefundDetailPage } from './pages/refund-detail-page';
import { RefundFormPage } from './pages/refund-form-page';
import { RefundListPage } from './pages/refund-list-page';

describe('bad input at the counter', () => {
  let app: AppHandle;
  let list: RefundListPage;
  let form: RefundFormPage;

  beforeEach(async () => {
    app = await launchApp({ start: 'empty-shop' });
    list = new RefundListPage(app.page);
    form = new RefundFormPage(app.page);
    await list.emptyState.waitFor();
  });

  afterEach(async () => {
    expect(app.foreignRequests).toEqual([]);
    await app.close();
  });

  async function discardAndCountRefunds(): Promise<number> {
    await app.page.keyboard.press('Escape');
    const discard = app.page.getByRole('button', { name: '放弃' });
    if (await discard.isVisible()) await discard.click();
    await list.waitUntilShown();
    if (await list.emptyState.isVisible()) return 0;
    return list.total();
  }

  it.each([
    ['12.345', '金额最多两位小数（精确到分）。'],
    ['abc', '这不是有效的金额，请输入像 12.50 这样的数字。'],
    ['0', '金额必须大于 0。'],
    ['-5', '金额必须大于 0。'],
    ['1e21', '这不是有效的金额，请输入像 12.50 这样的数字。'],
  ])('refuses the amount %s with a message beside the field, and saves nothing', async (amount, message) => {
    const { page } = app;
    await page.keyboard.press('n');
    await form.waitUntilShown();
    await form.paidAmount.fill(amount);
    await form.paidAmount.press('Enter'); // leaving the field shows the message at once
    await form.alertText(message).first().waitFor();
    expect(await form.paidAmount.getAttribute('aria-invalid')).toBe('true');

    await form.saveWithKeyboard();
    await page.waitForTimeout(300);
    expect(await form.heading.isVisible()).toBe(true);
    expect(await form.paidAmount.inputValue()).toBe(amount); // nothing typed is lost
    expect(await discardAndCountRefunds()).toBe(0);
  });

  it('refuses a full card number in the note and says to remove it', async () => {
    const { page } = app;
    await page.keyboard.press('n');
    await form.waitUntilShown();
    await form.paidAmount.fill('88');
    await form.note.fill('顾客的卡号 4111 1111 1111 1111');
    await page.getByText('这里像是完整的银行卡号。为保护顾客，请删除，只保留后四位。').waitFor();

    await form.saveWithKeyboard();
    await form.alertText('请删除完整的银行卡号，只填卡号后四位。').waitFor();
    expect(await form.note.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await form.heading.isVisible()).toBe(true);

    // Removing it lets the refund through.
    await form.note.fill('顾客卡尾号 1111');
    await form.saveWithKeyboard();
    await new RefundDetailPage(page).waitUntilShown();
  });

  it('refuses a second refund larger than what remains of the same payment, showing the remainder', async () => {
    const { page } = app;
    const paidAt = '2026-11-20T10:30';
    const transactionNo = '4200001234202611201234567890';

    async function startWeChatRefund(paid: string): Promise<void> {
      await page.keyboard.press('n');
      await form.waitUntilShown();
      await page.keyboard.press('3'); // 微信支付
      await page.getByLabel('付款时间').fill(paidAt);
      await form.paidAmount.fill(paid);
      await form.identifier('交易单号').fill(transactionNo);
    }

    await startWeChatRefund('100');
    await form.refundAmount.fill('60');
    await form.saveWithKeyboard();
    const detail = new RefundDetailPage(page);
    await detail.waitUntilShown();
    await page.keyboard.press('Escape');
    await list.waitUntilShown();

    await startWeChatRefund('100');
    await page.getByText('这笔付款已有退款 ¥60.00，还可退 ¥40.00。').waitFor();
    expect(await form.refundAmount.inputValue()).toBe('40.00'); // defaulted to the remainder
    await form.refundAmount.fill('50');
    await form.saveWithKeyboard();
    await form.alertText('超过了这笔付款剩余可退的金额：还可退 ¥40.00。').waitFor();
    expect(await form.heading.isVisible()).toBe(true);
    expect(await discardAndCountRefunds()).toBe(1);
  });

  it('keeps everything typed when the app refuses the save, and shows its message at the field', async () => {
    const { page } = app;
    await page.keyboard.press('n');
    await form.waitUntilShown();
    // A payment time in the future passes the form's own checks; only the app knows the clock.
    await page.getByLabel('付款时间').fill('2099-01-01T10:00');
    await form.paidAmount.fill('20');
    await page.getByLabel(/^顾客姓名/).fill('李四');
    await form.saveWithKeyboard();
    await form.alertText('付款时间不能晚于现在。').waitFor();
    expect(await page.getByLabel(/^顾客姓名/).inputValue()).toBe('李四');
    expect(await form.paidAmount.inputValue()).toBe('20');
    expect(await discardAndCountRefunds()).toBe(0);
  });
});
