import type { Locator, Page } from 'playwright-core';

/** Settings → operators: roles, PINs, adding a clerk. */
export class OperatorsPage {
  constructor(private readonly page: Page) {}

  row(name: string): Locator {
    return this.page.locator('.operators tr', { hasText: name });
  }

  async setPin(name: string, pin: string, currentPin?: string): Promise<void> {
    await this.row(name).getByRole('button', { name: /PIN/ }).click();
    if (currentPin !== undefined) await this.page.getByLabel('原 PIN').fill(currentPin);
    await this.page.getByLabel(`新 PIN（${name}）`).fill(pin);
    await this.page.getByRole('button', { name: '保存 PIN' }).click();
    await this.page.getByRole('status').filter({ hasText: 'PIN 已保存' }).waitFor();
  }

  async addOperator(name: string): Promise<void> {
    const form = this.page.getByRole('form', { name: '添加操作员' });
    await form.getByLabel('姓名').fill(name);
    await form.getByRole('button', { name: '添加' }).click();
    await this.row(name).waitFor();
  }
}
