import type { Locator, Page } from 'playwright-core';

/** The Today screen: reminders grouped by urgency, each a card with its next steps and buttons. */
export class TodayPage {
  constructor(private readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: '今天', level: 1 });
  }

  get navButton(): Locator {
    return this.page.getByRole('navigation').getByRole('button', { name: /^今天/ });
  }

  get badge(): Locator {
    return this.page.getByTestId('today-count');
  }

  get cards(): Locator {
    return this.page.locator('article.reminder');
  }

  section(name: '已逾期' | '今天要办' | '即将到期'): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${name}`) });
  }

  /** A reminder card by its title, e.g. "退款逾期未到账 · TK-202611-0001". */
  card(kind: string, number: string): Locator {
    return this.page.getByRole('article', { name: `${kind} · ${number}` });
  }

  get emptyState(): Locator {
    return this.page.getByRole('heading', { name: '今天没有需要你处理的事' });
  }

  async waitUntilShown(): Promise<void> {
    await this.heading.waitFor();
  }

  /** Snooze or dismiss through the dialog, with a reason, as a person would. */
  async putAside(card: Locator, mode: 'snooze' | 'dismiss', reason: string, until?: '明天 9:00' | '3 天后'): Promise<void> {
    await card.getByRole('button', { name: mode === 'snooze' ? '稍后提醒' : '不再提醒' }).click();
    const dialog = this.page.getByRole('dialog');
    if (until !== undefined) await dialog.getByLabel(until).check();
    await dialog.getByLabel('原因').fill(reason);
    await dialog.getByRole('button', { name: mode === 'snooze' ? '确认推迟' : '确认不再提醒' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
}
