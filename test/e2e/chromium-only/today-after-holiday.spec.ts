import { afterEach, describe, expect, it } from 'vitest';
import { FixedClock } from '../../support/fixed-clock';
import { launchApp, saveScreenshot } from '../support/app-harness';
import type { AppHandle } from '../support/app-harness';
import { AppShell } from '../pages/app-shell';
import { expectedArrivalCard } from '../pages/calendar-settings-page';
import { RefundDetailPage } from '../pages/refund-detail-page';
import { RefundFormPage } from '../pages/refund-form-page';
import { RefundListPage } from '../pages/refund-list-page';
import { SettlementAccountsSection, SettlementsPage } from '../pages/settlements-page';
import { TodayPage } from '../pages/today-page';

// Main's clock walks through National Day 2026 (Chromium target only). The holiday runs 1–7 October; Saturday
// 10 October is a 调休 make-up working day (chinese-days, 国办发明电〔2025〕7号).
const TUESDAY_BEFORE = '2026-09-29T15:00:00+08:00';
const EVE_OF_HOLIDAY = '2026-09-30T21:30:00+08:00';
const TUESDAY_AFTER = '2026-10-13T09:30:00+08:00';

describe('Today after a holiday week', () => {
  let app: AppHandle | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('raises the card refund and the settlement the holiday delayed past their working days, with next steps; snooze hides one until its time', async () => {
    const clock = new FixedClock(TUESDAY_BEFORE);
    app = await launchApp({ start: 'empty-shop', clock });
    const { page } = app;
    const shell = new AppShell(page);
    await new RefundListPage(page).emptyState.waitFor();

    // Tuesday before the holiday: a bank-card 退货 done on the terminal. 3–5 working days skip the holiday week
    // and count the make-up Saturday: 30 Sep, 8, 9, 10 and 12 Oct.
    await shell.newRefundButton.click();
    const form = new RefundFormPage(page);
    await form.waitUntilShown();
    // The renderer's own clock is today's; main's is the test's, so the slip's time is typed as at the counter.
    await page.getByLabel('付款时间').fill('2026-09-29T14:30');
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
    await expect.poll(() => expectedArrivalCard(page).innerText()).toContain('预计到账 10月9日–10月12日');

    // The POS account, then the eve of the holiday's takings from the terminal's summary slip: T+1 is 8 October.
    await shell.settingsButton.click();
    const accounts = new SettlementAccountsSection(page);
    const pos = await accounts.add();
    await pos.getByLabel('名称', { exact: true }).fill('收银台 POS');
    await pos.getByLabel('收单机构', { exact: true }).fill('银联商务');
    await pos.getByLabel('商户号', { exact: true }).fill('898440358120032');
    await pos.getByLabel('终端号', { exact: true }).fill('10382716');
    await pos.getByLabel('手续费率（%）').fill('0.60');
    await accounts.save();
    await accounts.saved.waitFor();
    clock.set(EVE_OF_HOLIDAY);
    const settlements = new SettlementsPage(page);
    await settlements.navButton.click();
    await settlements.form.waitFor();
    await settlements.fillSlip({ date: '2026-09-30', batchNo: '000088', salesCount: '31', salesAmount: '6,280.00' });
    await settlements.submitWithEnter();
    const eve = settlements.row('2026-09-30');
    await eve.waitFor();
    expect(await eve.innerText()).toContain('2026-10-08');

    // Tuesday after: both are late, in the 已逾期 section, each with what to check and whom to call.
    clock.set(TUESDAY_AFTER);
    const today = new TodayPage(page);
    await today.navButton.click();
    await today.waitUntilShown();
    const overdue = today.section('已逾期');
    const refund = overdue.getByRole('article', { name: `退款逾期未到账 · ${number}` });
    await refund.waitFor();
    const refundText = await refund.innerText();
    expect(refundText).toContain('2026-10-12');
    expect(refundText).toContain('请顾客查银行卡账单或短信');
    expect(refundText).toMatch(/参考号\s+312345678901/u);
    expect(refundText).toContain('中国银联客服 95516');

    const settlement = overdue.getByRole('article', { name: '结算逾期未到账 · 收银台 POS · 2026-09-30' });
    const settlementText = await settlement.innerText();
    // 8, 9, 10 (make-up Saturday) and 12 October passed without the money.
    expect(settlementText).toContain('收银台 POS 2026-09-30 的收款应到 ¥6,242.32，最晚 2026-10-08 到账，已经晚了 4 个工作日');
    expect(settlementText).toContain('先查结算银行卡的流水');
    expect(settlementText).toContain('结算查询');
    expect(settlementText).toContain('打收单机构客服');
    expect(settlementText).toMatch(/批次号\s+000088/u);
    expect(settlementText).toMatch(/商户号\s+898440358120032/u);
    expect(settlementText).toContain('中国人民银行（支付机构投诉） 12363');
    expect(await today.badge.innerText()).toBe('2');
    await saveScreenshot(app, 'today-after-holiday');

    // The refund list says the same in its row.
    await page.getByRole('navigation').getByRole('button', { name: '退款列表', exact: true }).click();
    const list = new RefundListPage(page);
    await list.waitUntilShown();
    await list.rows.filter({ hasText: number }).getByText('逾期：应 10-12 前到').waitFor();

    // Snooze the settlement until tomorrow 09:00: gone, and still gone a minute before; back at 09:00.
    await today.navButton.click();
    await today.putAside(settlement, 'snooze', '银行说节后清算排队，明天上午到', '明天 9:00');
    await settlement.waitFor({ state: 'detached' });
    await expect.poll(() => today.badge.innerText()).toBe('1');
    expect(await refund.count()).toBe(1);
    clock.set('2026-10-14T08:59:00+08:00');
    await settlements.navButton.click();
    await today.navButton.click();
    await refund.waitFor();
    expect(await settlement.count()).toBe(0);
    clock.set('2026-10-14T09:00:00+08:00');
    await settlements.navButton.click();
    await today.navButton.click();
    await settlement.waitFor();
    expect(await settlement.innerText()).toContain('已经晚了 5 个工作日');

    expect(app.foreignRequests).toEqual([]);
  });
});
