/** Contract types of the receipts (receipts/). Kept apart so contract.ts only gains method lines. */
import type { PaperSize, ReceiptLanguage } from '../receipts/receipt';

export interface ReceiptRequest {
  readonly refundId: string;
  readonly size: PaperSize;
  readonly language: ReceiptLanguage;
}

/** The receipt exactly as it will print: a PNG of the same page the printer and the PDF get. */
export interface ReceiptPreview {
  /** `data:image/png;base64,…` */
  readonly image: string;
  readonly widthMm: number;
  readonly heightMm: number;
  /** The copy number the next print or PDF will carry (2 and up print as 重印 REPRINT). */
  readonly copy: number;
}

export interface PrintReceiptInput extends ReceiptRequest {
  /** Absent: the system's default printer. */
  readonly printerName?: string;
  readonly actor: string;
}

export interface SaveReceiptInput extends ReceiptRequest {
  readonly actor: string;
}

export type SaveReceiptResult = { readonly saved: false } | { readonly saved: true; readonly fileName: string };

export interface PrinterInfo {
  readonly name: string;
  readonly displayName: string;
  readonly isDefault: boolean;
}
