import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glyphsOf, keepOnlyGlyphs } from '../../../../electron/node/receipts/print-fonts/glyph-subset';
import { chunkCovers, chunkFor, chunksOf, fontOf, outlineLengths } from './font-files';

const codePoints = (text: string) => [...text].map((c) => c.codePointAt(0)!);

describe('glyphsOf', () => {
  it('maps the characters a chunk covers to glyphs, and skips the ones it does not have', () => {
    const { tables } = fontOf(chunkFor('A'));
    const glyphs = glyphsOf(tables.get('cmap')!, codePoints('AZaz退'));
    expect([...glyphs.keys()]).toEqual(codePoints('AZaz'));
    expect(new Set(glyphs.values()).size).toBe(4);
    for (const glyph of glyphs.values()) expect(glyph).toBeGreaterThan(0);
  });

  it('has a glyph in the bundled font, both weights, for every character receipts and packets print in Chinese', () => {
    const root = join(import.meta.dirname, '../../../..');
    const printed = ['electron/common/receipts/receipt-labels.ts', 'electron/common/packets/packet-labels.ts', 'electron/common/packets/verify-text.ts'];
    const zh = printed.map((file) => readFileSync(join(root, file), 'utf8')).join('');
    const wanted = [...new Set(codePoints(zh))].filter((codePoint) => codePoint >= 0x3000);
    expect(wanted.length).toBeGreaterThan(300);
    for (const weight of [400, 700] as const) {
      const missing = wanted.filter((codePoint) => {
        const chunk = chunksOf(weight).find((candidate) => chunkCovers(candidate, codePoint));
        if (chunk === undefined) return true;
        const { tables } = fontOf(chunk);
        const glyph = glyphsOf(tables.get('cmap')!, [codePoint]).get(codePoint);
        return glyph === undefined || outlineLengths(tables)[glyph] === 0;
      });
      expect(missing.map((codePoint) => String.fromCodePoint(codePoint)).join('')).toBe('');
    }
  }, 60_000);

  it('reads a format 4 cmap (segments with deltas and with a glyph array) when there is no format 12', () => {
    // Two segments: 'A'-'C' by delta (+10 → 75..77), U+9000-9001 through glyphIdArray ([300, 301]), then the 0xFFFF end segment.
    const segments = [
      { start: 0x41, end: 0x43, delta: 10, glyphs: undefined },
      { start: 0x9000, end: 0x9001, delta: 0, glyphs: [300, 301] },
      { start: 0xffff, end: 0xffff, delta: 1, glyphs: undefined },
    ];
    const count = segments.length;
    const glyphArray = segments.flatMap((segment) => segment.glyphs ?? []);
    const subtable = new DataView(new ArrayBuffer(16 + count * 8 + glyphArray.length * 2));
    subtable.setUint16(0, 4);
    subtable.setUint16(2, subtable.byteLength);
    subtable.setUint16(6, count * 2);
    const ends = 14;
    const starts = ends + count * 2 + 2;
    const deltas = starts + count * 2;
    const rangeOffsets = deltas + count * 2;
    const arrayStart = rangeOffsets + count * 2;
    let arrayAt = arrayStart;
    segments.forEach((segment, i) => {
      subtable.setUint16(ends + i * 2, segment.end);
      subtable.setUint16(starts + i * 2, segment.start);
      subtable.setInt16(deltas + i * 2, segment.delta);
      if (segment.glyphs !== undefined) {
        subtable.setUint16(rangeOffsets + i * 2, arrayAt - (rangeOffsets + i * 2));
        for (const glyph of segment.glyphs) {
          subtable.setUint16(arrayAt, glyph);
          arrayAt += 2;
        }
      }
    });
    const cmap = new Uint8Array(12 + subtable.byteLength);
    const header = new DataView(cmap.buffer);
    header.setUint16(2, 1); // one encoding record: Windows (3), Unicode BMP (1), at offset 12
    header.setUint16(4, 3);
    header.setUint16(6, 1);
    header.setUint32(8, 12);
    cmap.set(new Uint8Array(subtable.buffer), 12);
    const found = glyphsOf(cmap, [...codePoints('ABCD'), 0x9000, 0x9001, 0x9002]);
    expect(Object.fromEntries(found)).toEqual({ 0x41: 75, 0x42: 76, 0x43: 77, 0x9000: 300, 0x9001: 301 });
  });
});

describe('keepOnlyGlyphs', () => {
  it('keeps the wanted outlines byte for byte and empties every other glyph, ids unchanged', () => {
    const { tables } = fontOf(chunkFor('退'));
    const wanted = glyphsOf(tables.get('cmap')!, codePoints('退款'));
    const subset = keepOnlyGlyphs(tables, wanted.values());
    const before = outlineLengths(tables);
    const after = outlineLengths(subset);
    expect(after).toHaveLength(before.length);
    const kept = new Set([0, ...wanted.values()]);
    after.forEach((length, glyph) => expect(length, `glyph ${String(glyph)}`).toBe(kept.has(glyph) ? (before[glyph]! + 3) & ~3 : 0));
    expect(subset.get('glyf')!.byteLength).toBeLessThan(tables.get('glyf')!.byteLength / 20);
    // cmap, hmtx and maxp are the font's own: glyph ids did not move.
    for (const tag of ['cmap', 'hmtx', 'maxp']) expect(subset.get(tag)).toBe(tables.get(tag));
  });

  it('drops substitutions (which could pick an emptied glyph) and vertical metrics, and leaves its input alone', () => {
    const { tables } = fontOf(chunkFor('退'));
    const headBefore = new Uint8Array(tables.get('head')!);
    const subset = keepOnlyGlyphs(tables, [5]);
    for (const tag of ['GSUB', 'vhea', 'vmtx', 'STAT']) expect(subset.has(tag)).toBe(false);
    expect(new DataView(subset.get('head')!.buffer).getInt16(50)).toBe(1); // long loca
    expect(tables.get('head')).toEqual(headBefore);
  });

  it('keeps the parts of a composite glyph with it', () => {
    // The bundled font has no composite glyphs; a font that did would build an accented letter from parts.
    // Glyphs: 0 .notdef (empty), 1 a simple outline, 2 a composite of 1 and 3, 3 simple, 4 simple (unused).
    const simple = (marker: number) => {
      const outline = new Uint8Array(12);
      new DataView(outline.buffer).setInt16(0, 1); // one contour
      outline[11] = marker;
      return outline;
    };
    // Header (10 bytes), then component records: flags, glyph, arguments (2 bytes as bytes, 4 as words).
    const composite = new Uint8Array(10 + 6 + 8);
    const view = new DataView(composite.buffer);
    view.setInt16(0, -1);
    view.setUint16(10, 0x0020); // MORE_COMPONENTS, byte arguments
    view.setUint16(12, 1);
    view.setUint16(16, 0x0001); // word arguments, the last component
    view.setUint16(18, 3);
    const outlines = [new Uint8Array(0), simple(1), composite, simple(3), simple(4)];
    const loca = new Uint8Array((outlines.length + 1) * 2);
    const glyf = new Uint8Array(outlines.reduce((sum, outline) => sum + outline.byteLength, 0));
    let offset = 0;
    outlines.forEach((outline, glyph) => {
      new DataView(loca.buffer).setUint16(glyph * 2, offset / 2);
      glyf.set(outline, offset);
      offset += outline.byteLength;
    });
    new DataView(loca.buffer).setUint16(outlines.length * 2, offset / 2);
    const head = new Uint8Array(54); // indexToLocFormat 0: short loca
    const maxp = new Uint8Array(6);
    new DataView(maxp.buffer).setUint16(4, outlines.length);
    const tables = new Map([['head', head], ['maxp', maxp], ['loca', loca], ['glyf', glyf]]);
    const lengths = outlineLengths(keepOnlyGlyphs(tables, [2]));
    expect(lengths).toEqual([0, 12, 24, 12, 0]); // the composite and both its parts; glyph 4 emptied
  });
});
