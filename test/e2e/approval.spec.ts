import { afterEach, describe, expect, it } from 'vitest';
import { ApprovalPromptPage } from './pages/approval-prompt-page';
import { AppShell } from './pages/app-shell';
import { LockScreenPage } from './pages/lock-screen-page';
import { OperatorsPage } from './pages/operators-page';
import { RefundDetailPage } from './pages/refund-detail-page';
import { RefundFormPage } from './pages/refund-form-page';
import { RefundListPage } from './pages/refund-list-page';
import { launchApp, saveScreenshot } from './support/app-harness';
import type { AppHandle } from './support/app-harness';

const OWNER_PIN = '2468';

describe('approval', () => {
  let app: AppHandle | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('owner sets a PIN and adds a clerk; the clerk’s large refund waits; the owner approves it with the PIN', async () => {
    app = await launchApp({ start: 'empty-shop' });
    const { page } = app;
    const shell = new AppShell(page);
    const list = new RefundListPage(page);
    await list.emptyState.waitFor();
    const working = page.getByTestId('working-operator');
    expect(await working.innerText()).toContain('店长');

    // The owner protects approvals with a PIN and adds a clerk.
    await shell.settingsButton.click();
    const operators = new OperatorsPage(page);
    await operators.setPin('店长', OWNER_PIN);
    expect(await operators.row('店长').innerText()).toContain('已设置 PIN');
    await operators.addOperator('小王');
    expect(await operators.row('小王').innerText()).toContain('店员');

    // Ctrl+L: the clerk takes over the till.
    await page.keyboard.press('Control+l');
    const lock = new LockScreenPage(page);
    await lock.waitUntilShown();
    await lock.unlock('小王');
    await working.filter({ hasText: '小王' }).waitFor();

    // ¥800 WeChat refund: above the ¥500.00 threshold.
    await shell.newRefundButton.click();
    const form = new RefundFormPage(page);
    await form.waitUntilShown();
    await page.getByRole('radio', { name: '微信支付' }).check();
    await form.paidAmount.fill('800');
    await form.identifier('交易单号').fill('4200001234567890123456789012');
    await form.refundAmount.fill('800');
    expect(await page.getByLabel('经办人').inputValue()).toBe('小王');
    await form.saveWithKeyboard();

    const detail = new RefundDetailPage(page);
    await detail.waitUntilShown();
    await detail.status.filter({ hasText: '待店长批准' }).waitFor();
    // Nothing can be done on the terminal before the approval.
    expect(await detail.action('标记为已在终端/平台办理').count()).toBe(0);
    const prompt = new ApprovalPromptPage(page);
    expect(await prompt.card.innerText()).toContain('实退金额超过 ¥500.00');
    expect(await prompt.card.innerText()).toContain('登记人：小王');

    // The owner comes over: a wrong PIN first.
    await prompt.approveWith('1111');
    await prompt.error.filter({ hasText: 'PIN 不对，请重新输入。' }).waitFor();
    expect(await prompt.pin.inputValue()).toBe('');
    await prompt.pin.fill(OWNER_PIN);
    await saveScreenshot(app, 'approval-prompt');
    await prompt.approveButton.click();
    await detail.status.filter({ hasText: '已批准' }).waitFor();
    expect(await prompt.decision.innerText()).toContain('批准退款：店长');

    // Then the ordinary lifecycle: done → processing → arrived.
    await detail.action('标记为已在终端/平台办理').click();
    await detail.status.filter({ hasText: '已办理' }).waitFor();
    await detail.action('标记为处理中').click();
    await detail.status.filter({ hasText: '处理中' }).waitFor();
    await detail.action('标记为已到账').click();
    await detail.status.filter({ hasText: '已到账' }).waitFor();

    const timeline = await detail.timelineItems.allInnerTexts();
    expect(timeline.some((item) => item.includes('店长') && item.includes('批准退款'))).toBe(true);
    expect(timeline.some((item) => item.includes('待店长批准'))).toBe(true);
    expect(await detail.chainOk.isVisible()).toBe(true);

    // After a restart the last operator (the clerk, no PIN) is working; switching to the owner needs the PIN.
    await app.restart();
    await working.filter({ hasText: '小王' }).waitFor();
    await page.keyboard.press('Control+l');
    await lock.waitUntilShown();
    await lock.unlock('店长', '0000');
    await page.getByRole('alert').filter({ hasText: 'PIN 不对' }).waitFor();
    await lock.pin.fill(OWNER_PIN);
    await page.keyboard.press('Enter');
    await working.filter({ hasText: '店长' }).waitFor();
    expect(app.foreignRequests).toEqual([]);
  });
});
