/**
 * Privacy in the real app (Chromium only: main's clock is injected). The demo shop, years later: retention set to
 * 1 year erases names of old finished refunds but keeps their amounts; deleting a customer by phone erases their
 * name and their file ("已按顾客要求删除"); auto-lock after 5 idle minutes (Playwright's page clock).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, saveScreenshot } from '../support/app-harness';
import type { AppHandle } from '../support/app-harness';
import { AppShell } from '../pages/app-shell';
import { CaseDetailPage, CasesPage } from '../pages/case-pages';
import { FirstRunPage } from '../pages/first-run-page';
import { LockScreenPage } from '../pages/lock-screen-page';
import { RefundListPage } from '../pages/refund-list-page';
import { FixedClock } from '../../support/fixed-clock';
import { RED_PNG } from '../../fixtures/evidence-files';
import { refundInput } from '../../common/ledger/ledger-harness';
import type { RefundListPage as ListResult } from '../../../electron/common/ipc/contract';

const START = '2026-11-20T10:00:00+08:00';
const DAY_MS = 24 * 60 * 60 * 1000;

/** Calls main the way the UI does (the real preload and dispatcher), for set-up and checks only. */
async function invoke<T>(page: Page, method: string, arg: unknown): Promise<T> {
  const result = await page.evaluate(
    async ([m, a]) => {
      const bridge = (window as unknown as { refunddesk: { invoke(r: unknown): Promise<{ ok: boolean; value?: unknown; error?: unknown }> } }).refunddesk;
      return bridge.invoke({ method: m, arg: a });
    },
    [method, arg] as const,
  );
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

async function openPrivacy(page: Page) {
  await new AppShell(page).settingsButton.click();
  const block = page.getByTestId('privacy-block');
  await block.scrollIntoViewIfNeeded();
  return block;
}

describe('privacy', () => {
  let app: AppHandle | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('retention erases old names but keeps amounts; deleting a customer erases their name and file', async () => {
    const clock = new FixedClock(START, 1_000);
    app = await launchApp({ start: 'demo-shop', clock });
    const { page } = app;
    await new RefundListPage(page).waitUntilShown();

    const arrived = await invoke<ListResult>(page, 'refund.list', { status: 'arrived', offset: 0, limit: 100 });
    const named = arrived.items.find((row) => row.customerName !== undefined);
    expect(named).toBeDefined();
    if (named === undefined) return;

    // Three years later: every demo refund finished long ago.
    clock.advance(3 * 365 * DAY_MS);
    const block = await openPrivacy(page);
    await block.getByText('数据文件只有这台电脑上的当前用户可以读取').waitFor();
    await block.locator('#privacy-retention').selectOption({ label: '1 年' });
    await block.getByRole('button', { name: '保存隐私设置' }).click();
    const saved = await block.getByRole('status').filter({ hasText: '已保存' }).innerText();
    expect(Number(/(\d+) 条/u.exec(saved)?.[1] ?? '0')).toBeGreaterThan(0);
    await saveScreenshot(app, 'settings-privacy');

    const after = await invoke<{ refund: { customerName?: string; net: number }; chainValid: boolean }>(page, 'refund.get', { id: named.id });
    expect(after.refund.customerName).toBeUndefined();
    expect(after.refund.net).toBe(named.net);
    expect(after.chainValid).toBe(true);
    const list = new RefundListPage(page);
    await new AppShell(page).listButton.click();
    await list.heading.waitFor();
    await list.searchFor(named.number);
    const row = list.row(named.number);
    await row.waitFor();
    const text = await row.innerText();
    expect(text).not.toContain(named.customerName);
    expect(text).toContain((named.net / 100).toFixed(2));

    // A customer asks to be forgotten: one refund with a phone and a photo.
    const created = await invoke<{ refund: { id: string; number: string } }>(
      page,
      'refund.create',
      refundInput({ paid: 66, operator: '店长', customerName: '赵六', customerPhone: '13912348765', paidAt: '2029-11-18T10:00', ids: { referenceNo: '152000777777', voucherNo: '000777', cardLast4: '7777' } }),
    );
    await invoke(page, 'attachment.add', { refundId: created.refund.id, actor: '店长', name: 'slip.png', bytes: RED_PNG });
    // …and a case about that refund, with a call with the customer and one with the bank.
    const kase = await invoke<{ case: { id: string; number: string } }>(page, 'case.open', {
      requestId: 'e2e-erase-case',
      kind: 'not_arrived',
      links: [{ type: 'refund', id: created.refund.id }],
      counterparty: { kind: 'bank', name: '工商银行' },
      actor: '店长',
    });
    const contact = (party: string, who: string, summary: string) => ({ at: '2029-11-18T11:00', channel: 'phone', party, who, summary });
    await invoke(page, 'case.logContact', { id: kase.case.id, actor: '店长', contact: contact('customer', '赵六', '钱还没到，很着急') });
    await invoke(page, 'case.logContact', { id: kase.case.id, actor: '店长', contact: contact('bank', '工行客服 8 号', '已提交查询') });
    const again = await openPrivacy(page);
    await again.getByText('删除某位顾客的资料…').click();
    await again.getByLabel('顾客电话后几位').fill('8765');
    await again.getByRole('button', { name: '查找' }).click();
    await again.getByRole('status').filter({ hasText: '将删除 1 条退款' }).waitFor();
    await again.getByText(`相关个案 ${kase.case.number}`).waitFor();
    await again.getByText('本次删除会自动再执行一次').waitFor();
    await again.getByRole('button', { name: '确认删除' }).click();
    await again.getByRole('status').filter({ hasText: '删除了 1 个文件' }).waitFor();

    await new AppShell(page).listButton.click();
    await list.heading.waitFor();
    await list.searchFor(created.refund.number);
    await list.row(created.refund.number).click();
    await page.getByText('已按顾客要求删除').first().waitFor();
    expect(await page.getByText('赵六').count()).toBe(0);
    await saveScreenshot(app, 'refund-erased-customer');

    // The case stays, with the bank's call; the customer's call says its text was removed.
    const cases = new CasesPage(page);
    await cases.navButton.click();
    await cases.waitUntilShown();
    await cases.row(kase.case.number).click();
    const detail = new CaseDetailPage(page);
    await detail.waitUntilShown();
    await detail.contacts.getByText('（此处顾客的个人信息已删除）').waitFor();
    await detail.contacts.getByText('已提交查询').waitFor();
    await page.getByText('按顾客要求删除了顾客的个人信息').waitFor();
    expect(await page.getByText('赵六').count()).toBe(0);
    expect(await page.getByText('很着急').count()).toBe(0);
    await page.getByText('记录完整，未被改动').waitFor();
    await saveScreenshot(app, 'case-erased-customer');
  });

  it('first run shows the retention default (3 年) and saves the choice', async () => {
    app = await launchApp({ start: 'first-run' });
    const { page } = app;
    const setup = new FirstRunPage(page);
    await setup.waitUntilShown();
    const retention = page.getByLabel('顾客姓名和电话保留多久');
    expect(await retention.locator('option:checked').innerText()).toBe('3 年');
    await retention.selectOption({ label: '2 年' });
    await setup.shopName.fill('隐私小店');
    await setup.startEmptyButton.click();
    await new AppShell(page).settingsButton.waitFor();
    const info = await invoke<{ settings: { privacy?: { retentionDays: number | null } } }>(page, 'app.info', {});
    expect(info.settings.privacy?.retentionDays).toBe(730);
  });

  it('locks itself after 5 idle minutes', async () => {
    app = await launchApp({ start: 'demo-shop', clock: new FixedClock(START, 1_000) });
    const { page } = app;
    await page.clock.install();
    const block = await openPrivacy(page);
    await block.getByLabel('无人操作多久后自动锁定').selectOption({ label: '5 分钟' });
    await block.getByRole('button', { name: '保存隐私设置' }).click();
    await block.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    await page.clock.fastForward('04:00');
    expect(await new LockScreenPage(page).heading.count()).toBe(0);
    await page.clock.fastForward('02:00');
    await new LockScreenPage(page).waitUntilShown();
  });
});
