/** The bundled print font as the tests read it: the npm package in this checkout, and helpers to look inside. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printFontPackageDir } from '../../../../electron/node/receipts/print-fonts/print-font-dir';
import { parseChunkStylesheet } from '../../../../electron/node/receipts/print-fonts/font-chunks';
import type { FontChunk } from '../../../../electron/node/receipts/print-fonts/font-chunks';
import { readWoff } from '../../../../electron/node/receipts/print-fonts/woff';

export const FONT_DIR = printFontPackageDir(join(import.meta.dirname, '../../../..'));

export function chunksOf(weight: 400 | 700): FontChunk[] {
  return parseChunkStylesheet(readFileSync(join(FONT_DIR, `${weight}.css`), 'utf8'));
}

/** Whether the chunk's stylesheet ranges hold the code point, range by range: the plain definition, for oracles. */
export function chunkCovers(chunk: FontChunk, codePoint: number): boolean {
  return chunk.ranges.some(([start, end]) => codePoint >= start && codePoint <= end);
}

export function chunkFor(character: string, weight: 400 | 700 = 400): FontChunk {
  const found = chunksOf(weight).find((chunk) => chunkCovers(chunk, character.codePointAt(0)!));
  if (found === undefined) throw new Error(`No chunk covers ${character}`);
  return found;
}

export function fontOf(chunk: FontChunk): ReturnType<typeof readWoff> {
  return readWoff(readFileSync(join(FONT_DIR, chunk.file)));
}

/** Each glyph's outline length, from loca (short or long, as head says). */
export function outlineLengths(tables: ReadonlyMap<string, Uint8Array>): number[] {
  const head = tables.get('head')!;
  const loca = tables.get('loca')!;
  const glyphs = new DataView(tables.get('maxp')!.buffer, tables.get('maxp')!.byteOffset).getUint16(4);
  const long = new DataView(head.buffer, head.byteOffset).getInt16(50) === 1;
  const view = new DataView(loca.buffer, loca.byteOffset, loca.byteLength);
  const at = (g: number) => (long ? view.getUint32(g * 4) : view.getUint16(g * 2) * 2);
  return Array.from({ length: glyphs }, (_, g) => at(g + 1) - at(g));
}
