/** Argument shapes for the receipt methods (see contract-receipts.ts). */
import { z } from 'zod';
import { PAPER_SIZES, RECEIPT_LANGUAGES } from '../receipts/receipt';

const id = z.string().min(1).max(100);
const actor = z.string().max(100);
const request = { refundId: id, size: z.enum(PAPER_SIZES), language: z.enum(RECEIPT_LANGUAGES) };

export const receiptPreviewArgSchema = z.strictObject(request);
export const receiptPrintArgSchema = z.strictObject({ ...request, printerName: z.string().min(1).max(300).optional(), actor });
export const receiptSavePdfArgSchema = z.strictObject({ ...request, actor });
export const printerListArgSchema = z.strictObject({});
export const shopProfileSchema = z.strictObject({ address: z.string().max(500).optional(), phone: z.string().max(100).optional() });
export const receiptPrefsSchema = z.strictObject({
  size: z.enum(PAPER_SIZES),
  language: z.enum(RECEIPT_LANGUAGES),
  printerName: z.string().min(1).max(300).optional(),
});
