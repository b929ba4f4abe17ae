/**
 * Five years of a shop that rarely marks refunds done: far more open reminders than a screen can hold. Today gets
 * fifty of a group from main at a time (`reminder.list` limits), counts all of them, and "show more" asks for the
 * next fifty; putting one aside keeps what was already shown. The shop is the benchmark's smoke shop (scripts/bench),
 * generated on main's clock, which is why this runs only in the Chromium harness.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BENCH_NOW, SMOKE } from '../../../scripts/bench/bench-config';
import { generateDataset } from '../../../scripts/bench/dataset/generate-dataset';
import { FixedClock } from '../../support/fixed-clock';
import { launchApp, saveScreenshot } from '../support/app-harness';
import type { AppHandle } from '../support/app-harness';
import { TodayPage } from '../pages/today-page';

const PAGE = 50;

describe('today screen with hundreds of reminders', () => {
  let app: AppHandle | undefined;
  let root: string | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
    if (root !== undefined) await rm(root, { recursive: true, force: true });
    root = undefined;
  });

  it('shows fifty of a group with the whole count, fifty more on "show more", and keeps them after putting one aside', async () => {
    root = await mkdtemp(join(tmpdir(), 'refunddesk-e2e-many-'));
    const shop = await generateDataset(SMOKE, SMOKE.sizes[0] ?? 1_000, root);
    app = await launchApp({ dataDir: shop.dataDir, clock: new FixedClock(new Date(BENCH_NOW), 1_000) });
    const { page } = app;
    const today = new TodayPage(page);
    await today.waitUntilShown();
    await today.cards.first().waitFor();

    // The biggest group: its heading counts every reminder in it, its cards stop at a page.
    const sections = page.locator('section.today__section');
    const counts = await page.locator('.today__count').allInnerTexts();
    const biggest = counts.map(Number).reduce((best, count, index, all) => (count > (all[best] ?? 0) ? index : best), 0);
    const section = sections.nth(biggest);
    const total = Number(counts[biggest]);
    expect(total).toBeGreaterThan(PAGE);
    const cards = section.locator('article.reminder');
    expect(await cards.count()).toBe(PAGE);
    // The header badge counts every reminder, not the cards on screen.
    const all = counts.reduce((sum, count) => sum + Number(count), 0);
    expect(await today.badge.innerText()).toBe(String(all));
    await saveScreenshot(app, 'today-many');

    const more = section.getByRole('button', { name: /^再显示/ });
    await more.click();
    const expected = Math.min(total, 2 * PAGE);
    await expect.poll(() => cards.count()).toBe(expected);

    // Putting the first card aside: one fewer in all, and the second page stays on screen.
    await today.putAside(cards.first(), 'dismiss', '已在银行查过，不用再提醒');
    await expect.poll(async () => Number(await section.locator('.today__count').innerText())).toBe(total - 1);
    await expect.poll(() => cards.count()).toBe(Math.min(total - 1, 2 * PAGE));
    expect(await today.badge.innerText()).toBe(String(all - 1));
    expect(app.foreignRequests).toEqual([]);
  }, 90_000);
});
