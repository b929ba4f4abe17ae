/**
 * The font stacks of everything RefundDesk prints or saves as PDF (receipts, evidence packets).
 *
 * Numbers and identifiers (`.mono`) use the body's own CJK face, whose digits are all one width, rather than a
 * monospace face of their own. Every CJK face a document uses costs the print engine a pass over the whole font
 * (tens of thousands of glyphs) at every PDF: measured with Chromium and Noto Sans CJK, a receipt took ~1.8 s with
 * Noto Sans Mono CJK and ~1.25 s without. A Latin monospace face costs little but is a fifth wider than the CJK
 * fonts' half-width Latin, and wrapped most identifier rows of a bilingual 58 mm receipt onto two lines.
 */
const CJK = `"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC"`;

export const PRINT_FONT = `${CJK}, sans-serif`;
export const PRINT_MONO = `${CJK}, monospace`;
