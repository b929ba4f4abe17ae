/**
 * The renderer at full size, in Debian's Chromium through the e2e harness (built renderer, real preload, main's
 * real handlers on the benchmark's data folder): how long until the first page of the list is on screen after a
 * load, and the longest main-thread task (PerformanceObserver 'longtask', buffered) while a person scrolls through
 * the list and types into its search box.
 */
import type { Page } from 'playwright-core';
import { launchChromiumApp } from '../../../test/e2e/support/chromium-app';
import { RefundListPage } from '../../../test/e2e/pages/refund-list-page';
import { FixedClock } from '../../../test/support/fixed-clock';
import { timingOf } from './stats';
import type { Timing } from './stats';

export interface RendererResult {
  readonly firstListPage: Timing;
  readonly longestTaskMs: number;
  readonly longTasks: number;
  readonly scrolledRows: number;
}

declare global {
  interface Window {
    __benchLongTasks?: number[];
  }
}

/** Installed before the app's own scripts on every load: collects every long task's duration. */
function observeLongTasks(): void {
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__benchLongTasks?.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
}

async function showFirstListPage(page: Page, list: RefundListPage): Promise<number> {
  const started = performance.now();
  await page.reload();
  await list.waitUntilShown();
  await list.rows.first().getByRole('cell').first().waitFor();
  return performance.now() - started;
}

/** Wheel-scrolls the list like a hand on a mouse, then jumps to the end and back with the keyboard. */
async function scrollThrough(page: Page, list: RefundListPage, steps: number): Promise<number> {
  const box = await list.rows.first().boundingBox();
  if (box === null) throw new Error('The list has no rows to scroll.');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 3);
  for (let step = 0; step < steps; step += 1) {
    await page.mouse.wheel(0, 1_200);
    await page.waitForTimeout(16);
  }
  await list.rows.first().focus();
  await page.keyboard.press('End');
  await page.waitForTimeout(300);
  await page.keyboard.press('Home');
  await page.waitForTimeout(300);
  const last = await list.rows.last().getAttribute('data-index');
  return Number(last ?? 0);
}

async function typeSearches(page: Page, list: RefundListPage): Promise<void> {
  for (const text of ['王芳', '8000', 'TK-2024']) {
    await list.searchFor(text);
    await page.waitForTimeout(400);
    await list.search.fill('');
    await page.waitForTimeout(200);
  }
  await page.keyboard.press('/');
  for (const char of '13800') await page.keyboard.type(char, { delay: 90 });
  await page.waitForTimeout(500);
}

export async function runRendererPhase(dataDir: string, now: Date, loads: number, scrollSteps: number): Promise<RendererResult> {
  const app = await launchChromiumApp(dataDir, undefined, new FixedClock(now, 1_000));
  try {
    const { page } = app;
    await page.addInitScript(observeLongTasks);
    const list = new RefundListPage(page);
    const loadTimes: number[] = [];
    await showFirstListPage(page, list); // warm-up: the renderer's files in the OS cache, V8's code cache
    for (let load = 0; load < loads; load += 1) loadTimes.push(await showFirstListPage(page, list));
    // Only what the person does from here on counts for the long tasks.
    await page.evaluate(() => {
      window.__benchLongTasks = [];
    });
    const scrolledRows = await scrollThrough(page, list, scrollSteps);
    await typeSearches(page, list);
    const tasks = await page.evaluate(() => window.__benchLongTasks ?? []);
    return { firstListPage: timingOf(loadTimes), longestTaskMs: Math.max(0, ...tasks), longTasks: tasks.length, scrolledRows };
  } finally {
    await app.close();
  }
}
