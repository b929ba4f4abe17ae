/**
 * The refund receipt (退款凭证): what the customer takes home instead of their money. Types shared by the pure
 * model and HTML (receipt-model.ts, receipt-html.ts), the main-process renderer (electron/node/receipts) and the
 * renderer's preview. One document serves every path: preview, print, PDF.
 */
import type { ExpectedArrival } from '../calendar/expected-arrival';
import type { Fen } from '../domain/money';
import type { Payment, Refund } from '../domain/types';
import type { Hotline } from '../reminders/hotlines';

export const PAPER_SIZES = ['thermal58', 'thermal80', 'a5', 'a4'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export const RECEIPT_LANGUAGES = ['zh-CN', 'en', 'both'] as const;
export type ReceiptLanguage = (typeof RECEIPT_LANGUAGES)[number];

export interface PaperSpec {
  readonly size: PaperSize;
  readonly widthMm: number;
  /** Fixed sheets have a height; thermal rolls are as long as their content (measured, never A4). */
  readonly heightMm?: number;
  /** Margin on every side, in mm (thermal printers have their own unprintable edge). */
  readonly marginMm: number;
  /** Characters per line of the receipt font on a thermal roll (about 32 at 58 mm, 48 at 80 mm). */
  readonly columns?: number;
}

export const PAPER: { readonly [S in PaperSize]: PaperSpec } = {
  thermal58: { size: 'thermal58', widthMm: 58, marginMm: 2, columns: 32 },
  thermal80: { size: 'thermal80', widthMm: 80, marginMm: 3, columns: 48 },
  a5: { size: 'a5', widthMm: 148, heightMm: 210, marginMm: 12 },
  a4: { size: 'a4', widthMm: 210, heightMm: 297, marginMm: 15 },
};

/** The owner's receipt choices, remembered per shop (settings). */
export interface ReceiptPrefs {
  readonly size: PaperSize;
  readonly language: ReceiptLanguage;
  /** The system printer's name as Electron lists it; absent = the system default. */
  readonly printerName?: string;
}

export const DEFAULT_RECEIPT_PREFS: ReceiptPrefs = Object.freeze({ size: 'thermal80', language: 'zh-CN' });

/** What the receipt says about the shop, beside its name (settings). */
export interface ShopProfile {
  readonly address?: string;
  readonly phone?: string;
}

export const SHOP_PROFILE_LIMITS = { address: 120, phone: 40 } as const;

/** Everything the pure model needs; gathered by the main process (electron/node/receipts). */
export interface ReceiptInput {
  readonly refund: Refund;
  readonly payment: Payment;
  readonly shop: { readonly name: string } & ShopProfile;
  /**
   * Shop policy text from the current setting. The copy kept with the refund (`refund.counter.policyText`,
   * what the customer was shown) wins when there is one; this is the fallback for refunds recorded without it.
   */
  readonly policyText?: string;
  /** The shop's logo as a `data:image/png|jpeg|webp;base64,…` URL (the print window loads nothing else). */
  readonly logoDataUrl?: string;
  readonly language: ReceiptLanguage;
  readonly paper: PaperSpec;
  /** Who approved (or overrode), from the refund's events; absent when no approval was needed. */
  readonly approver?: string;
  readonly arrival: ExpectedArrival;
  /** Whom to call if it does not arrive, platform first (reminders/reminder-steps.ts hotlinesFor). */
  readonly hotlines: readonly Hotline[];
  /** 1 for the first receipt of this refund, 2 and up for reprints (counted from `receipt_issued` events). */
  readonly copy: number;
  /** The refund's chain head before this receipt's own event (RELIABILITY §5: an anchor held by the customer). */
  readonly chainHead: string;
  /** The install's Ed25519 public key fingerprint, e.g. `3F2A 9C01 …` (RELIABILITY §5). */
  readonly keyFingerprint: string;
  /** Local `YYYY-MM-DD HH:mm` of printing. */
  readonly printedAt: string;
}

/** One `label: value` line; `mono` for numbers people read out on the phone. */
export interface ReceiptLine {
  readonly label: string;
  readonly value: string;
  readonly mono?: boolean;
  /** Free text (a note, a re-routing): the value goes under the label, left-aligned, wrapping anywhere. */
  readonly block?: boolean;
}

/** Section headings, already in the receipt's language(s). */
export interface ReceiptHeadings {
  readonly refund: string;
  readonly payment: string;
  readonly amounts: string;
  readonly arrival: string;
  readonly ifNotArrived: string;
  readonly hotlines: string;
  readonly policy: string;
  readonly proof: string;
}

export interface ReceiptAmountLine {
  readonly label: string;
  /** Signed for display: deductions are negative. */
  readonly amount: Fen;
  readonly note?: string;
}

/**
 * The receipt as words, in the chosen language(s) (labels already translated, "both" as `中文 English`),
 * with nothing left for the HTML step but layout and escaping.
 */
export interface ReceiptModel {
  readonly language: ReceiptLanguage;
  readonly paper: PaperSpec;
  readonly title: string;
  /** "重印 REPRINT · 第 2 次" on copies after the first. */
  readonly reprint?: string;
  /** The shop's name first, then address and phone as printed. */
  readonly shop: readonly string[];
  /** A checked `data:image/…;base64,` URL, or absent. */
  readonly logo?: string;
  readonly headings: ReceiptHeadings;
  readonly refundLines: readonly ReceiptLine[];
  readonly paymentLines: readonly ReceiptLine[];
  readonly amounts: readonly ReceiptAmountLine[];
  readonly net: ReceiptAmountLine;
  /** 大写金额 of the net, e.g. 人民币 壹佰贰拾叁元肆角伍分. */
  readonly netCapital: string;
  /** `大写`, `In words` or both: the label printed before netCapital. */
  readonly netCapitalLabel: string;
  readonly arrival: readonly string[];
  readonly ifNotArrived: readonly string[];
  /** Whom to call, platform first then regulators (DOMAIN §3.7); the value is the number. */
  readonly hotlines: readonly ReceiptLine[];
  readonly policy?: readonly string[];
  readonly signatures: readonly string[];
  readonly proof: {
    readonly lines: readonly ReceiptLine[];
    /** What the QR code holds: `RD1|<refund no.>|<chain head>|<key fingerprint>|<copy>`. */
    readonly qrPayload: string;
  };
  readonly footer: string;
}
