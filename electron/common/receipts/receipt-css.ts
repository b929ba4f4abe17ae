/**
 * The receipt's one inline stylesheet, per paper. Thermal rolls: the page is the paper's width and as tall as
 * the content (the print engine measures it), black on white only, everything wraps (`overflow-wrap:anywhere`:
 * English between words, CJK anywhere, a long number wherever it must) so a 64-character order no. or a 10,000-character note never runs off a 58 mm roll.
 * Sheets (A5/A4): a document layout with two-column identifier tables and signatures side by side.
 * Built from numbers in PAPER only; nothing here comes from user text.
 */
import type { PaperSpec } from './receipt';
import { PRINT_FONT, PRINT_MONO } from './print-fonts';

const COMMON = `
*{box-sizing:border-box;margin:0;padding:0}
html,body{background:#fff;color:#000}
body{font-family:${PRINT_FONT};line-height:1.35;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.receipt,.receipt *{overflow-wrap:anywhere;word-break:normal}
.mono,.mono .value{font-family:${PRINT_MONO}}
.head{text-align:center}
.logo{display:block;margin:0 auto 1mm;max-width:40%;max-height:18mm}
.shop-name{font-weight:700;font-size:1.25em}
.title{font-size:1.3em;font-weight:700;margin-top:1mm}
.reprint{font-weight:700;border:1px solid #000;display:inline-block;padding:0 1.5mm;margin-top:1mm}
.heading{font-size:1em;font-weight:700;margin-bottom:.8mm}
.row{display:flex;flex-wrap:wrap;column-gap:1.5mm;align-items:baseline}
.label{flex:0 0 auto;max-width:100%}
.value{flex:1 1 12ch;min-width:0;text-align:right}
.row.block{display:block}
.row.block .value{display:block;text-align:left;white-space:pre-wrap}
.amount-note{font-size:.9em;padding-left:2mm}
.net{font-weight:700;font-size:1.5em;margin-top:1mm}
.capital{font-weight:700}
.sentence,.policy-line{margin-bottom:.6mm;white-space:pre-wrap}
.hotlines{margin-top:.8mm}
.subheading{font-weight:700}
.sign-line{border-bottom:1px solid #000;height:12mm}
.sign-label{font-size:.9em;margin-bottom:2mm}
.qr-box{text-align:center}
.qr{display:inline-block;width:30mm;height:30mm}
.footer{text-align:center;font-size:.85em;margin-top:2mm;word-break:normal;overflow-wrap:normal}
`;

function thermal(paper: PaperSpec): string {
  const fontPx = paper.widthMm <= 58 ? 11 : 12;
  return `
@page{size:${paper.widthMm}mm auto;margin:0}
body{width:${paper.widthMm}mm;padding:${paper.marginMm}mm;font-size:${fontPx}px}
.section{border-top:1px dashed #000;margin-top:1.5mm;padding-top:1.5mm}
.proof .lines{margin-top:1mm}
`;
}

function sheet(paper: PaperSpec): string {
  const name = paper.size === 'a5' ? 'A5' : 'A4';
  const fontPt = paper.size === 'a5' ? 9.5 : 10.5;
  return `
@page{size:${name};margin:${paper.marginMm}mm}
body{font-size:${fontPt}pt}
.head{border-bottom:2px solid #000;padding-bottom:2mm}
.section{margin-top:2.5mm;padding-top:1.5mm;border-top:1px solid #000;break-inside:avoid}
.sign-line{height:10mm}
.footer{margin-top:1mm}
.refund .lines,.payment .lines{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));column-gap:8mm;row-gap:.8mm}
.row.block{grid-column:1/-1}
.label{min-width:26mm}
.value{text-align:left}
.amounts .value{text-align:right}
.amounts{max-width:110mm;margin-left:auto}
.signatures{display:flex;gap:12mm}
.signature{flex:1 1 0}
.proof{display:flex;justify-content:space-between;align-items:flex-end;gap:6mm}
.proof-text{flex:1 1 auto;min-width:0}
`;
}

export function receiptCss(paper: PaperSpec): string {
  const perPaper = paper.size === 'thermal58' || paper.size === 'thermal80' ? thermal(paper) : sheet(paper);
  return (COMMON + perPaper).replace(/\n/gu, '');
}
