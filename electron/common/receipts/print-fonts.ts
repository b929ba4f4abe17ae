/**
 * The font stacks of everything RefundDesk prints or saves as PDF (receipts, evidence packets).
 *
 * First comes RefundDesk's own print font (Noto Sans SC, bundled): the print engine embeds, in each job, just
 * the glyphs that job uses (electron/node/receipts/print-fonts). It makes a receipt look the same on every
 * computer, and it is what makes a PDF fast: Chromium embeds an installed CFF-outline CJK font (Noto Sans CJK,
 * what Linux has) as Type 3 glyph programs at ~0.5 s per face per PDF. The installed CJK fonts after it are the
 * fallback: for a character the bundled font lacks, or a document printed without it (the folder missing).
 *
 * Numbers and identifiers (`.mono`) use the same face, whose digits are all one width, rather than a monospace
 * face of their own: a monospace CJK face is one more face per PDF, and a Latin monospace face is a fifth wider
 * than the CJK fonts' half-width Latin, which wrapped most identifier rows of a bilingual 58 mm receipt.
 */
export const PRINT_FONT_FAMILY = 'RefundDesk Print';

const CJK = `"${PRINT_FONT_FAMILY}", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC"`;

export const PRINT_FONT = `${CJK}, sans-serif`;
export const PRINT_MONO = `${CJK}, monospace`;
