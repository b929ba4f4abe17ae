/**
 * The receipt dialog's choices and the shop details in Settings, as pure functions: which printer to start with,
 * how wide the preview is drawn, what a settings draft saves.
 */
import type { PrinterInfo } from '../../../electron/common/ipc/contract-receipts';
import { DEFAULT_RECEIPT_PREFS, SHOP_PROFILE_LIMITS } from '../../../electron/common/receipts/receipt';
import type { ReceiptPrefs, ShopProfile } from '../../../electron/common/receipts/receipt';

/** The system's default printer first, then the others by name (as the dialog lists them). */
export function orderPrinters(printers: readonly PrinterInfo[]): PrinterInfo[] {
  return [...printers].sort((a, b) => {
    if (a.isDefault !== b.isDefault) return a.isDefault ? -1 : 1;
    return a.displayName.localeCompare(b.displayName);
  });
}

/**
 * The printer the dialog starts with: the remembered one while it is still installed, else the system default,
 * else the first listed; '' when there is none (print goes to the system default).
 */
export function pickPrinter(printers: readonly PrinterInfo[], remembered: string | undefined): string {
  if (remembered !== undefined && printers.some((printer) => printer.name === remembered)) return remembered;
  return orderPrinters(printers)[0]?.name ?? '';
}

export function receiptPrefsOf(saved: ReceiptPrefs | undefined): ReceiptPrefs {
  return saved ?? DEFAULT_RECEIPT_PREFS;
}

/** The same choices with the printer written only when there is one (the schema refuses ''). */
export function withPrinter(prefs: Pick<ReceiptPrefs, 'size' | 'language'>, printerName: string): ReceiptPrefs {
  return printerName === '' ? { size: prefs.size, language: prefs.language } : { size: prefs.size, language: prefs.language, printerName };
}

export function samePrefs(a: ReceiptPrefs | undefined, b: ReceiptPrefs): boolean {
  return a !== undefined && a.size === b.size && a.language === b.language && a.printerName === b.printerName;
}

/** CSS pixels per millimetre on screen (96 dpi). */
const PX_PER_MM = 96 / 25.4;
/** The widest page the dialog shows (A4), so every size is drawn at the same scale. */
const WIDEST_MM = 210;

/**
 * The preview's drawn width: every paper at one scale, so 58 mm looks narrow beside A4 as it does in the hand;
 * life size when the box has room for A4, smaller when it has not. Never below 1 px.
 */
export function previewWidthPx(widthMm: number, boxWidthPx: number): number {
  const scale = Math.min(PX_PER_MM, Math.max(boxWidthPx, 0) / WIDEST_MM);
  return Math.max(1, Math.round(widthMm * scale));
}

export type ShopProfileCheck =
  | { readonly ok: true; readonly value: ShopProfile }
  | { readonly ok: false; readonly field: keyof ShopProfile; readonly max: number };

/** Trimmed address and phone; an empty one is left out; one over its limit names the field. */
export function shopProfileOf(address: string, phone: string): ShopProfileCheck {
  const trimmed = { address: address.trim(), phone: phone.trim() };
  for (const field of ['address', 'phone'] as const) {
    if (trimmed[field].length > SHOP_PROFILE_LIMITS[field]) return { ok: false, field, max: SHOP_PROFILE_LIMITS[field] };
  }
  return {
    ok: true,
    value: { ...(trimmed.address === '' ? {} : { address: trimmed.address }), ...(trimmed.phone === '' ? {} : { phone: trimmed.phone }) },
  };
}
