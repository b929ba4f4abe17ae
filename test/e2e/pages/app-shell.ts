import type { Page } from 'playwright-core';

/** The header every screen shares. Labels are passed in so the same object works in either language. */
export class AppShell {
  constructor(
    private readonly page: Page,
    private readonly labels: { list: string; newRefund: RegExp; settings: string } = {
      list: '退款列表',
      newRefund: /新建退款/,
      settings: '设置',
    },
  ) {}

  get nav() {
    return this.page.getByRole('navigation');
  }

  get listButton() {
    return this.nav.getByRole('button', { name: this.labels.list, exact: true });
  }

  get newRefundButton() {
    return this.nav.getByRole('button', { name: this.labels.newRefund });
  }

  get settingsButton() {
    return this.nav.getByRole('button', { name: this.labels.settings, exact: true });
  }
}
