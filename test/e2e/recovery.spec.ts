import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, saveScreenshot } from './support/app-harness';
import type { AppHandle } from './support/app-harness';
import { RefundListPage } from './pages/refund-list-page';

describe('a damaged data file', () => {
  let app: AppHandle | undefined;
  let dataDir = '';
  afterEach(async () => {
    await app?.close();
    app = undefined;
    // The folder outlives one app on purpose (it is damaged between two starts), so the spec removes it.
    if (dataDir !== '') await rm(dataDir, { recursive: true, force: true });
  });

  it('is named in a banner that says where the original was kept, until the owner dismisses it', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'refunddesk-e2e-recovery-'));
    const first = await launchApp({ dataDir, start: 'demo-shop' });
    await new RefundListPage(first.page).waitUntilShown();
    await new RefundListPage(first.page).rows.first().waitFor();
    await first.close();
    const [damaged] = (await readdir(join(dataDir, 'ledger'))).filter((name) => name.endsWith('.json')).sort();
    expect(damaged).toBeDefined();
    // A power cut in the middle of a write leaves half a file behind.
    await writeFile(join(dataDir, 'ledger', damaged ?? ''), '{"partitions": [{"id": ');

    app = await launchApp({ dataDir, start: 'first-run' });
    const { page } = app;
    const banner = page.getByRole('alert').filter({ hasText: '有数据文件损坏，已自动处理' });
    await banner.waitFor();
    const text = await banner.innerText();
    expect(text).toContain(`ledger/${damaged ?? ''}`);
    expect(text).toContain('原文件已原样保留在 quarantine/');
    expect(text).toMatch(/可能缺失|已恢复到/);
    await saveScreenshot(app, 'recovery-banner');

    // The rest of the ledger is still there and usable.
    const list = new RefundListPage(page);
    await list.waitUntilShown();
    await list.rows.first().waitFor();
    expect(await list.total()).toBeGreaterThan(0);

    await banner.getByRole('button', { name: '知道了' }).click();
    await banner.waitFor({ state: 'detached' });
    expect(app.foreignRequests).toEqual([]);
  });
});
