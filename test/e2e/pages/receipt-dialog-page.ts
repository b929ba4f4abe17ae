import type { Locator, Page } from 'playwright-core';

export type ReceiptPaperLabel = '58 mm 热敏' | '80 mm 热敏' | 'A5' | 'A4';

/** 打印退款凭证: the dialog the detail screen opens with its button or Ctrl+P. */
export class ReceiptDialogPage {
  constructor(private readonly page: Page) {}

  get openButton(): Locator {
    return this.page.getByRole('button', { name: /打印凭证/ });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: /打印退款凭证/ });
  }

  paper(label: ReceiptPaperLabel): Locator {
    return this.dialog.getByRole('radio', { name: label, exact: true });
  }

  language(label: '中文' | 'English' | '中英双语'): Locator {
    return this.dialog.getByRole('radio', { name: label, exact: true });
  }

  get printer(): Locator {
    return this.dialog.getByLabel('打印机');
  }

  /** The page as it will print. */
  get previewImage(): Locator {
    return this.dialog.locator('img.receipt-dialog__paper');
  }

  get previewFigure(): Locator {
    return this.dialog.locator('figure.receipt-dialog__preview');
  }

  /** "第 1 次打印" or "第 n 次打印：将标注 重印 REPRINT". */
  get copyNotice(): Locator {
    return this.dialog.locator('.receipt-dialog__copy');
  }

  get printButton(): Locator {
    return this.dialog.getByRole('button', { name: '打印', exact: true });
  }

  get savePdfButton(): Locator {
    return this.dialog.getByRole('button', { name: '另存为 PDF', exact: true });
  }

  get status(): Locator {
    return this.dialog.getByRole('status');
  }

  get alert(): Locator {
    return this.dialog.getByRole('alert');
  }

  async waitUntilShown(): Promise<void> {
    await this.dialog.waitFor();
  }

  /** Until the preview for the current choices is in (not the previous one kept while loading). */
  async waitForPreview(): Promise<void> {
    await this.page.waitForFunction(() => {
      const figure = document.querySelector('figure.receipt-dialog__preview');
      const image = figure?.querySelector('img.receipt-dialog__paper');
      return (
        figure?.getAttribute('aria-busy') === 'false' &&
        image instanceof HTMLImageElement &&
        image.complete &&
        image.naturalWidth > 0
      );
    });
  }

  async choosePaper(label: ReceiptPaperLabel): Promise<void> {
    await this.paper(label).check();
    await this.waitForPreview();
  }

  /** Saves a PDF and returns the file name the dialog reports. */
  async savePdf(): Promise<string> {
    await this.savePdfButton.click();
    const saved = this.status.filter({ hasText: /^已保存：/ });
    await saved.waitFor();
    const text = await saved.innerText();
    return text.replace(/^已保存：/, '').replace(/\s*✓\s*$/, '').trim();
  }

  async print(): Promise<void> {
    await this.printButton.click();
    await this.status.filter({ hasText: /已打印第 \d+ 份/ }).waitFor();
  }
}
