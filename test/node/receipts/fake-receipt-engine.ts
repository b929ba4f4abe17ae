/** A ReceiptEngine that records what it was given (the HTML and the paper) instead of running Chromium. */
import type { PrinterInfo } from '../../../electron/common/ipc/contract-receipts';
import type { PaperSpec } from '../../../electron/common/receipts/receipt';
import type { ReceiptEngine, SaveFileDialog } from '../../../electron/node/receipts/receipt-engine';

export interface EngineCall {
  readonly op: 'pdf' | 'png' | 'print';
  readonly html: string;
  readonly paper: PaperSpec;
  readonly printerName?: string;
}

export class FakeReceiptEngine implements ReceiptEngine {
  readonly calls: EngineCall[] = [];
  failNext = false;

  pdf(html: string, paper: PaperSpec) {
    return this.run({ op: 'pdf', html, paper }, new TextEncoder().encode('%PDF-1.7 fake\n'));
  }

  png(html: string, paper: PaperSpec) {
    return this.run({ op: 'png', html, paper }, new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
  }

  async print(html: string, paper: PaperSpec, printerName: string | undefined): Promise<void> {
    await this.run({ op: 'print', html, paper, ...(printerName === undefined ? {} : { printerName }) }, new Uint8Array());
  }

  printers(): Promise<readonly PrinterInfo[]> {
    return Promise.resolve([{ name: 'XP-58', displayName: 'XP-58 热敏打印机', isDefault: true }]);
  }

  private run(call: EngineCall, bytes: Uint8Array) {
    if (this.failNext) {
      this.failNext = false;
      return Promise.reject(new Error('printer out of paper'));
    }
    this.calls.push(call);
    return Promise.resolve({ bytes, heightMm: call.paper.heightMm ?? 123 });
  }
}

export class FakeSaveDialog implements SaveFileDialog {
  readonly suggested: string[] = [];
  answer: string | undefined;

  constructor(answer: string | undefined) {
    this.answer = answer;
  }

  choosePdfPath(defaultFileName: string): Promise<string | undefined> {
    this.suggested.push(defaultFileName);
    return Promise.resolve(this.answer);
  }

  chooseZipPath(defaultFileName: string): Promise<string | undefined> {
    this.suggested.push(defaultFileName);
    return Promise.resolve(this.answer);
  }
}
