import type { Locator, Page } from 'playwright-core';

/** Settings → 工作日与到账时间: holiday coverage, the holiday file, closures and the arrival table. */
export class CalendarSettingsPage {
  constructor(private readonly page: Page) {}

  get section(): Locator {
    return this.page.locator('section.calendar-settings');
  }

  row(routeName: string): Locator {
    return this.section.locator('tr').filter({ has: this.page.getByRole('rowheader', { name: routeName, exact: true }) });
  }

  async setWindow(routeName: string, min: string, max: string): Promise<void> {
    await this.section.getByLabel(`${routeName} 最短`).fill(min);
    await this.section.getByLabel(`${routeName} 最长`).fill(max);
  }

  async saveTable(): Promise<void> {
    await this.section.getByRole('button', { name: '保存到账时间表' }).click();
    await this.section.getByRole('status').filter({ hasText: '已保存' }).waitFor();
  }

  async loadHolidayFile(name: string, text: string): Promise<void> {
    await this.section.getByTestId('holiday-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
  }
}

/** The expected-arrival card on a refund's detail. */
export function expectedArrivalCard(page: Page): Locator {
  return page.getByTestId('expected-arrival');
}
