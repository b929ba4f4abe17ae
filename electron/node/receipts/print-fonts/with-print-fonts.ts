/**
 * A ReceiptEngine that gives every job (receipt, packet, preview, paper) the bundled print font: the
 * @font-face rules for the job's characters go in a second `<style>` at the end of its `<head>`. Both engines
 * get it from app-services, so the e2e harness prints exactly what Electron prints. When the font folder cannot
 * be read the job still prints, with the installed fonts after it in the stack (print-fonts.ts), and main's log
 * says why once.
 */
import type { ReceiptEngine } from '../receipt-engine';
import type { PrintFontFaces } from './print-font-faces';

/** The document with `style` added last in its head (so it cannot be overridden by the document's own rules). */
export function withStyle(html: string, style: string): string {
  const headEnd = html.indexOf('</head>');
  if (style === '' || headEnd < 0) return html;
  return `${html.slice(0, headEnd)}<style>${style}</style>${html.slice(headEnd)}`;
}

export function withPrintFonts(engine: ReceiptEngine, faces: PrintFontFaces, log: (message: string, error?: unknown) => void): ReceiptEngine {
  let warned = false;
  async function withFonts(html: string): Promise<string> {
    try {
      return withStyle(html, await faces.styleFor(html));
    } catch (error) {
      if (!warned) log('The bundled print font could not be read; printing with the installed fonts', error);
      warned = true;
      return html;
    }
  }
  return {
    pdf: async (html, paper) => engine.pdf(await withFonts(html), paper),
    png: async (html, paper) => engine.png(await withFonts(html), paper),
    print: async (html, paper, printerName) => engine.print(await withFonts(html), paper, printerName),
    printers: () => engine.printers(),
  };
}
