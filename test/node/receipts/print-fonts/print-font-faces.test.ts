import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { PRINT_FONT_FAMILY } from '../../../../electron/common/receipts/print-fonts';
import { indexChunks, parseChunkStylesheet, unicodeRangeOf } from '../../../../electron/node/receipts/print-fonts/font-chunks';
import { glyphsOf } from '../../../../electron/node/receipts/print-fonts/glyph-subset';
import { createPrintFontFaces, FONT_CSS_BUDGET } from '../../../../electron/node/receipts/print-fonts/print-font-faces';
import { readWoff } from '../../../../electron/node/receipts/print-fonts/woff';
import { withPrintFonts, withStyle } from '../../../../electron/node/receipts/print-fonts/with-print-fonts';
import { FakeReceiptEngine } from '../fake-receipt-engine';
import { PAPER } from '../../../../electron/common/receipts/receipt';
import { chunkCovers, chunksOf, FONT_DIR, outlineLengths } from './font-files';

interface Face {
  readonly weight: number;
  readonly range: string;
  readonly font: ReturnType<typeof readWoff>;
}

function facesIn(style: string): Face[] {
  return [...style.matchAll(/@font-face\{([^}]*)\}/gu)].map((match) => {
    const body = match[1]!;
    expect(body).toContain(`font-family:"${PRINT_FONT_FAMILY}"`);
    return {
      weight: Number(/font-weight:(\d+)/u.exec(body)![1]),
      range: /unicode-range:([^;}]+)/u.exec(body)![1]!,
      font: readWoff(Buffer.from(/base64,([^)]+)\)/u.exec(body)![1]!, 'base64')),
    };
  });
}

const codePointsOfRange = (range: string) =>
  range.split(',').flatMap((part) => {
    const [from, to] = part.replace('U+', '').split('-').map((hex) => Number.parseInt(hex, 16));
    return Array.from({ length: (to ?? from!) - from! + 1 }, (_, i) => from! + i);
  });

describe('the bundled font stylesheets', () => {
  it('list about a hundred WOFF chunks per weight, every one of them in the package', () => {
    for (const weight of [400, 700] as const) {
      const chunks = chunksOf(weight);
      expect(chunks.length).toBeGreaterThan(90);
      for (const chunk of chunks) {
        expect(chunk.weight).toBe(weight);
        expect(existsSync(join(FONT_DIR, chunk.file)), chunk.file).toBe(true);
      }
    }
  });

  it('are searched by an index that finds exactly the chunks covering each code point, in stylesheet order', () => {
    const all = [...chunksOf(400), ...chunksOf(700)];
    const index = indexChunks(all);
    const probes = [0x20, 0x41, 0x4e, 0x301, 0x3000, 0x4e00, 0x9000, 0x9fa5, 0xff01, 0x1f300, 0x20000];
    for (let codePoint = 0x4e00; codePoint < 0x9fff; codePoint += 37) probes.push(codePoint);
    for (const codePoint of probes) {
      expect(index.chunksOf(codePoint), codePoint.toString(16)).toEqual(all.filter((chunk) => chunkCovers(chunk, codePoint)));
    }
  });

  it('parse as CSS unicode-range, and merge consecutive code points back', () => {
    const [chunk] = parseChunkStylesheet('@font-face{font-weight:700;src:url(./files/x-1-700-normal.woff2) format("woff2"),url(./files/x-1-700-normal.woff) format("woff");unicode-range:U+20-22,U+4e00;}');
    expect(chunk).toEqual({ file: 'files/x-1-700-normal.woff', weight: 700, ranges: [[0x20, 0x22], [0x4e00, 0x4e00]] });
    expect(unicodeRangeOf([0x4e00, 0x21, 0x20, 0x22, 0x30])).toBe('U+20-22,U+30,U+4e00');
    expect(() => parseChunkStylesheet('@font-face{font-weight:400;src:url(./files/a.woff);unicode-range:U+30-20;}')).toThrow(/Bad unicode-range/u);
  });
});

describe('createPrintFontFaces', () => {
  it('gives both weights of just the characters in the document, each face a subset of its chunk', async () => {
    const style = await createPrintFontFaces({ dir: FONT_DIR }).styleFor('<p>退款 ¥12.90</p>');
    const faces = facesIn(style);
    expect(new Set(faces.map((face) => face.weight))).toEqual(new Set([400, 700]));
    for (const weight of [400, 700]) {
      const covered = faces.filter((face) => face.weight === weight).flatMap((face) => codePointsOfRange(face.range));
      // Every character of the text (markup's ASCII too), nothing else, each in one face only (the package's
      // latin chunk overlaps its numbered ones).
      expect(new Set(covered)).toEqual(new Set([...'<p>退款 ¥12.90</p>'].map((c) => c.codePointAt(0)!)));
      expect(covered).toHaveLength(new Set(covered).size);
    }
    for (const face of faces) {
      const mapped = glyphsOf(face.font.tables.get('cmap')!, codePointsOfRange(face.range));
      const lengths = outlineLengths(face.font.tables);
      const drawn = lengths.filter((length) => length > 0).length;
      expect(drawn).toBeLessThanOrEqual(mapped.size + 1); // the characters' glyphs and .notdef, no more
      for (const [codePoint, glyph] of mapped) if (codePoint !== 0x20) expect(lengths[glyph], String.fromCodePoint(codePoint)).toBeGreaterThan(0);
    }
  });

  it('leaves characters the font lacks to the installed fonts, and is empty for a document of none', async () => {
    const faces = createPrintFontFaces({ dir: FONT_DIR });
    const style = await faces.styleFor('𠀀退'); // U+20000 (CJK Extension B) is not in Noto Sans SC
    expect(facesIn(style).flatMap((face) => codePointsOfRange(face.range))).not.toContain(0x20000);
    expect(await faces.styleFor('\u0001')).toBe('');
  });

  it('stays within the size budget for a document of thousands of different characters', async () => {
    const everyCommonCharacter = Array.from({ length: 0x9fa5 - 0x4e00 + 1 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('');
    const style = await createPrintFontFaces({ dir: FONT_DIR }).styleFor(everyCommonCharacter);
    expect(style.length).toBeLessThanOrEqual(FONT_CSS_BUDGET);
    expect(facesIn(style).length).toBeGreaterThan(5);
  }, 60_000);

  it('fails (for the engine to fall back) when the folder cannot be read, and tries again next time', async () => {
    const readFileOnce = vi.fn((path: string) => (readFileOnce.mock.calls.length === 1 ? Promise.reject(new Error('ENOENT')) : readFile(path)));
    const faces = createPrintFontFaces({ dir: FONT_DIR, readFile: readFileOnce });
    await expect(faces.styleFor('退款')).rejects.toThrow('ENOENT');
    expect(facesIn(await faces.styleFor('退款')).length).toBeGreaterThan(0);
  });
});

describe('withPrintFonts', () => {
  it('adds the faces last in the head of every job: PDF, preview and paper', async () => {
    const fake = new FakeReceiptEngine();
    const engine = withPrintFonts(fake, { styleFor: () => Promise.resolve('@font-face{x}') }, () => undefined);
    const html = '<html><head><style>a{}</style></head><body>退</body></html>';
    await engine.pdf(html, PAPER.thermal58);
    await engine.png(html, PAPER.thermal58);
    await engine.print(html, PAPER.thermal58, undefined);
    expect(fake.calls.map((call) => call.html)).toEqual(Array.from({ length: 3 }, () => '<html><head><style>a{}</style><style>@font-face{x}</style></head><body>退</body></html>'));
    expect(withStyle('<p>no head</p>', 'x')).toBe('<p>no head</p>');
  });

  it('prints with the installed fonts when the bundled one cannot be read, and says so once', async () => {
    const fake = new FakeReceiptEngine();
    const log = vi.fn();
    const engine = withPrintFonts(fake, { styleFor: () => Promise.reject(new Error('EACCES')) }, log);
    await engine.pdf('<html><head></head><body>退</body></html>', PAPER.a4);
    await engine.pdf('<html><head></head><body>款</body></html>', PAPER.a4);
    expect(fake.calls.map((call) => call.html)).toEqual(['<html><head></head><body>退</body></html>', '<html><head></head><body>款</body></html>']);
    expect(log).toHaveBeenCalledTimes(1);
  });
});
