/**
 * The bundled print font (Noto Sans SC from @fontsource, SIL Open Font License) comes as about a hundred files
 * per weight, each covering a `unicode-range` (grouped by how often characters are used, so a document needs a
 * few dozen of them). The package's own stylesheet (`400.css`, `700.css`) says which file covers which range;
 * this reads it, so the table stays exactly the one the files were cut with.
 */

export interface FontChunk {
  /** The WOFF file, relative to the font folder. */
  readonly file: string;
  readonly weight: number;
  /** Inclusive code point ranges, as in the stylesheet. */
  readonly ranges: readonly (readonly [number, number])[];
}

const FACE = /@font-face\s*\{([^}]*)\}/gu;
const WOFF_URL = /url\(\.\/(files\/[^)\s]+\.woff)\)/u;
const RANGE = /unicode-range:\s*([^;]+);/u;
const WEIGHT = /font-weight:\s*(\d+)/u;

function parseRange(text: string): readonly [number, number] {
  const [from, to] = text.trim().replace(/^U\+/iu, '').split('-');
  const start = Number.parseInt(from ?? '', 16);
  const end = to === undefined ? start : Number.parseInt(to, 16);
  if (!Number.isInteger(start) || !Number.isInteger(end) || end < start) throw new Error(`Bad unicode-range part: ${text}`);
  return [start, end];
}

/** The chunks of one @fontsource weight stylesheet. */
export function parseChunkStylesheet(css: string): FontChunk[] {
  const chunks: FontChunk[] = [];
  for (const match of css.matchAll(FACE)) {
    const body = match[1] ?? '';
    const file = WOFF_URL.exec(body)?.[1];
    const range = RANGE.exec(body)?.[1];
    const weight = WEIGHT.exec(body)?.[1];
    if (file === undefined || range === undefined || weight === undefined) continue;
    chunks.push({ file, weight: Number(weight), ranges: range.split(',').map(parseRange) });
  }
  return chunks;
}

/**
 * Which chunks cover a code point, found by binary search over every chunk's ranges: a document's few hundred
 * characters against two hundred chunks of a hundred ranges each, tried one by one, took tens of milliseconds.
 */
export interface ChunkIndex {
  /** The chunks covering `codePoint`, in stylesheet order (the package's language chunks overlap the others). */
  chunksOf(codePoint: number): readonly FontChunk[];
}

export function indexChunks(chunks: readonly FontChunk[]): ChunkIndex {
  const ranges = chunks
    .flatMap((chunk, order) => chunk.ranges.map(([start, end]) => ({ start, end, order, chunk })))
    .sort((a, b) => a.start - b.start || a.order - b.order);
  // The longest range so far at each position, so a search can stop scanning left once nothing can reach it.
  const reach: number[] = [];
  for (const [i, range] of ranges.entries()) reach.push(Math.max(range.end, i === 0 ? -1 : reach[i - 1]!));
  return {
    chunksOf(codePoint) {
      // The last range starting at or before the code point, then back while an earlier one may still cover it.
      let low = 0;
      let high = ranges.length - 1;
      let last = -1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        if (ranges[middle]!.start <= codePoint) {
          last = middle;
          low = middle + 1;
        } else high = middle - 1;
      }
      const found: { order: number; chunk: FontChunk }[] = [];
      for (let i = last; i >= 0 && reach[i]! >= codePoint; i--) if (ranges[i]!.end >= codePoint) found.push(ranges[i]!);
      return found.sort((a, b) => a.order - b.order).map((range) => range.chunk);
    },
  };
}

/** `U+4e00,U+4e09-4e0b`: the code points as CSS unicode-range, consecutive ones merged. */
export function unicodeRangeOf(codePoints: readonly number[]): string {
  const sorted = [...codePoints].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    const from = sorted[i]!.toString(16);
    parts.push(j === i ? `U+${from}` : `U+${from}-${sorted[j]!.toString(16)}`);
    i = j + 1;
  }
  return parts.join(',');
}
