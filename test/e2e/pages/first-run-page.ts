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

  /** "换了电脑？从备份恢复": bring the old shop back before setting anything up. */
  get restoreRegion() {
    return this.page.getByTestId('first-run-restore');
  }

  get restoreFromBackupButton() {
    return this.restoreRegion.getByRole('button', { name: '从备份文件恢复…' });
  }

  get importFromFolderButton() {
    return this.restoreRegion.getByRole('button', { name: '从导出文件夹导入…' });
  }

  get restoreAlert() {
    return this.restoreRegion.getByRole('alert');
  }

  get restarting() {
    return this.restoreRegion.getByRole('status').filter({ hasText: '恢复已准备好' });
  }

  /** Presses "restore from a backup file" and confirms in the dialog that says what happens (the test dialog picks the file). */
  async restoreFromBackup(): Promise<void> {
    await this.restoreFromBackupButton.click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByText('先完整检查你选的备份文件').waitFor();
    await dialog.getByRole('button', { name: '恢复并重启' }).click();
  }

  /** Fills the shop name and starts an empty ledger. */
  async setUpShop(name: string): Promise<void> {
    await this.shopName.fill(name);
    await this.startEmptyButton.click();
  }
}
