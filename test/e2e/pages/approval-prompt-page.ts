import type { Locator, Page } from 'playwright-core';

/** The approval prompt on a refund awaiting an owner's PIN. */
export class ApprovalPromptPage {
  constructor(private readonly page: Page) {}

  get card(): Locator {
    return this.page.locator('section.approval');
  }

  get approver(): Locator {
    return this.card.getByLabel('批准人');
  }

  get pin(): Locator {
    return this.card.getByLabel('店长 PIN');
  }

  get approveButton(): Locator {
    return this.card.getByRole('button', { name: '批准', exact: true });
  }

  get error(): Locator {
    return this.card.getByRole('alert');
  }

  get decision(): Locator {
    return this.page.getByTestId('approval-decision');
  }

  async approveWith(pin: string): Promise<void> {
    await this.pin.fill(pin);
    await this.approveButton.click();
  }
}
