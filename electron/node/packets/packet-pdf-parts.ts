/**
 * Everything of the packet that needs pdf-lib, in one module that packet-builder.ts imports when a packet is
 * built: pdf-lib and its fonts are ~1 MB of JavaScript that every start of the app would otherwise compile.
 */
export { assemblePacketPdf, pdfPageCount } from './packet-pdf';
export { renderPacketPdf } from './packet-render';
