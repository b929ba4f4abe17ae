/**
 * The font stacks of everything RefundDesk prints or saves as PDF (receipts, evidence packets).
 *
 * Monospace is for numbers and identifiers only (ASCII): Latin monospace faces first, and for any Chinese in a
 * monospace line the same CJK face as the body — never a CJK monospace face of its own. Every CJK face a document
 * uses costs the print engine a pass over the whole font (tens of thousands of glyphs) at every PDF: measured with
 * Chromium and Noto Sans CJK, a receipt took ~1.8 s with a CJK monospace face and ~1.0 s without.
 */
const CJK = `"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC"`;

export const PRINT_FONT = `${CJK}, sans-serif`;
export const PRINT_MONO = `"DejaVu Sans Mono", "Consolas", "Menlo", ${CJK}, monospace`;
