import type { Page } from 'playwright-core';

/** The welcome screen of a new install. */
export class FirstRunPage {
  constructor(private readonly page: Page) {}

  get heading() {
    return this.page.getByRole('heading', { name: '欢迎使用退款台账' });
  }

  get shopName() {
    return this.page.getByLabel('店铺名称');
  }

  get operatorName() {
    return this.page.getByLabel('第一位操作员');
  }

  get startEmptyButton() {
    return this.page.getByRole('button', { name: '从空台账开始' });
  }

  get loadDemoButton() {
    return this.page.getByRole('button', { name: '载入示例店铺看看' });
  }

  async waitUntilShown(): Promise<void> {
    await this.heading.waitFor();
  }
}
