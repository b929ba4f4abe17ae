import type { Locator, Page } from 'playwright-core';

export class SettingsPage {
  constructor(private readonly page: Page) {}

  languageOption(name: '中文' | 'English'): Locator {
    return this.page.getByRole('radio', { name });
  }

  get dataDir(): Locator {
    return this.page.locator('.settings__path');
  }
}
