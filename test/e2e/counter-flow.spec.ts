import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, saveScreenshot } from './support/app-harness';
import type { AppHandle } from './support/app-harness';
import { RefundDetailPage } from './pages/refund-detail-page';
import { RefundFormPage } from './pages/refund-form-page';
import { RefundListPage } from './pages/refund-list-page';

const REFERENCE_NO = '412345678901';
const PHONE = '13800138000';

describe('counter flow', () => {
  let app: AppHandle | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('logs a card refund from the keyboard, finds it, moves it to arrived, and keeps it across a restart', async () => {
    app = await launchApp({ start: 'empty-shop' });
    const { page } = app;
    const list = new RefundListPage(page);
    await list.emptyState.waitFor();

    // N opens the form; the channel row has focus and 1 picks UnionPay debit.
    await page.keyboard.press('n');
    const form = new RefundFormPage(page);
    await form.waitUntilShown();
    await page.keyboard.press('1');
    expect(await page.getByRole('radio', { name: /银联借记卡/ }).isChecked()).toBe(true);
    await page.keyboard.press('Enter'); // → paid at (defaults to now)
    await page.keyboard.press('Enter'); // → amount paid
    expect(await form.focusedLabel()).toBe('付款金额');
    await form.typeAndNext('¥1,234.50');
    // Slip order: reference, voucher, last 4, batch, terminal, merchant, auth code.
    expect(await form.focusedLabel()).toMatch(/^参考号/);
    await form.typeAndNext(REFERENCE_NO);
    await form.typeAndNext('000123');
    await form.typeAndNext('1234');
    await form.typeAndNext('000045');
    await form.typeAndNext('12345678');
    // A real-looking 15-digit merchant no. that happens to pass the Luhn check: accepted in this field only.
    await form.typeAndNext('898310048161234');
    await form.typeAndNext('A1B2C3');
    expect(await form.focusedLabel()).toMatch(/退货/); // the refund type, defaulted from the channel
    await page.keyboard.press('Enter');
    expect(await form.focusedLabel()).toBe('退款金额');
    expect(await form.refundAmount.inputValue()).toBe('1234.50');

    // Tab reaches "add deduction"; Enter adds a row and puts the cursor in it.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await form.focusedLabel()).toBe('扣款类型');
    await page.keyboard.press('ArrowDown'); // 手续费 → 折旧
    await page.keyboard.press('Enter');
    await form.typeAndNext('100');
    await form.typeAndNext('已使用两周，按店规折旧');
    expect(await form.net.innerText()).toBe('¥1,134.50');
    expect(await form.focusedLabel()).toMatch(/^顾客姓名/);
    await form.typeAndNext('张三');
    await form.typeAndNext(PHONE);
    await page.keyboard.press('Enter'); // operator: keep 店长
    await page.keyboard.type('手机壳有划痕，顾客要求退货');
    await saveScreenshot(app, 'form');
    await form.saveWithKeyboard();

    const detail = new RefundDetailPage(page);
    await detail.waitUntilShown();
    const number = await detail.number();
    expect(number).toMatch(/^TK-\d{6}-\d{4}$/);
    expect(await detail.status.innerText()).toContain('已登记');
    expect(await detail.fact('付款金额').innerText()).toBe('¥1,234.50');
    expect(await detail.fact('实退给顾客').innerText()).toBe('¥1,134.50');
    expect(await detail.fact('银行卡').innerText()).toBe('**** 1234');
    expect(await detail.fact('参考号').innerText()).toBe(REFERENCE_NO);

    // Back to the list: the refund is there, and both searches find it.
    await page.keyboard.press('Escape');
    await list.waitUntilShown();
    await list.row(number).waitFor();
    expect(await list.row(number).innerText()).toContain('¥1,134.50');
    await list.searchFor(REFERENCE_NO);
    await expect.poll(() => list.total()).toBe(1);
    await list.search.fill('');
    await list.searchFor(PHONE.slice(-4));
    await expect.poll(() => list.total()).toBe(1);
    await list.search.fill('no-such-refund');
    await list.noMatch.waitFor();
    await list.search.fill(PHONE.slice(-4));
    await list.row(number).waitFor();

    // ↓ from the search box reaches the row; Enter opens it.
    await list.search.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await detail.waitUntilShown();
    expect(await detail.number()).toBe(number);

    // Only the steps the lifecycle allows are offered.
    expect(await detail.action('标记为已到账').count()).toBe(0);
    await detail.action('标记为已在终端/平台办理').click();
    await detail.status.filter({ hasText: '已办理' }).waitFor();
    await detail.action('标记为已到账').click();
    await detail.status.filter({ hasText: '已到账' }).waitFor();
    expect(await page.getByText('这条退款已经办完，没有下一步操作。').isVisible()).toBe(true);
    await detail.addNote('顾客来电确认已到账');
    await page.locator('.timeline__note', { hasText: '顾客来电确认已到账' }).waitFor();
    expect(await detail.timelineItems.count()).toBe(4);
    expect(await detail.chainOk.isVisible()).toBe(true);
    await saveScreenshot(app, 'detail');
    const timelineBefore = await detail.timelineItems.allInnerTexts();

    await page.keyboard.press('Alt+ArrowLeft');
    await list.row(number).waitFor();
    await list.search.fill('');
    await list.row(number).waitFor();
    await saveScreenshot(app, 'list');

    await app.restart();
    await list.waitUntilShown();
    const row = list.row(number);
    await row.waitFor();
    expect(await row.innerText()).toContain('已到账');
    await row.click();
    await detail.waitUntilShown();
    expect(await detail.status.innerText()).toContain('已到账');
    expect(await detail.fact('退款金额').innerText()).toBe('¥1,234.50');
    expect(await detail.fact('实退给顾客').innerText()).toBe('¥1,134.50');
    expect(await detail.timelineItems.allInnerTexts()).toEqual(timelineBefore);
    expect(await detail.chainOk.isVisible()).toBe(true);

    expect(app.foreignRequests).toEqual([]);
  });
});
