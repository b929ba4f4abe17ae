import { describe, expect, it } from 'vitest';
import type { Orientation } from '../../../electron/common/packets/exif-orientation';
import { FIGURE_SLOT_MAX_MM, fitFigure, orientationMatrix, shownSize, slotHeightMm } from '../../../electron/common/packets/figure-placement';

type Matrix = readonly [number, number, number, number, number, number];
const apply = ([a, b, c, d, e, f]: Matrix, u: number, v: number) => [a * u + c * v + e, b * u + d * v + f];

describe('orientationMatrix', () => {
  const box = { x: 10, y: 20, width: 100, height: 200 };
  const [left, right, bottom, top] = [10, 110, 20, 220];
  // Where the stored image's first pixel (top-left: u 0, v 1) and its first row's end (u 1, v 1) are shown.
  const expected: Record<Orientation, [number[], number[]]> = {
    1: [[left, top], [right, top]],
    2: [[right, top], [left, top]],
    3: [[right, bottom], [left, bottom]],
    4: [[left, bottom], [right, bottom]],
    5: [[left, top], [left, bottom]],
    6: [[right, top], [right, bottom]],
    7: [[right, bottom], [right, top]],
    8: [[left, bottom], [left, top]],
  };

  it.each(Object.entries(expected))('orientation %s puts the first row where Exif says and fills the box', (key, [first, rowEnd]) => {
    const m = orientationMatrix(Number(key) as Orientation, box);
    expect(apply(m, 0, 1)).toEqual(first);
    expect(apply(m, 1, 1)).toEqual(rowEnd);
    const corners = [apply(m, 0, 0), apply(m, 1, 0), apply(m, 0, 1), apply(m, 1, 1)];
    expect(corners.map(([x]) => x).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([left, left, right, right]);
    expect(corners.map(([, y]) => y).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([bottom, bottom, top, top]);
  });
});

describe('fitting', () => {
  const area = { x: 42.5, y: 51, width: 510, height: 600 };

  it('stands orientations 5 to 8 on their side', () => {
    expect(shownSize({ width: 4000, height: 3000 }, 6)).toEqual({ width: 3000, height: 4000 });
    expect(shownSize({ width: 4000, height: 3000 }, 3)).toEqual({ width: 4000, height: 3000 });
  });

  it('fits a large image, centred at the top of its area', () => {
    const tall = fitFigure({ width: 1080, height: 2340 }, area);
    expect(tall.height).toBeCloseTo(600);
    expect(tall.y + tall.height).toBeCloseTo(651);
    expect(tall.x - area.x).toBeCloseTo(area.x + area.width - (tall.x + tall.width));
    const wide = fitFigure({ width: 4000, height: 3000 }, area);
    expect(wide.width).toBeCloseTo(510);
    expect(wide.y + wide.height).toBeCloseTo(651);
  });

  it('never blows a small image up past its size at 96 px per inch', () => {
    expect(fitFigure({ width: 200, height: 100 }, area)).toMatchObject({ width: 150, height: 75 });
  });

  it('keeps room for the image at the printable width or its own size, at most the cap', () => {
    expect(slotHeightMm({ width: 4000, height: 3000 }, 180)).toBe(120);
    expect(slotHeightMm({ width: 4000, height: 2000 }, 180)).toBe(90);
    expect(slotHeightMm({ width: 96, height: 96 }, 180)).toBe(25.4);
    expect(slotHeightMm({ width: 1080, height: 2340 }, 180)).toBe(FIGURE_SLOT_MAX_MM);
  });
});
