import type { Locator, Page } from 'playwright-core';

/** The counter-rule parts of three screens: terminal settings, the form's advice and destination, the contact log. */
export class CounterSettingsPage {
  constructor(private readonly page: Page) {}

  get addTerminalButton(): Locator {
    return this.page.getByRole('button', { name: '添加终端' });
  }

  async addTerminal(terminalNo: string, acquirer: string, cutoff: string): Promise<void> {
    await this.addTerminalButton.click();
    await this.page.getByLabel('终端号').last().fill(terminalNo);
    await this.page.getByLabel('收单机构', { exact: true }).last().fill(acquirer);
    await this.page.getByLabel('每日结算时间').last().fill(cutoff);
  }

  get policy(): Locator {
    return this.page.getByLabel('退款规则（给顾客看的）');
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: '保存终端与规则' }).click();
    await this.page.locator('.counter-settings').getByText('已保存').waitFor();
  }
}

export class CounterFormPanel {
  constructor(private readonly page: Page) {}

  get routeAdvice(): Locator {
    return this.page.locator('.counter-advice__route');
  }

  get policy(): Locator {
    return this.page.locator('.counter-advice__policy');
  }

  get destination(): Locator {
    return this.page.getByLabel('钱退到哪里');
  }

  get recipient(): Locator {
    return this.page.getByLabel('收款人', { exact: true });
  }

  get wrongAccountWarning(): Locator {
    return this.page.locator('.destination__warning');
  }

  get confirmRecipient(): Locator {
    return this.page.getByLabel('我已当面核对收款人和金额');
  }

  get duplicateDialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async confirmNotDuplicate(): Promise<void> {
    await this.duplicateDialog.getByRole('button', { name: '不是重复，继续保存' }).click();
  }
}

export class ContactLogPanel {
  constructor(private readonly page: Page) {}

  async log(party: string, summary: string): Promise<void> {
    await this.page.getByLabel('联系对象').selectOption({ label: party });
    await this.page.getByLabel('说了什么').fill(summary);
    await this.page.getByRole('button', { name: '保存联系记录' }).click();
  }
}
