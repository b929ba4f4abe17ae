import type { Locator, Page } from 'playwright-core';

/** The refund list (home screen): search, filters, and the virtualised table. */
export class RefundListPage {
  constructor(private readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: '退款列表', level: 1 });
  }

  get search(): Locator {
    return this.page.getByRole('searchbox', { name: '搜索' });
  }

  get statusFilter(): Locator {
    return this.page.getByRole('combobox', { name: '状态' });
  }

  get channelFilter(): Locator {
    return this.page.getByRole('combobox', { name: '渠道' });
  }

  get emptyState(): Locator {
    return this.page.getByRole('heading', { name: '还没有退款记录' });
  }

  get noMatch(): Locator {
    return this.page.getByRole('heading', { name: '没有符合条件的退款' });
  }

  /** Body rows of the table (the header row has no refund number cell). */
  get rows(): Locator {
    return this.page.getByRole('rowgroup').nth(1).getByRole('row');
  }

  row(number: string): Locator {
    return this.rows.filter({ hasText: number });
  }

  /** "共 N 条" beside the heading: the total the app reports for the current filters. */
  async total(): Promise<number> {
    const text = await this.page.locator('.screen__count').innerText();
    const match = /(\d[\d,]*)/.exec(text);
    return match === null ? Number.NaN : Number(match[1]?.replaceAll(',', ''));
  }

  /** The app opens on Today once there are refunds: the list is then one click away in the header. */
  async waitUntilShown(): Promise<void> {
    const today = this.page.getByRole('heading', { name: '今天', level: 1 });
    await this.heading.or(today).first().waitFor();
    if (!(await this.heading.isVisible())) {
      await this.page.getByRole('navigation').getByRole('button', { name: '退款列表', exact: true }).click();
    }
    await this.heading.waitFor();
  }

  /** Types into the search box the way a person does: `/` to focus, then the words. */
  async searchFor(text: string): Promise<void> {
    await this.page.keyboard.press('/');
    await this.page.keyboard.type(text);
  }

  /** The words of the status badges on screen (the glyph before them is decoration). */
  async visibleStatuses(): Promise<string[]> {
    const texts = await this.rows.locator('.badge').allTextContents();
    return texts.map((text) => text.replace(/^[○◐●✕]\s*/u, '').trim());
  }

  async visibleCells(column: number): Promise<string[]> {
    return this.rows.locator(`[role="cell"]:nth-child(${column})`).allInnerTexts();
  }
}
