/**
 * The packet's one inline stylesheet: A4, black on white, tables that wrap long numbers. The bottom margin
 * leaves room for the page number: pdf-lib stamps it on the saved PDF (where merged attachment pages are
 * counted too); the printed copy gets it from CSS page-margin boxes instead (`forPrint`).
 *
 * The margins are exported because the saved PDF's attached images are drawn by pdf-lib, not by this stylesheet
 * (packet-images.ts): the page keeps an empty `.figure-slot` below the caption, and the image is fitted between
 * its top, the side margins and the bottom margin.
 */
import { PRINT_FONT, PRINT_MONO } from '../receipts/print-fonts';

export const PACKET_MARGIN_MM = { top: 15, right: 15, bottom: 18, left: 15 } as const;
export const PACKET_CONTENT_WIDTH_MM = 210 - PACKET_MARGIN_MM.left - PACKET_MARGIN_MM.right;

export function packetCss(options: { readonly forPrint: boolean; readonly pageLabel: string }): string {
  const pageBox = options.forPrint
    ? `@page{@bottom-right{content:"${options.pageLabel} " counter(page) " / " counter(pages);font-size:8pt}}`
    : '';
  const m = PACKET_MARGIN_MM;
  return `
@page{size:A4;margin:${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm}${pageBox}
*{box-sizing:border-box;margin:0;padding:0}
html,body{background:#fff;color:#000}
body{font-family:${PRINT_FONT};font-size:10.5pt;line-height:1.45;-webkit-print-color-adjust:exact;print-color-adjust:exact}
main,main *{overflow-wrap:anywhere}
.sheet+.sheet{break-before:page}
.anchors{display:none}
h1{font-size:16pt;margin-bottom:3mm;border-bottom:2px solid #000;padding-bottom:1.5mm}
h2{font-size:12pt;margin:4mm 0 1.5mm}
.meta{font-size:9pt;margin-bottom:3mm}
.letter{white-space:pre-wrap;font-size:11pt;line-height:1.7}
table{width:100%;border-collapse:collapse;margin-bottom:2mm}
th,td{border:1px solid #000;padding:1mm 1.5mm;text-align:left;vertical-align:top}
th{background:#eee;font-weight:700}
.kv th{width:32%}
.mono{font-family:${PRINT_MONO}}
/* Time and record numbers never break; the person column keeps a name on one line; what happened takes the rest. */
.timeline{table-layout:auto}
.timeline td:nth-child(1),.timeline td:nth-child(2),.timeline td:nth-child(4){white-space:nowrap;width:1%}
.state-missing{font-weight:700}
.figure{text-align:center;margin-top:3mm}
.figure img{max-width:100%;max-height:220mm;object-fit:contain;image-orientation:from-image}
/* Room for an image pdf-lib draws; never split, so its top (a named destination) starts its area on one page. */
.figure-slot{margin-top:3mm;break-inside:avoid}
.notice{border:1px solid #000;padding:3mm;margin-top:4mm}
.small{font-size:8.5pt}
`.replace(/\n/gu, '');
}
