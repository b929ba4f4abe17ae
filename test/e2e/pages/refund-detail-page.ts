import type { Locator, Page } from 'playwright-core';

/** One refund: facts, next steps offered by the lifecycle, notes, and the history. */
export class RefundDetailPage {
  constructor(private readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: /^退款 TK-/ });
  }

  async number(): Promise<string> {
    const text = await this.heading.innerText();
    return text.replace(/^退款\s*/, '').trim();
  }

  /** The status badge beside the heading. */
  get status(): Locator {
    return this.page.locator('.screen__header .badge');
  }

  action(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  get noteBox(): Locator {
    return this.page.getByLabel('添加备注');
  }

  get saveNoteButton(): Locator {
    return this.page.getByRole('button', { name: '保存备注' });
  }

  get timelineItems(): Locator {
    return this.page.locator('.timeline__item');
  }

  get chainOk(): Locator {
    return this.page.getByText('记录链校验通过 ✓');
  }

  fact(label: string): Locator {
    return this.page.locator('.facts__row').filter({ has: this.page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');
  }

  async waitUntilShown(): Promise<void> {
    await this.heading.waitFor();
  }

  async addNote(note: string): Promise<void> {
    await this.noteBox.fill(note);
    await this.saveNoteButton.click();
  }
}
