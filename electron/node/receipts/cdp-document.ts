/**
 * The one rendering path of a receipt, over the Chrome DevTools Protocol. Electron's hidden print window
 * (`webContents.debugger`) and the end-to-end harness (Playwright's `CDPSession`) both put the document into a blank
 * page and drive it through these calls, so the preview PNG, the PDF and the printed paper are one layout: the
 * page is laid out at the paper's width in print media, measured, then printed or captured.
 */
import type { PaperSpec } from '../../common/receipts/receipt';

/** What both Electron's debugger and Playwright's CDPSession can do (each gets a one-line adapter). */
export interface CdpSession {
  send(method: string, params?: object): Promise<unknown>;
}

const MM_PER_INCH = 25.4;
const CSS_PX_PER_INCH = 96;
/** Chrome refuses (or clips) PDF pages taller than 200 inches: PDF's default user space tops out at 14,400 pt. */
export const MAX_PAGE_HEIGHT_MM = 200 * MM_PER_INCH;
/**
 * A thermal page is the content's height plus this much: layout heights are fractional and Chrome rounds the
 * page box, so an exact fit can spill one pixel onto a second, blank page — which a roll printer would feed.
 */
export const THERMAL_SLACK_MM = 1;

export function mmToCssPx(mm: number): number {
  return (mm / MM_PER_INCH) * CSS_PX_PER_INCH;
}

export function cssPxToMm(px: number): number {
  return (px / CSS_PX_PER_INCH) * MM_PER_INCH;
}

export function isRoll(paper: PaperSpec): boolean {
  return paper.heightMm === undefined;
}

/**
 * Lays the page out as the printer will: the paper's width in CSS px (96 dpi, no device scaling) and print
 * media, so `@media print` rules apply to the preview too. The viewport is 1 px high so the measured content
 * height is the document's own, never stretched to a window.
 */
export async function fitToPaper(cdp: CdpSession, paper: PaperSpec): Promise<void> {
  await cdp.send('Emulation.setDeviceMetricsOverride', {
    width: Math.round(mmToCssPx(paper.widthMm)),
    height: 1,
    deviceScaleFactor: 1,
    mobile: false,
  });
  await cdp.send('Emulation.setEmulatedMedia', { media: 'print' });
}

/** The laid-out content height in mm (call after fitToPaper). */
export async function measureContentMm(cdp: CdpSession): Promise<number> {
  const metrics = await cdp.send('Page.getLayoutMetrics');
  const height = readNumber(metrics, 'cssContentSize', 'height');
  if (height === undefined || height <= 0) throw new Error('Page.getLayoutMetrics gave no content height.');
  return cssPxToMm(height);
}

/** The height the page prints at: the sheet's, or a roll's measured content plus slack. */
export function pageHeightMm(paper: PaperSpec, contentMm: number): number {
  return paper.heightMm ?? Math.ceil((contentMm + THERMAL_SLACK_MM) * 10) / 10;
}

/**
 * The PDF of the page. Margins are zero because the document's own padding is the margin (a thermal printer's
 * unprintable edge is in PaperSpec.marginMm, which the HTML applies); the page size comes from here, never from
 * CSS `@page`, so one HTML serves every paper. A roll taller than Chrome's 200-inch page limit (about 5 m of
 * paper — never a real receipt) is split into roll-width pages of at most that height: the receipt still comes
 * out whole, in pieces, rather than cut off.
 */
export async function printPdf(cdp: CdpSession, paper: PaperSpec, heightMm: number): Promise<Uint8Array> {
  const pageMm = Math.min(heightMm, MAX_PAGE_HEIGHT_MM);
  const result = await cdp.send('Page.printToPDF', {
    paperWidth: paper.widthMm / MM_PER_INCH,
    paperHeight: pageMm / MM_PER_INCH,
    marginTop: 0,
    marginBottom: 0,
    marginLeft: 0,
    marginRight: 0,
    printBackground: true,
    preferCSSPageSize: false,
    displayHeaderFooter: false,
    scale: 1,
  });
  return decodeData(result, 'Page.printToPDF');
}

/** A PNG of the page at twice its CSS size (sharp on high-dpi screens), clipped to the paper width and height. */
export async function capturePng(cdp: CdpSession, paper: PaperSpec, heightMm: number): Promise<Uint8Array> {
  const result = await cdp.send('Page.captureScreenshot', {
    format: 'png',
    captureBeyondViewport: true,
    clip: { x: 0, y: 0, width: mmToCssPx(paper.widthMm), height: mmToCssPx(heightMm), scale: 2 },
  });
  return decodeData(result, 'Page.captureScreenshot');
}

/**
 * Puts the job's HTML into the page — which the engine has just navigated to `about:blank`, so every job gets a
 * fresh document — and waits until it is loaded (its data: images and fonts included). Not a data: URL: Chromium
 * copies and checks a navigation's URL at every step, which took ~1.3 s for a receipt with its embedded fonts
 * (~0.1 s this way), and refuses one over 2 MB (a packet printed with its photos inline).
 */
export async function showDocument(cdp: CdpSession, html: string): Promise<void> {
  const tree = await cdp.send('Page.getFrameTree');
  const frameId = readString(tree, 'frameTree', 'frame', 'id');
  if (frameId === undefined) throw new Error('Page.getFrameTree gave no main frame.');
  await cdp.send('Page.setDocumentContent', { frameId, html });
  await loadComplete(cdp);
}

/** How long showDocument waits for the document's load at most; then it goes on with what is there. */
export const LOAD_WAIT_MS = 10_000;
const LOAD_POLL_MS = 10;

/**
 * Asks for `document.readyState` until it is `complete`. Asked from here because the page cannot tell us: with
 * its scripts off, Blink runs no event listener or timer in it (not even one DevTools added), so a `load`
 * listener would never fire. A receipt is complete at the first ask; a document with images a few asks later.
 */
async function loadComplete(cdp: CdpSession): Promise<void> {
  const deadline = Date.now() + LOAD_WAIT_MS;
  for (;;) {
    let state: unknown;
    try {
      state = readPath(await cdp.send('Runtime.evaluate', { expression: 'document.readyState', returnByValue: true }), ['result', 'value']);
    } catch {
      return; // an engine that will not evaluate: go on, as the fonts' wait does
    }
    if (state === 'complete' || Date.now() >= deadline) return;
    await new Promise((resolve) => setTimeout(resolve, LOAD_POLL_MS));
  }
}

/**
 * Waits until the document's web fonts (the embedded print font) are loaded. A face starts loading only when
 * layout first needs it, and Chromium prints or measures whatever it has at that moment. So: lay out (reading
 * offsetHeight) at the paper's width, then wait for `document.fonts.ready`. This is DevTools evaluating one fixed
 * expression; the page's own scripts stay disabled (Blink runs inspector evaluation, and settles the promise
 * Blink itself resolves, even when a page may not script). Should an engine refuse it, the job goes on: the faces
 * are `font-display:swap`, so text not yet in the print font shows in an installed one rather than blank. False
 * when the wait could not be confirmed.
 */
export function fontsLoaded(cdp: CdpSession): Promise<boolean> {
  return evaluated(cdp, 'void document.documentElement.offsetHeight; document.fonts.ready.then((fonts) => fonts.size)');
}

/**
 * Runs one of this file's fixed expressions in the page through DevTools and waits for its promise. False when
 * the engine refused or the page threw: the caller goes on (what it waited for is then most likely there anyway).
 */
async function evaluated(cdp: CdpSession, expression: string): Promise<boolean> {
  try {
    const result = await cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    return typeof result === 'object' && result !== null && !('exceptionDetails' in result);
  } catch {
    return false;
  }
}

/**
 * Fits and measures in one step; the height to print or show. A sheet's preview covers the whole content when
 * it runs past one sheet (the PDF then has several sheets; a receipt fits on one).
 */
export async function layOut(cdp: CdpSession, paper: PaperSpec): Promise<{ readonly contentMm: number; readonly pageMm: number }> {
  await fitToPaper(cdp, paper);
  await fontsLoaded(cdp);
  const contentMm = await measureContentMm(cdp);
  return { contentMm, pageMm: pageHeightMm(paper, contentMm) };
}

export async function renderPdf(cdp: CdpSession, paper: PaperSpec): Promise<{ readonly bytes: Uint8Array; readonly heightMm: number }> {
  const { pageMm } = await layOut(cdp, paper);
  return { bytes: await printPdf(cdp, paper, pageMm), heightMm: pageMm };
}

export async function renderPng(cdp: CdpSession, paper: PaperSpec): Promise<{ readonly bytes: Uint8Array; readonly heightMm: number }> {
  const { contentMm, pageMm } = await layOut(cdp, paper);
  const shownMm = isRoll(paper) ? pageMm : Math.max(pageMm, contentMm);
  return { bytes: await capturePng(cdp, paper, shownMm), heightMm: shownMm };
}

function readPath(value: unknown, path: readonly string[]): unknown {
  let current: unknown = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function readString(value: unknown, ...path: readonly string[]): string | undefined {
  const found = readPath(value, path);
  return typeof found === 'string' && found !== '' ? found : undefined;
}

function readNumber(value: unknown, ...path: readonly string[]): number | undefined {
  const found = readPath(value, path);
  return typeof found === 'number' && Number.isFinite(found) ? found : undefined;
}

function decodeData(result: unknown, method: string): Uint8Array {
  const data = typeof result === 'object' && result !== null ? (result as Record<string, unknown>)['data'] : undefined;
  if (typeof data !== 'string' || data === '') throw new Error(`${method} returned no data.`);
  return new Uint8Array(Buffer.from(data, 'base64'));
}
