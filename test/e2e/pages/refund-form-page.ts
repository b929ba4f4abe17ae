import type { Locator, Page } from 'playwright-core';

/** The new-refund form, driven mostly from the keyboard as at a counter. */
export class RefundFormPage {
  constructor(private readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: '新建退款', level: 1 });
  }

  get paidAmount(): Locator {
    return this.page.getByLabel('付款金额');
  }

  get refundAmount(): Locator {
    return this.page.getByLabel('退款金额', { exact: true });
  }

  get note(): Locator {
    return this.page.getByLabel(/^备注/);
  }

  get net(): Locator {
    return this.page.locator('.form-footer__net-value');
  }

  get saveButton(): Locator {
    return this.page.getByRole('button', { name: /保存/ });
  }

  identifier(label: string): Locator {
    return this.page.getByLabel(new RegExp(`^${label}`));
  }

  /** Every error message shown inline or as a banner. */
  get alerts(): Locator {
    return this.page.getByRole('alert');
  }

  alertText(text: string | RegExp): Locator {
    return this.alerts.filter({ hasText: text });
  }

  async waitUntilShown(): Promise<void> {
    await this.heading.waitFor();
  }

  /** Types into the focused field and presses Enter to move on, as the form is built for. */
  async typeAndNext(text: string): Promise<void> {
    if (text !== '') await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  async focusedLabel(): Promise<string> {
    return this.page.evaluate(() => {
      const element = document.activeElement;
      if (!(element instanceof HTMLElement)) return '';
      const label = (element.id === '' ? null : document.querySelector(`label[for="${element.id}"]`)) ?? element.closest('label');
      return (label?.textContent ?? element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
    });
  }

  async saveWithKeyboard(): Promise<void> {
    await this.page.keyboard.press('Control+Enter');
  }
}
