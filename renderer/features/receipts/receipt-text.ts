/**
 * The receipt in the UI's words: paper names, the copy notice, the timeline line of a `receipt_issued` event.
 * Pure (takes i18next's instance), so the unit tests check both languages in plain Node.
 */
import type { i18n } from 'i18next';
import type { ReceiptIssue } from '../../../electron/common/domain/types';
import { PAPER_SIZES, RECEIPT_LANGUAGES } from '../../../electron/common/receipts/receipt';
import type { PaperSize, ReceiptLanguage } from '../../../electron/common/receipts/receipt';
import '../../i18n/resources';

export function isPaperSize(value: string): value is PaperSize {
  return (PAPER_SIZES as readonly string[]).includes(value);
}

export function isReceiptLanguage(value: string): value is ReceiptLanguage {
  return (RECEIPT_LANGUAGES as readonly string[]).includes(value);
}

/** "58 mm 热敏" / "58 mm thermal"; a size this build does not know (newer data) is shown as stored. */
export function paperLabel(instance: i18n, size: string): string {
  return isPaperSize(size) ? instance.t(`receipts.paperSize.${size}`) : size;
}

/** What the next print will be: the first, or a reprint marked 重印 REPRINT. */
export function copyNotice(instance: i18n, copy: number): string {
  return copy <= 1 ? instance.t('receipts.firstCopy') : instance.t('receipts.reprint', { copy: String(copy) });
}

/** "打印凭证（80 mm 热敏，第 1 份）", "凭证另存为 PDF（A4，重印 第 2 次）". */
export function receiptEventText(instance: i18n, receipt: ReceiptIssue): string {
  const copy = receipt.copy <= 1 ? instance.t('receipts.event.firstCopy') : instance.t('receipts.event.reprint', { copy: String(receipt.copy) });
  const paper = paperLabel(instance, receipt.size);
  return receipt.via === 'printer' ? instance.t('receipts.event.printer', { paper, copy }) : instance.t('receipts.event.pdf', { paper, copy });
}

/** The line under a printed receipt's event: which printer (absent for a PDF or the system default). */
export function receiptEventDetail(instance: i18n, receipt: ReceiptIssue): string | undefined {
  if (receipt.via !== 'printer' || receipt.printerName === undefined || receipt.printerName === '') return undefined;
  return instance.t('receipts.event.printerName', { name: receipt.printerName });
}
