import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppServices } from '../../electron/node/app-services';
import type { AppServices } from '../../electron/node/app-services';
import { FixedClock } from '../support/fixed-clock';

describe('the demo shop', () => {
  let services: AppServices | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await services?.close();
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
    services = undefined;
    dir = undefined;
  });

  it('comes with settlements and three cases that link its own records, one 调单 due tomorrow', async () => {
    dir = await mkdtemp(join(tmpdir(), 'refunddesk-demo-'));
    services = await openAppServices({ dataDir: dir, version: 'test', clock: new FixedClock('2026-11-20T10:00:00+08:00') });
    await services.handlers['app.setup']({ shopName: '测试小店', operatorName: '店长', language: 'zh-CN', loadDemo: true });

    const cases = await services.handlers['case.list']({ filter: 'all' });
    expect(cases.map((entry) => `${entry.kind} ${entry.status} ${entry.deadline ?? '-'}`)).toEqual([
      'retrieval open 2026-11-21',
      'missing_settlement open -',
      'not_arrived waiting_reply -',
    ]);
    for (const entry of cases) {
      const view = await services.handlers['case.get']({ id: entry.id });
      expect(view.chainValid).toBe(true);
      expect(view.linked.refunds.length + view.linked.payments.length + view.linked.settlements.length).toBeGreaterThan(0);
    }
    const reminders = await services.handlers['reminder.list']({});
    expect(reminders.items.filter((item) => item.subject === 'case').map((item) => `${item.severity} ${item.kind}`)).toEqual(['due_today case_deadline']);

    // The settlement accounts the settlement case links through.
    expect((await services.handlers['settlement.accounts']({})).map((account) => account.name)).toEqual(['收银台 POS', '微信收款码', '支付宝收款码']);
  });
});
