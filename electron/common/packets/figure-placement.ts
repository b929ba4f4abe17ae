/**
 * Where an attached image goes on its page, and how it is turned upright (packet-images.ts draws it; packet-html.ts
 * keeps the room for it). The rules are the ones the page's CSS had for an inline image: never wider than the
 * printable width, never larger than its own size at 96 px per inch (a small picture is not blown up into a
 * blur), centred, at the top of its area — which now reaches down to the bottom margin.
 */
import type { Orientation } from './exif-orientation';

const PT_PER_MM = 72 / 25.4;
/** CSS px are 1/96 inch; a PDF point is 1/72 inch. */
const PT_PER_CSS_PX = 72 / 96;

export const mmToPt = (mm: number): number => mm * PT_PER_MM;

/** At most this much of the page is kept for the image below its caption: more room pushes it to a page of its own. */
export const FIGURE_SLOT_MAX_MM = 120;

export interface PixelSize {
  readonly width: number;
  readonly height: number;
}

/** A rectangle in PDF points: x, y its bottom-left corner. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The picture's size as shown: orientations 5–8 stand it on its side. */
export function shownSize(stored: PixelSize, orientation: Orientation): PixelSize {
  return orientation >= 5 ? { width: stored.height, height: stored.width } : stored;
}

/** The height the page keeps for the image (mm): its height at the printable width or its own size, capped. */
export function slotHeightMm(shown: PixelSize, contentWidthMm: number): number {
  const ownWidthMm = (shown.width * 25.4) / 96;
  const widthMm = Math.min(contentWidthMm, ownWidthMm);
  const heightMm = (widthMm * shown.height) / shown.width;
  return Math.round(Math.min(FIGURE_SLOT_MAX_MM, Math.max(heightMm, 1)) * 10) / 10;
}

/** The image's rectangle inside `area`: fitted, at most its own size, centred horizontally, at the top. */
export function fitFigure(shown: PixelSize, area: Box): Box {
  const scale = Math.min(area.width / shown.width, area.height / shown.height, PT_PER_CSS_PX);
  const width = shown.width * scale;
  const height = shown.height * scale;
  return { x: area.x + (area.width - width) / 2, y: area.y + area.height - height, width, height };
}

/**
 * The `cm` matrix [a b c d e f] that draws a stored image (PDF's unit square, its first row at the top) into
 * `box` the way Exif orientation says it is meant to be seen.
 */
export function orientationMatrix(orientation: Orientation, box: Box): readonly [number, number, number, number, number, number] {
  const { x, y, width: w, height: h } = box;
  switch (orientation) {
    case 1:
      return [w, 0, 0, h, x, y];
    case 2:
      return [-w, 0, 0, h, x + w, y];
    case 3:
      return [-w, 0, 0, -h, x + w, y + h];
    case 4:
      return [w, 0, 0, -h, x, y + h];
    case 5:
      return [0, -h, -w, 0, x + w, y + h];
    case 6:
      return [0, -h, w, 0, x, y + h];
    case 7:
      return [0, h, w, 0, x, y];
    case 8:
      return [0, h, -w, 0, x + w, y];
  }
}
