/**
 * Cuts a TrueType font down to the glyphs of the characters a print job uses, keeping every glyph id where it
 * was: unused glyphs become empty outlines, so cmap, hmtx and GPOS still point at the right places and need no
 * rewriting. Only glyf and loca (and head's loca format) change. GSUB is dropped, so the browser cannot swap in a
 * glyph (a ligature, a variant form) that was emptied; vertical metrics and the variation axes table are dropped
 * because a receipt never uses them.
 */
import type { FontTables } from './woff';

const DROPPED_TABLES = new Set(['GSUB', 'vhea', 'vmtx', 'STAT', 'DSIG']);

/** Composite glyph flags (OpenType `glyf`): how long each component record is, and whether another follows. */
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function required(tables: FontTables, tag: string): Uint8Array {
  const table = tables.get(tag);
  if (table === undefined) throw new Error(`The font has no ${tag} table.`);
  return table;
}

/** The glyph id of each code point the font maps (format 4 or 12 subtables of the Windows Unicode cmap). */
export function glyphsOf(cmap: Uint8Array, codePoints: Iterable<number>): Map<number, number> {
  const view = viewOf(cmap);
  const count = view.getUint16(2);
  let format4: number | undefined;
  let format12: number | undefined;
  for (let i = 0; i < count; i++) {
    const at = 4 + i * 8;
    const platform = view.getUint16(at);
    const offset = view.getUint32(at + 4);
    const format = view.getUint16(offset);
    if (platform !== 0 && platform !== 3) continue;
    if (format === 12) format12 ??= offset;
    if (format === 4) format4 ??= offset;
  }
  const found = new Map<number, number>();
  for (const codePoint of codePoints) {
    const glyph = format12 !== undefined ? lookUpFormat12(view, format12, codePoint) : format4 !== undefined ? lookUpFormat4(view, format4, codePoint) : 0;
    if (glyph !== 0) found.set(codePoint, glyph);
  }
  return found;
}

function lookUpFormat4(view: DataView, at: number, codePoint: number): number {
  if (codePoint > 0xffff) return 0;
  const segments = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    if (codePoint > view.getUint16(ends + s * 2)) continue;
    const start = view.getUint16(starts + s * 2);
    if (codePoint < start) return 0;
    const delta = view.getInt16(deltas + s * 2);
    const rangeOffsetAt = rangeOffsets + s * 2;
    const rangeOffset = view.getUint16(rangeOffsetAt);
    if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
    const glyph = view.getUint16(rangeOffsetAt + rangeOffset + (codePoint - start) * 2);
    return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
  }
  return 0;
}

function lookUpFormat12(view: DataView, at: number, codePoint: number): number {
  const groups = view.getUint32(at + 12);
  for (let g = 0; g < groups; g++) {
    const group = at + 16 + g * 12;
    const start = view.getUint32(group);
    if (codePoint >= start && codePoint <= view.getUint32(group + 4)) return view.getUint32(group + 8) + (codePoint - start);
  }
  return 0;
}

interface GlyphLocations {
  readonly starts: readonly number[];
  readonly count: number;
}

function locationsOf(loca: Uint8Array, longOffsets: boolean, glyphCount: number): GlyphLocations {
  const view = viewOf(loca);
  const starts: number[] = [];
  for (let g = 0; g <= glyphCount; g++) starts.push(longOffsets ? view.getUint32(g * 4) : view.getUint16(g * 2) * 2);
  return { starts, count: glyphCount };
}

/** The glyphs a composite glyph is built from (which must be kept with it). */
function componentsOf(glyf: Uint8Array, start: number, end: number): number[] {
  if (end - start < 10) return [];
  const view = viewOf(glyf);
  if (view.getInt16(start) >= 0) return [];
  const components: number[] = [];
  let at = start + 10;
  for (;;) {
    const flags = view.getUint16(at);
    components.push(view.getUint16(at + 2));
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) at += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
    if (!(flags & MORE_COMPONENTS)) return components;
  }
}

/**
 * The font's tables with only `keep` glyphs' outlines (plus .notdef and every component of a kept composite);
 * every other glyph is empty. loca is rewritten in the long format.
 */
export function keepOnlyGlyphs(tables: FontTables, keep: Iterable<number>): FontTables {
  const head = required(tables, 'head');
  const glyf = required(tables, 'glyf');
  const glyphCount = viewOf(required(tables, 'maxp')).getUint16(4);
  const locations = locationsOf(required(tables, 'loca'), viewOf(head).getInt16(50) === 1, glyphCount);

  const kept = new Set<number>([0]);
  const pending = [...keep];
  while (pending.length > 0) {
    const glyph = pending.pop()!;
    if (glyph >= glyphCount || kept.has(glyph)) continue;
    kept.add(glyph);
    pending.push(...componentsOf(glyf, locations.starts[glyph]!, locations.starts[glyph + 1]!));
  }

  const outlines: Uint8Array[] = [];
  const loca = new Uint8Array((glyphCount + 1) * 4);
  const locaView = viewOf(loca);
  let offset = 0;
  for (let g = 0; g < glyphCount; g++) {
    locaView.setUint32(g * 4, offset);
    if (!kept.has(g)) continue;
    const outline = glyf.subarray(locations.starts[g], locations.starts[g + 1]);
    outlines.push(outline);
    // Each outline starts on a four-byte boundary (long loca allows any, but aligned is what fonts do).
    const aligned = (outline.byteLength + 3) & ~3;
    if (aligned > outline.byteLength) outlines.push(new Uint8Array(aligned - outline.byteLength));
    offset += aligned;
  }
  locaView.setUint32(glyphCount * 4, offset);

  const newGlyf = new Uint8Array(offset);
  let at = 0;
  for (const part of outlines) {
    newGlyf.set(part, at);
    at += part.byteLength;
  }
  const newHead = new Uint8Array(head); // a copy: the caller's tables are kept for the next job
  viewOf(newHead).setInt16(50, 1); // indexToLocFormat: long offsets
  viewOf(newHead).setUint32(8, 0); // checkSumAdjustment: not recomputed for a font that is never installed

  const result = new Map<string, Uint8Array>();
  for (const [tag, table] of tables) if (!DROPPED_TABLES.has(tag)) result.set(tag, table);
  result.set('glyf', newGlyf);
  result.set('loca', loca);
  result.set('head', newHead);
  return result;
}
