import { describe, expect, it } from 'vitest';
import { qrMatrix, qrSvg } from '../../../electron/common/receipts/qr-svg';

const PAYLOAD = `RD1|TK-202611-0001|${'a1b2c3d4'.repeat(8)}|3F2A9C0177B4E2105D6C|1`;

describe('qrSvg', () => {
  it('is deterministic', () => {
    expect(qrSvg(PAYLOAD)).toBe(qrSvg(PAYLOAD));
  });

  it('is one svg with a white rect and one path, nothing else', () => {
    const svg = qrSvg(PAYLOAD);
    expect(svg).toMatch(/^<svg class="qr" viewBox="0 0 (\d+) \1" shape-rendering="crispEdges" role="img" aria-hidden="true">/u);
    expect(svg.endsWith('</svg>')).toBe(true);
    const tags = [...svg.matchAll(/<\/?([a-z]+)/gu)].map((match) => match[1]);
    expect(tags).toEqual(['svg', 'rect', 'path', 'svg']);
    expect(svg).not.toMatch(/script|href|url\(|http|on[a-z]+=/iu);
    expect(svg).toMatch(/<path fill="#000" d="(?:M\d+ \d+h\d+v1h-\d+z)+"\/>/u);
  });

  it('sizes the code from the payload, quiet zone included', () => {
    const small = qrMatrix('RD1');
    const large = qrMatrix(PAYLOAD);
    expect(small.size).toBe(21);
    expect(large.size).toBeGreaterThan(small.size);
    // Version n has 17 + 4n modules per side.
    expect((large.size - 17) % 4).toBe(0);
    expect(qrSvg(PAYLOAD)).toContain(`viewBox="0 0 ${large.size + 8} ${large.size + 8}"`);
  });

  it('draws the three finder patterns where the standard puts them', () => {
    const { size, isDark } = qrMatrix(PAYLOAD);
    for (const [row, col] of [[0, 0], [0, size - 7], [size - 7, 0]] as const) {
      // 7×7: dark ring, light ring, dark 3×3 centre.
      expect(isDark(row, col)).toBe(true);
      expect(isDark(row + 6, col + 6)).toBe(true);
      expect(isDark(row + 1, col + 1)).toBe(false);
      expect(isDark(row + 3, col + 3)).toBe(true);
    }
  });

  it('draws exactly the dark modules', () => {
    const { size, isDark } = qrMatrix(PAYLOAD);
    let dark = 0;
    for (let row = 0; row < size; row += 1) for (let col = 0; col < size; col += 1) if (isDark(row, col)) dark += 1;
    const d = /<path fill="#000" d="([^"]+)"/u.exec(qrSvg(PAYLOAD))?.[1] ?? '';
    const drawn = [...d.matchAll(/h(\d+)v1/gu)].reduce((sum, match) => sum + Number(match[1]), 0);
    expect(drawn).toBe(dark);
  });

  it('encodes non-ASCII text as UTF-8 without throwing', () => {
    expect(qrMatrix('退款 TK-1').size).toBeGreaterThanOrEqual(21);
  });
});
