import type { Locator, Page } from 'playwright-core';

export interface SlipFigures {
  readonly date?: string;
  readonly batchNo?: string;
  readonly salesCount: string;
  readonly salesAmount: string;
  readonly refundsCount?: string;
  readonly refundsAmount?: string;
  readonly fee?: string;
}

/** The 结算 screen: the slip-shaped form, the month's totals and its rows, and the per-row dialogs. */
export class SettlementsPage {
  constructor(private readonly page: Page) {}

  get navButton(): Locator {
    return this.page.getByRole('navigation').getByRole('button', { name: '结算', exact: true });
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { name: '结算', level: 1 });
  }

  async waitUntilShown(): Promise<void> {
    await this.heading.waitFor();
  }

  get form(): Locator {
    return this.page.getByRole('form', { name: '记一天的收款' });
  }

  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  /** The live line under the slip: estimated fee and expected net. */
  get estimate(): Locator {
    return this.form.getByRole('status').first();
  }

  /** Types the slip in its own order and presses Enter in the last box, as at the counter. */
  async fillSlip(figures: SlipFigures): Promise<void> {
    if (figures.date !== undefined) await this.field('营业日').fill(figures.date);
    if (figures.batchNo !== undefined) await this.field('批次号（选填）').fill(figures.batchNo);
    await this.field('消费 笔数').fill(figures.salesCount);
    await this.field('消费 金额').fill(figures.salesAmount);
    await this.field('退货 笔数').fill(figures.refundsCount ?? '');
    await this.field('退货 金额').fill(figures.refundsAmount ?? '');
    await this.field('手续费').fill(figures.fee ?? '');
  }

  async submitWithEnter(): Promise<void> {
    await this.field('手续费').press('Enter');
  }

  get monthValue(): Locator {
    return this.page.getByRole('group', { name: '月份' }).locator('output');
  }

  monthButton(name: '上个月' | '下个月' | '回到本月'): Locator {
    return this.page.getByRole('group', { name: '月份' }).getByRole('button', { name });
  }

  /** The body rows of the month's table. */
  get rows(): Locator {
    return this.page.locator('table.settlement-table tbody tr');
  }

  row(businessDate: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${businessDate}`) }) });
  }

  total(name: '应到' | '已到' | '未到' | '短款' | '逾期天数'): Locator {
    return this.page.locator('.settlement-tile').filter({ has: this.page.getByRole('term').filter({ hasText: new RegExp(`^${name}$`) }) }).getByRole('definition');
  }

  get emptyMonth(): Locator {
    return this.page.getByRole('heading', { name: '这个月还没有记录' });
  }

  get noAccounts(): Locator {
    return this.page.getByRole('heading', { name: '还没有结算账户' });
  }

  async markReceived(businessDate: string, amount: string, note?: string): Promise<void> {
    await this.row(businessDate).getByRole('button', { name: '标记到账' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('到账金额').fill(amount);
    if (note !== undefined) await dialog.getByLabel('备注（选填）').fill(note);
    await dialog.getByRole('button', { name: '确认到账' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
}

/** Settings → 结算账户: one group of boxes per account. */
export class SettlementAccountsSection {
  constructor(private readonly page: Page) {}

  get region(): Locator {
    return this.page.getByRole('region', { name: '结算账户' });
  }

  account(index: number): Locator {
    return this.region.getByRole('group').nth(index);
  }

  async add(): Promise<Locator> {
    const before = await this.region.getByRole('group').count();
    await this.region.getByRole('button', { name: '+ 添加结算账户' }).click();
    return this.account(before);
  }

  async save(): Promise<void> {
    await this.region.getByRole('button', { name: '保存结算账户' }).click();
  }

  get saved(): Locator {
    return this.region.getByRole('status').filter({ hasText: '已保存' });
  }
}
