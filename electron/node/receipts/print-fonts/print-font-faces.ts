/**
 * The @font-face rules that give a print job RefundDesk's own print font, cut down to the characters the job
 * uses. Why a font of our own: Chromium embeds an installed CFF-outline CJK font (Noto Sans CJK, what Linux
 * has) as Type 3 glyph programs, at ~0.5 s per face per PDF — a receipt took ~1.25 s. A TrueType font it gets
 * as a web font is embedded as a subset CID font in a fraction of that, and a receipt now looks the same on
 * every computer, whatever CJK fonts it has. Each face is the one bundled chunk file (see font-chunks.ts) that
 * covers some of the job's characters, with every other glyph emptied (glyph-subset.ts), inlined as a data:
 * URL: the print page may load nothing else. A character the font lacks, or one past the size budget, falls
 * back to the installed fonts of the stack in print-fonts.ts.
 */
import { readFile as readFileFromDisk } from 'node:fs/promises';
import { join } from 'node:path';
import { PRINT_FONT_FAMILY } from '../../../common/receipts/print-fonts';
import { indexChunks, parseChunkStylesheet, unicodeRangeOf } from './font-chunks';
import type { ChunkIndex, FontChunk } from './font-chunks';
import { glyphsOf, keepOnlyGlyphs } from './glyph-subset';
import { readWoff, writeWoff } from './woff';
import type { WoffFont } from './woff';

/** The weights RefundDesk's print styles use: body text and bold. */
export const PRINT_FONT_WEIGHTS = [400, 700] as const;

/**
 * At most this many characters of @font-face rules per job: a receipt needs ~0.25 MB, a packet ~0.4 MB; a
 * document of thousands of different characters (a very long note) gets the most-used faces, the rest falling
 * back to the installed fonts, so a job's size stays bounded.
 */
export const FONT_CSS_BUDGET = 1_000_000;

/**
 * Decoded chunk files kept between jobs (~70 KB each): receipts share their labels' characters, so the next job
 * mostly needs the same chunks. Enough for a bilingual receipt's two weights.
 */
const DECODED_CHUNKS_KEPT = 48;

export interface PrintFontFaces {
  /** A `<style>` body of @font-face rules for the characters in `html`; empty when none are covered. */
  styleFor(html: string): Promise<string>;
}

export interface PrintFontFacesOptions {
  /** The bundled font's folder: `400.css`, `700.css` and `files/*.woff`. */
  readonly dir: string;
  readonly readFile?: (path: string) => Promise<Uint8Array>;
}

/** Every character of the document, markup included: markup is ASCII, which a receipt's text uses anyway. */
function codePointsOf(html: string): Set<number> {
  const found = new Set<number>();
  for (const character of html) {
    const codePoint = character.codePointAt(0)!;
    if (codePoint >= 0x20) found.add(codePoint);
  }
  return found;
}

export function createPrintFontFaces(options: PrintFontFacesOptions): PrintFontFaces {
  const readFile = options.readFile ?? ((path: string) => readFileFromDisk(path));
  let chunks: Promise<{ readonly all: readonly FontChunk[]; readonly index: ChunkIndex }> | undefined;
  const decoded = new Map<string, WoffFont>();

  async function decodedChunk(chunk: FontChunk): Promise<WoffFont> {
    const kept = decoded.get(chunk.file);
    if (kept !== undefined) {
      decoded.delete(chunk.file); // re-inserted below: a Map iterates oldest first, so this keeps it longest
      decoded.set(chunk.file, kept);
      return kept;
    }
    const font = readWoff(await readFile(join(options.dir, chunk.file)));
    decoded.set(chunk.file, font);
    if (decoded.size > DECODED_CHUNKS_KEPT) decoded.delete(decoded.keys().next().value!);
    return font;
  }

  async function loadChunks(): Promise<{ readonly all: readonly FontChunk[]; readonly index: ChunkIndex }> {
    const sheets = await Promise.all(PRINT_FONT_WEIGHTS.map((weight) => readFile(join(options.dir, `${weight}.css`))));
    const all = sheets.flatMap((sheet) => parseChunkStylesheet(new TextDecoder().decode(sheet)));
    if (all.length === 0) throw new Error(`No font chunks listed in ${options.dir}.`);
    return { all, index: indexChunks(all) };
  }

  /** The characters of `codePoints` the chunk really has (its stylesheet range may promise more), with their glyphs. */
  async function glyphsIn(chunk: FontChunk, codePoints: readonly number[]) {
    const font = await decodedChunk(chunk);
    const cmap = font.tables.get('cmap');
    if (cmap === undefined) throw new Error(`${chunk.file} has no cmap table.`);
    return { chunk, font, glyphs: glyphsOf(cmap, codePoints) };
  }

  function faceOf(chunk: FontChunk, font: WoffFont, glyphs: ReadonlyMap<number, number>): string {
    const woff = writeWoff(font.flavor, keepOnlyGlyphs(font.tables, glyphs.values()));
    // unicode-range names only what this face really has: anything else falls through to the next face.
    return (
      `@font-face{font-family:"${PRINT_FONT_FAMILY}";font-style:normal;font-weight:${chunk.weight};font-display:swap;` +
      `src:url(data:font/woff;base64,${Buffer.from(woff).toString('base64')}) format("woff");` +
      `unicode-range:${unicodeRangeOf([...glyphs.keys()])}}`
    );
  }

  return {
    async styleFor(html) {
      chunks ??= loadChunks();
      const { all, index } = await chunks.catch((error: unknown) => {
        chunks = undefined; // a later job tries again (the folder may have been restored)
        throw error;
      });
      const covered = new Map<FontChunk, number[]>();
      for (const codePoint of codePointsOf(html)) {
        for (const chunk of index.chunksOf(codePoint)) {
          const list = covered.get(chunk);
          if (list === undefined) covered.set(chunk, [codePoint]);
          else list.push(codePoint);
        }
      }
      // In stylesheet order, which decides below which face a character shared by two chunks goes in.
      const found = await Promise.all(all.flatMap((chunk) => (covered.has(chunk) ? [glyphsIn(chunk, covered.get(chunk)!)] : [])));
      // The package's language chunks (latin, cyrillic…) overlap the numbered ones: each character goes in one
      // face per weight, the first in stylesheet order that has it.
      const claimed = new Map<number, Set<number>>(PRINT_FONT_WEIGHTS.map((weight) => [weight, new Set<number>()]));
      const jobs = found.flatMap(({ chunk, font, glyphs }) => {
        const taken = claimed.get(chunk.weight) ?? new Set<number>();
        const own = new Map([...glyphs].filter(([codePoint]) => !taken.has(codePoint)));
        for (const codePoint of own.keys()) taken.add(codePoint);
        return own.size === 0 ? [] : [{ chunk, font, glyphs: own }];
      });
      // Within the budget, the faces covering most of the document come first (the rest fall back).
      jobs.sort((a, b) => b.glyphs.size - a.glyphs.size);
      let style = '';
      for (const { chunk, font, glyphs } of jobs) {
        const face = faceOf(chunk, font, glyphs);
        if (style.length + face.length <= FONT_CSS_BUDGET) style += face;
      }
      return style;
    },
  };
}
