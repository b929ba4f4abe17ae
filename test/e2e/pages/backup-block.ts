import type { Page } from 'playwright-core';

/** Settings → 备份与恢复. */
export class BackupBlockPage {
  constructor(private readonly page: Page) {}

  get region() {
    return this.page.getByTestId('backup-block');
  }

  get last() {
    return this.page.getByTestId('backup-last');
  }

  get alert() {
    return this.region.getByRole('alert');
  }

  async backUpNow(): Promise<void> {
    await this.region.getByRole('button', { name: '立即备份' }).click();
    await this.region.getByText('已备份 ✓').waitFor();
  }

  /** The row of the newest backup of this kind (label as shown: 手动, 每日, …). */
  row(kindLabel: string) {
    return this.region.getByRole('row').filter({ hasText: kindLabel }).first();
  }

  /** Presses a restore button and confirms in the dialog that says what happens. */
  async restore(button: ReturnType<Page['getByRole']>): Promise<void> {
    await button.click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByText('会先把现在的数据另外备份一份').waitFor();
    await dialog.getByRole('button', { name: '恢复并重启' }).click();
  }

  restoreButtonOf(kindLabel: string) {
    return this.row(kindLabel).getByRole('button', { name: '恢复' });
  }

  get restoreFromFileButton() {
    return this.region.getByRole('button', { name: '从文件恢复…' });
  }

  get restarting() {
    return this.region.getByRole('status').filter({ hasText: '恢复已准备好' });
  }
}
