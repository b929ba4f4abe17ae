/** ReceiptInput → the one HTML document every path prints (preview, PDF, printer): model first, then layout. */
import type { ReceiptInput } from '../../common/receipts/receipt';
import { buildReceiptModel } from '../../common/receipts/receipt-model';
import { renderReceiptHtml } from '../../common/receipts/receipt-html';

export function renderReceiptDocument(input: ReceiptInput): string {
  return renderReceiptHtml(buildReceiptModel(input));
}
