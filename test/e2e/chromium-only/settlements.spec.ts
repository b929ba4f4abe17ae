import { afterEach, describe, expect, it } from 'vitest';
import { FixedClock } from '../../support/fixed-clock';
import { launchApp, saveScreenshot } from '../support/app-harness';
import type { AppHandle } from '../support/app-harness';
import { SettlementAccountsSection, SettlementsPage } from '../pages/settlements-page';
import { TodayPage } from '../pages/today-page';
import { CaseDetailPage, OpenCaseDialog } from '../pages/case-pages';

// Friday 20 November 2026, 10:00 in Beijing: main's clock (Chromium target only), so "yesterday" and T+1 are fixed.
const FRIDAY_MORNING = '2026-11-20T10:00:00+08:00';

describe('settlements', () => {
  let app: AppHandle | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('the owner sets up a POS account, copies a day’s slip, and tracks what arrived, short and late', async () => {
    app = await launchApp({ start: 'empty-shop', clock: new FixedClock(FRIDAY_MORNING) });
    const { page } = app;
    const settlements = new SettlementsPage(page);

    // No account yet: the screen says so and leads to Settings.
    await settlements.navButton.click();
    await settlements.waitUntilShown();
    await settlements.noAccounts.waitFor();
    await page.getByRole('button', { name: '去设置结算账户' }).click();

    // Settings → 结算账户: a POS on T+1 at 0.60%. Three decimals are refused under the rate box.
    const accounts = new SettlementAccountsSection(page);
    await accounts.region.waitFor();
    const pos = await accounts.add();
    await pos.getByLabel('名称', { exact: true }).fill('收银台 POS');
    await pos.getByLabel('收单机构', { exact: true }).fill('银联商务');
    await pos.getByLabel('商户号', { exact: true }).fill('898440358120032');
    await pos.getByLabel('终端号', { exact: true }).fill('10382716');
    expect(await pos.getByLabel('周期类型').inputValue()).toBe('T');
    expect(await pos.getByLabel('天数').inputValue()).toBe('1');
    expect(await pos.getByLabel('容差（元）').inputValue()).toBe('1.00');
    await pos.getByLabel('手续费率（%）').fill('0.605');
    await accounts.save();
    await pos.getByRole('alert').filter({ hasText: '手续费率请填像 0.60 这样的百分数' }).waitFor();
    await pos.getByLabel('手续费率（%）').fill('0.60');
    await accounts.save();
    await accounts.saved.waitFor();
    await accounts.region.scrollIntoViewIfNeeded();
    await saveScreenshot(app, 'settings-settlement-accounts');

    // Record yesterday (Thursday) from the slip: the estimate is live, Enter saves.
    await settlements.navButton.click();
    await settlements.form.waitFor();
    expect(await settlements.field('账户').locator('option:checked').innerText()).toBe('收银台 POS');
    expect(await settlements.field('营业日').inputValue()).toBe('2026-11-19');
    await settlements.fillSlip({ batchNo: '000123', salesCount: '23', salesAmount: '3456.00', refundsCount: '1', refundsAmount: '56.00' });
    // 0.60% of ¥3,456.00 = ¥20.74 (the refund's fee is not returned); 3,456.00 − 56.00 − 20.74.
    await expect.poll(() => settlements.estimate.innerText()).toBe('手续费约 ¥20.74（按 0.60% 估算） · 应到 ¥3,379.26');
    await settlements.submitWithEnter();
    await settlements.form.getByText('已记下 收银台 POS 2026-11-19：应到 ¥3,379.26，最晚 2026-11-20 到账。').waitFor();
    const thursday = settlements.row('2026-11-19');
    await thursday.waitFor();
    const thursdayText = await thursday.innerText();
    expect(thursdayText).toContain('批次 000123');
    expect(thursdayText).toContain('¥3,379.26');
    expect(thursdayText).toContain('2026-11-20');
    expect(thursdayText).toContain('今天应到');
    expect(await settlements.total('应到').innerText()).toBe('¥3,379.26');

    // The same day again is refused, in words, under the date; nothing is added.
    await settlements.fillSlip({ date: '2026-11-19', salesCount: '1', salesAmount: '10.00' });
    await settlements.submitWithEnter();
    await settlements.form
      .getByRole('alert')
      .filter({ hasText: '收银台 POS 2026-11-19 这一天已经记过了，没有重复保存。' })
      .waitFor();
    expect(await settlements.rows.count()).toBe(1);
    expect(await settlements.total('应到').innerText()).toBe('¥3,379.26');

    // Tuesday's takings were due Wednesday: late, and the row stands out.
    await settlements.fillSlip({ date: '2026-11-17', salesCount: '12', salesAmount: '1,200.00', fee: '7.20' });
    await settlements.submitWithEnter();
    const tuesday = settlements.row('2026-11-17');
    await tuesday.waitFor();
    expect(await tuesday.innerText()).toContain('已逾期');
    expect(await tuesday.innerText()).toContain('晚了 2 个工作日');
    expect(await tuesday.getAttribute('class')).toContain('settlement-row--alert');
    expect(await settlements.total('逾期天数').innerText()).toBe('1');

    // Thursday's money arrives ¥79.26 short: 短款.
    await settlements.markReceived('2026-11-19', '3300.00', '银行流水只有一笔');
    await expect.poll(() => thursday.innerText()).toContain('短款');
    expect(await thursday.innerText()).toContain('-¥79.26');
    expect(await settlements.total('短款').innerText()).toBe('¥79.26');
    expect(await settlements.total('已到').innerText()).toBe('¥3,300.00');
    await settlements.heading.scrollIntoViewIfNeeded();
    await saveScreenshot(app, 'settlements');

    // Months move both ways; October is empty and says how to start.
    expect(await settlements.monthValue.innerText()).toBe('2026 年 11 月');
    await settlements.monthButton('上个月').click();
    await settlements.emptyMonth.waitFor();
    expect(await settlements.monthValue.innerText()).toBe('2026 年 10 月');
    await settlements.monthButton('下个月').click();
    await thursday.waitFor();
    expect(await settlements.rows.count()).toBe(2);

    // Today shows the late day with what to check and whom to call; "open" lands on its month.
    const today = new TodayPage(page);
    await today.navButton.click();
    const late = page.getByRole('article', { name: '结算逾期未到账 · 收银台 POS · 2026-11-17' });
    await late.waitFor();
    const lateText = await late.innerText();
    expect(lateText).toContain('结算查询');
    expect(lateText).toMatch(/终端号\s+10382716/u);
    expect(lateText).toContain('中国银联客服 95516');
    const short = page.getByRole('article', { name: '结算到账短款 · 收银台 POS · 2026-11-19' });
    expect(await short.innerText()).toContain('少了 ¥79.26');
    expect(await short.innerText()).toContain('对一下手续费');
    // Put aside with a reason, like a refund's reminder: the card goes and the count follows.
    await today.putAside(short, 'snooze', '银行说差额明天补入', '明天 9:00');
    await short.waitFor({ state: 'detached' });
    await expect.poll(() => today.badge.innerText()).toBe('1');
    await late.getByRole('button', { name: '打开结算' }).click();
    await settlements.waitUntilShown();
    await tuesday.waitFor();

    // S4, paid but not received: a case about the late day, opened from its row. Nothing arrived, so the bank
    // statement that shows it is still to be attached.
    await tuesday.getByRole('button', { name: '开个案' }).click();
    const open = new OpenCaseDialog(page);
    await open.dialog.waitFor();
    expect(await open.dialog.locator('.case-open__settlement').innerText()).toContain('收银台 POS 2026-11-17');
    expect(await open.kind('付款成功但没收到').isChecked()).toBe(true);
    await open.typeCounterparty('收单机构', '银联商务', '');
    await open.submit();
    const kase = new CaseDetailPage(page);
    await kase.waitUntilShown();
    expect(await kase.checklistItem('settlement_statement').getAttribute('data-state')).toBe('missing');
    expect(await page.locator('main').innerText()).toContain('收银台 POS');

    expect(app.foreignRequests).toEqual([]);
  });
});
