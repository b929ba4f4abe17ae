import type { Locator, Page } from 'playwright-core';

export interface EvidenceFile {
  readonly name: string;
  readonly mimeType: string;
  readonly bytes: Uint8Array;
}

/** The "证据文件" panel on a refund's detail: add by file chooser or Ctrl+V, see thumbnails and refusals. */
export class EvidencePanel {
  constructor(private readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByRole('region', { name: '证据文件' });
  }

  get addButton(): Locator {
    return this.panel.getByRole('button', { name: '添加文件' });
  }

  get items(): Locator {
    return this.panel.getByRole('listitem');
  }

  /** Image previews the browser actually decoded (an <img> whose bytes failed would have no natural width). */
  get thumbnails(): Locator {
    return this.panel.getByRole('img');
  }

  item(name: string): Locator {
    return this.items.filter({ hasText: name });
  }

  refusal(text: string | RegExp): Locator {
    return this.panel.getByRole('alert').filter({ hasText: text });
  }

  /** Clicks "添加文件" and picks the files in the chooser that opens, as a person would. */
  async choose(...files: readonly EvidenceFile[]): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.addButton.click()]);
    await chooser.setFiles(files.map((file) => ({ name: file.name, mimeType: file.mimeType, buffer: Buffer.from(file.bytes) })));
  }

  /**
   * Ctrl+V with an image on the clipboard. Headless Chromium has no real clipboard, so the paste event a
   * person's Ctrl+V fires is dispatched with a DataTransfer holding the file.
   */
  async paste(file: EvidenceFile): Promise<void> {
    await this.page.evaluate(
      ({ name, mimeType, bytes }) => {
        const data = new DataTransfer();
        data.items.add(new File([new Uint8Array(bytes)], name, { type: mimeType }));
        const target = document.activeElement ?? document.body;
        target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      },
      { name: file.name, mimeType: file.mimeType, bytes: [...file.bytes] },
    );
  }

  /** Waits until `count` previews are shown and each was decoded by the browser. */
  async waitForDecodedThumbnails(count: number): Promise<void> {
    await this.page.waitForFunction(
      (expected) => {
        const images = [...document.querySelectorAll<HTMLImageElement>('.evidence img')];
        return images.length === expected && images.every((image) => image.complete && image.naturalWidth > 0);
      },
      count,
    );
  }
}
