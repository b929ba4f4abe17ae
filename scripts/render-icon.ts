/**
 * Renders build/icon.svg to build/icon.png (512×512) in Debian's Chromium, for electron-builder.
 * Run by hand after changing the SVG: `npx tsx scripts/render-icon.ts`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const buildDir = join(import.meta.dirname, '../build');
const svg = await readFile(join(buildDir, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page.screenshot({ path: join(buildDir, 'icon.png'), omitBackground: true });
await browser.close();
