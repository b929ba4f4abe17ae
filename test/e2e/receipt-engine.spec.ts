/**
 * The receipt engine's one rendering path (electron/node/receipts/cdp-document.ts) in Debian's Chromium, without
 * the app build: page sizes read back from the PDF with poppler's `pdfinfo`, a thermal roll as one page as tall as
 * its content (never A4 pages), JavaScript off and no request leaving the page.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAPER } from '../../electron/common/receipts/receipt';
import { CHROMIUM_ARGS } from './support/chromium-args';
import { createChromiumReceiptEngine } from './support/chromium-receipt-engine';
import type { ChromiumReceiptEngine } from './support/chromium-receipt-engine';
import { chromiumPath, projectRoot } from './support/paths';
import { PRINT_FONT } from '../../electron/common/receipts/print-fonts';
import { RECEIPT_CSP } from '../../electron/common/receipts/receipt-html';
import { createPrintFontFaces } from '../../electron/node/receipts/print-fonts/print-font-faces';
import { printFontPackageDir } from '../../electron/node/receipts/print-fonts/print-font-dir';
import { withPrintFonts } from '../../electron/node/receipts/print-fonts/with-print-fonts';

const run = promisify(execFile);
const MM_TO_PT = 72 / 25.4;

const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`;

/**
 * A document whose content is exactly `heightMm` tall, with a CSP as the real receipt has; `extra` documents are
 * left without one, so the engine's own blocking (not the document's CSP) is what the test sees.
 */
function documentOf(heightMm: number, extra = ''): string {
  return `<!doctype html><html><head><meta charset="utf-8">${extra === '' ? CSP : ''}
<style>html,body{margin:0;padding:0}.block{height:${heightMm}mm;background:#000}</style></head>
<body><div class="block" id="block">退款凭证</div>${extra}</body></html>`;
}

let browser: Browser;
let engine: ChromiumReceiptEngine;
let dir = '';

async function pageSizes(pdf: Uint8Array): Promise<{ pages: number; width: number; height: number }> {
  const file = join(dir, `${String(Date.now())}-${String(Math.random()).slice(2)}.pdf`);
  await writeFile(file, pdf);
  const { stdout } = await run('pdfinfo', [file]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(stdout);
  return { pages, width: Number(size?.[1]), height: Number(size?.[2]) };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'refunddesk-receipt-engine-'));
  browser = await chromium.launch({ executablePath: chromiumPath, args: [...CHROMIUM_ARGS] });
  engine = await createChromiumReceiptEngine(browser);
});

afterAll(async () => {
  await engine.close();
  await browser.close();
  await rm(dir, { recursive: true, force: true });
});

describe('cdp-document in Chromium', () => {
  it('prints a 58 mm roll as one page 58 mm wide and as tall as its content (+1 mm)', async () => {
    const { bytes, heightMm } = await engine.pdf(documentOf(120), PAPER.thermal58);
    expect(heightMm).toBeGreaterThan(120);
    expect(heightMm).toBeLessThan(122.5);
    const info = await pageSizes(bytes);
    expect(info.pages).toBe(1);
    expect(Math.abs(info.width - 58 * MM_TO_PT)).toBeLessThanOrEqual(1); // 164.4 pt
    expect(Math.abs(info.height - heightMm * MM_TO_PT)).toBeLessThanOrEqual(1);
  });

  it('prints 80 mm rolls 80 mm wide', async () => {
    const info = await pageSizes((await engine.pdf(documentOf(60), PAPER.thermal80)).bytes);
    expect(info.pages).toBe(1);
    expect(Math.abs(info.width - 80 * MM_TO_PT)).toBeLessThanOrEqual(1);
  });

  it('prints an A4 document on A4 (595 × 842 pt) and A5 on A5', async () => {
    const a4 = await pageSizes((await engine.pdf(documentOf(100), PAPER.a4)).bytes);
    expect(a4).toMatchObject({ pages: 1 });
    expect(Math.abs(a4.width - 595)).toBeLessThanOrEqual(1);
    expect(Math.abs(a4.height - 842)).toBeLessThanOrEqual(1);
    const a5 = await pageSizes((await engine.pdf(documentOf(100), PAPER.a5)).bytes);
    expect(Math.abs(a5.width - 420)).toBeLessThanOrEqual(1);
    expect(Math.abs(a5.height - 595)).toBeLessThanOrEqual(1);
  });

  it('keeps a tall thermal receipt on one roll page, never A4 pages', async () => {
    const { bytes, heightMm } = await engine.pdf(documentOf(900), PAPER.thermal58);
    const info = await pageSizes(bytes);
    expect(info.pages).toBe(1);
    expect(Math.abs(info.width - 58 * MM_TO_PT)).toBeLessThanOrEqual(1);
    expect(info.height).toBeGreaterThan(900 * MM_TO_PT);
    expect(heightMm).toBeLessThan(902.5);
  });

  it('splits a roll past Chrome\'s 200-inch page limit into roll-width pages, so nothing is cut off', async () => {
    const info = await pageSizes((await engine.pdf(documentOf(5200), PAPER.thermal58)).bytes);
    expect(info.pages).toBe(2);
    expect(Math.abs(info.width - 58 * MM_TO_PT)).toBeLessThanOrEqual(1);
    expect(Math.abs(info.height - 200 * 72)).toBeLessThanOrEqual(1);
  });

  it('gives a preview PNG of the same page at twice the CSS size', async () => {
    const { bytes, heightMm } = await engine.png(documentOf(50), PAPER.thermal58);
    const png = Buffer.from(bytes);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(Math.abs(width - Math.round(((58 / 25.4) * 96) * 2))).toBeLessThanOrEqual(2);
    expect(Math.abs(height - ((heightMm / 25.4) * 96) * 2)).toBeLessThanOrEqual(2);
  });

  it('makes no request for a receipt (its CSP and the engine both keep it offline)', async () => {
    await engine.pdf(documentOf(40), PAPER.thermal80);
    await engine.png(documentOf(40), PAPER.thermal80);
    expect(engine.printRequests).toEqual([]);
  });

  it('runs no script and lets no request out, even when the document asks for both', async () => {
    let hits = 0;
    const server = createServer((_request, response) => {
      hits += 1;
      response.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const hostile = documentOf(
        30,
        `<script>document.getElementById('block').style.height='300mm'</script>
         <img src="http://127.0.0.1:${String(port)}/pixel.png"><link rel="stylesheet" href="http://127.0.0.1:${String(port)}/x.css">`,
      );
      const { heightMm } = await engine.pdf(hostile, PAPER.thermal58);
      // The script would have made the block 300 mm tall; the page measured is the 30 mm the HTML says.
      expect(heightMm).toBeLessThan(40);
      expect(hits).toBe(0);
      // Both were tried and aborted by the route, which counts them: the harness's proof of "nothing left".
      expect(engine.printRequests.length).toBeGreaterThanOrEqual(1);
      expect(engine.printRequests.every((url) => url.startsWith(`http://127.0.0.1:${String(port)}/`))).toBe(true);
    } finally {
      engine.printRequests.length = 0;
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('embeds the bundled print font as small TrueType subsets, never as Type 3 glyph programs, text intact', async () => {
    const fonted = withPrintFonts(engine, createPrintFontFaces({ dir: printFontPackageDir(projectRoot) }), (message) => {
      throw new Error(message);
    });
    const receipt = `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${RECEIPT_CSP}">
<style>body{font-family:${PRINT_FONT};margin:2mm}b{font-weight:700}</style></head>
<body><b>退款凭证 Refund receipt</b><p>实退金额 ¥113.90 张三丰</p></body></html>`;
    const file = join(dir, 'fonted.pdf');
    await writeFile(file, (await fonted.pdf(receipt, PAPER.thermal58)).bytes);
    const { stdout: fonts } = await run('pdffonts', [file]);
    const rows = fonts.split('\n').slice(2).filter((line) => line.trim() !== '');
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) expect(row).toMatch(/^[A-Z]{6}\+NotoSansSC-(Regular|Bold)\s+CID TrueType\s+Identity-H\s+yes yes yes/u);
    expect(rows.some((row) => row.includes('-Bold'))).toBe(true);
    const { stdout: text } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
    expect(text.replace(/\s+/gu, ' ')).toContain('退款凭证 Refund receipt 实退金额 ¥113.90 张三丰');
    expect(engine.printRequests).toEqual([]);
  });

  it('prints a document bigger than Chromium lets a data: URL be (a packet with its photos inline)', async () => {
    // A 3 MB inline image: past the 2 MB a navigation's URL may have, so only a document put in over DevTools prints.
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><!--${'x'.repeat(3_000_000)}--><rect width="10" height="10"/></svg>`;
    const big = documentOf(20, `<img alt="photo" style="width:20mm;height:20mm" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}">`);
    expect(big.length).toBeGreaterThan(3_000_000);
    const { bytes, heightMm } = await engine.pdf(big, PAPER.thermal58);
    expect(heightMm).toBeGreaterThan(40); // the block and the image below it, both laid out
    expect((await pageSizes(bytes)).pages).toBe(1);
    expect(engine.printRequests).toEqual([]);
  });

  it('records what the fake printer would get: the chosen printer and the roll at its measured height', async () => {
    await engine.print(documentOf(80), PAPER.thermal58, undefined);
    await engine.print(documentOf(80), PAPER.a4, 'HP_LaserJet');
    const [roll, sheet] = engine.printJobs;
    expect(roll?.printerName).toBe('XP-58');
    expect(roll?.heightMm).toBeGreaterThan(80);
    expect((await pageSizes(roll?.pdf ?? new Uint8Array())).pages).toBe(1);
    expect(sheet?.printerName).toBe('HP_LaserJet');
    expect(Math.abs((await pageSizes(sheet?.pdf ?? new Uint8Array())).height - 842)).toBeLessThanOrEqual(1);
    await expect(engine.print(documentOf(10), PAPER.a4, 'No such printer')).rejects.toThrow();
  });
});
