import type { Locator, Page } from 'playwright-core';

/** The lock screen (Ctrl+L): pick who is working; an operator with a PIN types it. */
export class LockScreenPage {
  constructor(private readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: '谁在收银？' });
  }

  person(name: string): Locator {
    return this.page.locator('.lock__person', { hasText: name });
  }

  get pin(): Locator {
    return this.page.getByLabel('PIN', { exact: true });
  }

  async waitUntilShown(): Promise<void> {
    await this.heading.waitFor();
  }

  async unlock(name: string, pin?: string): Promise<void> {
    await this.person(name).click();
    if (pin === undefined) return;
    await this.pin.fill(pin);
    await this.page.keyboard.press('Enter');
  }
}
