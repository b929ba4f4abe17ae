import { afterEach, describe, expect, it } from 'vitest';
import { FixedClock } from '../../support/fixed-clock';
import { launchApp, saveScreenshot } from '../support/app-harness';
import type { AppHandle } from '../support/app-harness';
import { RefundDetailPage } from '../pages/refund-detail-page';
import { TodayPage } from '../pages/today-page';

// Main's clock is controlled (Chromium target only): the demo shop is generated from it, reminders computed by it.
const MORNING = '2026-11-20T10:00:00+08:00';

describe('today screen', () => {
  let app: AppHandle | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('opens on what needs the owner: an overdue card refund and a waiting approval, each with next steps', async () => {
    const clock = new FixedClock(MORNING);
    app = await launchApp({ start: 'demo-shop', clock });
    const { page } = app;
    const today = new TodayPage(page);
    await today.waitUntilShown();
    await today.cards.first().waitFor();
    const total = await today.cards.count();
    expect(await today.badge.innerText()).toBe(String(total));

    // Overdue comes first, then today's, then what is coming up.
    const headings = await page.locator('.today__heading').allInnerTexts();
    const order = ['已逾期', '今天要办', '即将到期'];
    const shown = headings.map((text) => text.replace(/\s*\d+$/u, ''));
    expect(shown.slice(0, 2)).toEqual(['已逾期', '今天要办']);
    expect(shown).toEqual(order.filter((name) => shown.includes(name)));

    // A bank-card refund past its latest day: check together, reference no. + date at hand, call the acquirer, then 95516.
    const card = today.section('已逾期').locator('article[data-reminder-kind="refund_overdue"]').filter({ hasText: '参考号' }).first();
    await card.waitFor();
    await expect.poll(() => card.innerText()).toContain('已经晚了');
    const cardText = await card.innerText();
    expect(cardText).toContain('请顾客查银行卡账单或短信');
    expect(cardText).toContain('先联系收单机构或开户银行');
    expect(cardText).toMatch(/参考号\s+\d{12}/u);
    expect(cardText).toMatch(/原交易日期\s+\d{4}-\d{2}-\d{2}/u);
    expect(cardText).toContain('中国银联客服 95516');
    expect(cardText).toContain('国家金融监督管理总局（银行投诉） 12378');

    // The demo shop's card terminal held back Tuesday's takings: late, with the settlement checklist.
    const settlement = today.section('已逾期').getByRole('article', { name: '结算逾期未到账 · 收银台 POS · 2026-11-17' });
    const settlementText = await settlement.innerText();
    expect(settlementText).toContain('已经晚了 2 个工作日');
    expect(settlementText).toContain('先查结算银行卡的流水');
    expect(settlementText).toMatch(/终端号\s+10382716/u);
    await settlement.evaluate((element) => element.scrollIntoView({ block: 'end' }));
    await saveScreenshot(app, 'today-demo-settlement');
    await page.evaluate(() => window.scrollTo(0, 0));

    const approval = today.section('今天要办').locator('article[data-reminder-kind="approval_waiting"]').first();
    expect(await approval.innerText()).toContain('请店长输入 PIN 批准或拒绝');
    await saveScreenshot(app, 'today');

    // Snooze the card refund until tomorrow 09:00 with a reason: it is gone, and the count follows.
    const title = await card.getByRole('heading', { level: 3 }).innerText();
    const number = /TK-\d{6}-\d{4}/u.exec(title)?.[0] ?? '';
    await today.putAside(card, 'snooze', '顾客说明天自己查银行账单', '明天 9:00');
    const same = page.locator('article[data-reminder-kind="refund_overdue"]').filter({ hasText: number });
    await same.waitFor({ state: 'detached' });
    await expect.poll(() => today.badge.innerText()).toBe(String(total - 1));

    // The refund's history records who snoozed it, until when and why.
    await page.locator('article.reminder').first().waitFor();
    await page.getByRole('navigation').getByRole('button', { name: '退款列表', exact: true }).click();
    await page.getByRole('searchbox', { name: '搜索' }).fill(number);
    await page.getByRole('rowgroup').nth(1).getByRole('row').filter({ hasText: number }).first().click();
    await new RefundDetailPage(page).waitUntilShown();
    await page.getByText('推迟提醒“退款逾期未到账”到 2026-11-21 09:00：顾客说明天自己查银行账单').waitFor();

    // Still hidden a minute before its time; back at 09:00 the next day.
    clock.set('2026-11-21T08:59:00+08:00');
    await today.navButton.click();
    await today.cards.first().waitFor();
    expect(await same.count()).toBe(0);
    clock.set('2026-11-21T09:00:00+08:00');
    await page.getByRole('navigation').getByRole('button', { name: '退款列表', exact: true }).click();
    await today.navButton.click();
    await same.waitFor();

    expect(app.foreignRequests).toEqual([]);
  });
});
