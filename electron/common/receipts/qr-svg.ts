/**
 * A QR code as inline SVG for the receipt: one <path> of dark modules on a white square, no script, no
 * external reference, no xmlns (the HTML parser places inline <svg> in the SVG namespace itself, and the print
 * window's "no URL anywhere" rule then holds literally). Encoding is `qrcode-generator` (MIT, no
 * dependencies, no DOM at import); its own SVG/img helpers are not used, so the markup is ours to check.
 * Error correction M: survives a smudge or a fold on thermal paper without making the code much larger.
 */
import qrcode from 'qrcode-generator';

/** Modules of white around the code; the standard asks for four. */
const QUIET_ZONE = 4;

/**
 * UTF-8 bytes as a "binary string" (one char per byte): the library's byte mode takes each char code's low
 * byte, so non-ASCII text must be encoded first. The payload is ASCII today; this keeps it correct if not.
 */
function utf8Binary(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) out += String.fromCharCode(code);
    else if (code < 0x800) out += String.fromCharCode(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000) out += String.fromCharCode(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else {
      out += String.fromCharCode(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    }
  }
  return out;
}

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  readonly size: number;
  readonly isDark: (row: number, col: number) => boolean;
}

/** The smallest QR version (type number 0 = automatic) that holds the text at level M. */
export function qrMatrix(text: string): QrMatrix {
  const code = qrcode(0, 'M');
  code.addData(utf8Binary(text), 'Byte');
  code.make();
  return { size: code.getModuleCount(), isDark: (row, col) => code.isDark(row, col) };
}

/** One subpath per horizontal run of dark modules: far shorter than a rect per module. */
function runsPath(matrix: QrMatrix): string {
  const parts: string[] = [];
  for (let row = 0; row < matrix.size; row += 1) {
    let col = 0;
    while (col < matrix.size) {
      if (!matrix.isDark(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < matrix.size && matrix.isDark(row, col)) col += 1;
      parts.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h-${col - start}z`);
    }
  }
  return parts.join('');
}

/**
 * `<svg viewBox="0 0 n n" …><rect …/><path d="…"/></svg>`, sized by its container (CSS sets the width).
 * `crispEdges` keeps module edges sharp on a 203-dpi thermal head.
 */
export function qrSvg(text: string, className = 'qr'): string {
  const matrix = qrMatrix(text);
  const side = matrix.size + QUIET_ZONE * 2;
  // className is ours (a constant), but it still must not be able to break out of the attribute.
  const safeClass = className.replace(/[^a-z0-9_-]/giu, '');
  return (
    `<svg class="${safeClass}" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges" role="img" aria-hidden="true">` +
    `<rect width="${side}" height="${side}" fill="#fff"/>` +
    `<path fill="#000" d="${runsPath(matrix)}"/>` +
    '</svg>'
  );
}
