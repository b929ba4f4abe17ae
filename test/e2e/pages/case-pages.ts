import type { Locator, Page } from 'playwright-core';
import type { EvidenceItem } from '../../../electron/common/cases/case';
import type { EvidenceFile } from './evidence-panel';

/** 个案: the list of cases, its filter, and the button that opens a new one. */
export class CasesPage {
  constructor(private readonly page: Page) {}

  get navButton(): Locator {
    return this.page.getByRole('navigation').getByRole('button', { name: '个案', exact: true });
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { name: '个案', level: 1 });
  }

  get emptyState(): Locator {
    return this.page.getByRole('heading', { name: '还没有个案' });
  }

  get rows(): Locator {
    return this.page.locator('tr.case-table__row');
  }

  row(number: string): Locator {
    return this.page.locator(`tr.case-table__row[data-case-number="${number}"]`);
  }

  filter(name: '未结的' | '全部'): Locator {
    return this.page.getByRole('radio', { name, exact: true });
  }

  async waitUntilShown(): Promise<void> {
    await this.heading.waitFor();
  }
}

/** The 开个案 dialog: kind, linked records, counterparty, deadline, ticket no., demand. */
export class OpenCaseDialog {
  constructor(private readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: '开个案' });
  }

  /** A kind by its words ("调单"); its one-line hint is part of the radio's name. */
  kind(name: string): Locator {
    return this.dialog.getByRole('radio', { name: new RegExp(`^${name}`) });
  }

  get deadline(): Locator {
    return this.dialog.getByLabel(/^截止日期/);
  }

  async typeCounterparty(kind: '收单机构' | '银行', name: string, phone: string): Promise<void> {
    await this.dialog.getByRole('combobox', { name: '对方', exact: true }).selectOption({ label: '自己填写（收单机构或银行）' });
    await this.dialog.getByLabel('对方类别').selectOption({ label: kind });
    await this.dialog.getByLabel('名称', { exact: true }).fill(name);
    await this.dialog.getByLabel(/^电话/).fill(phone);
  }

  async submit(): Promise<void> {
    await this.dialog.getByRole('button', { name: '开个案', exact: true }).click();
  }
}

/** One case: facts, checklist, files, contacts, history and the packet panel. */
export class CaseDetailPage {
  constructor(private readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: /^个案 AJ-/ });
  }

  async number(): Promise<string> {
    return (await this.heading.innerText()).replace(/^个案\s*/, '').trim();
  }

  async waitUntilShown(): Promise<void> {
    await this.heading.waitFor();
  }

  checklistItem(item: EvidenceItem): Locator {
    return this.page.locator(`li.checklist__item[data-evidence="${item}"]`);
  }

  get missingCount(): Locator {
    return this.page.getByTestId('checklist-missing');
  }

  /** "附文件" on a checklist item, then the file chooser, as a person would. */
  async attachFor(item: EvidenceItem, file: EvidenceFile): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.checklistItem(item).getByRole('button', { name: '附文件' }).click()]);
    await chooser.setFiles([{ name: file.name, mimeType: file.mimeType, buffer: Buffer.from(file.bytes) }]);
    await this.checklistItem(item).and(this.page.locator('[data-state="file"]')).waitFor();
  }

  async markNotAvailable(item: EvidenceItem, reason: string): Promise<void> {
    const row = this.checklistItem(item);
    await row.getByRole('button', { name: '无法提供' }).click();
    await row.getByLabel('无法提供的原因').fill(reason);
    await row.getByRole('button', { name: '保存原因' }).click();
    await row.and(this.page.locator('[data-state="not_available"]')).waitFor();
  }

  get files(): Locator {
    return this.page.getByRole('region', { name: '附件' }).getByRole('listitem');
  }

  get contacts(): Locator {
    return this.page.getByRole('region', { name: '联系记录' });
  }

  async logContact(party: string, who: string, summary: string): Promise<void> {
    await this.contacts.getByLabel('联系对象').selectOption({ label: party });
    await this.contacts.getByLabel('对方姓名/工号').fill(who);
    await this.contacts.getByLabel('说了什么').fill(summary);
    await this.contacts.getByRole('button', { name: '保存联系记录' }).click();
    await this.contacts.locator('.case-contacts__summary', { hasText: summary }).waitFor();
  }

  get packet(): Locator {
    return this.page.getByRole('region', { name: '证据包' });
  }

  get coverLetter(): Locator {
    return this.packet.getByLabel('说明信', { exact: true });
  }

  get redactSwitch(): Locator {
    return this.packet.getByRole('switch', { name: '隐去个人信息' });
  }

  get exportButton(): Locator {
    return this.packet.getByRole('button', { name: '导出证据包' });
  }

  get printButton(): Locator {
    return this.packet.getByRole('button', { name: '打印', exact: true });
  }

  get outcome(): Locator {
    return this.packet.locator('.packet__outcome');
  }

  get lastExport(): Locator {
    return this.packet.getByTestId('packet-last');
  }

  get previewImage(): Locator {
    return this.packet.getByRole('img', { name: '证据包第一页' });
  }

  timelineItem(text: string): Locator {
    return this.page.locator('.case-timeline .timeline__item', { hasText: text });
  }

  linkedRefund(number: string): Locator {
    return this.page.getByRole('region', { name: '关联的记录' }).getByRole('button', { name: number });
  }
}
