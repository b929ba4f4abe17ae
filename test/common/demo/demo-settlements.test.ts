import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../../../electron/common/calendar/working-calendar';
import { buildDemoSettlements } from '../../../electron/common/demo/demo-settlements';
import { expectedSettlementDate } from '../../../electron/common/settlements/settlement-due';
import { verifySettlementChain } from '../../../electron/common/settlements/settlement-chain';
import { settlementViewOf } from '../../../electron/common/settlements/settlement-view';
import { OFFICIAL_2026 } from '../../fixtures/calendar/official-schedules';
import { nodeHasher } from '../../support/node-hasher';

const calendar = createWorkingCalendar({ schedules: [OFFICIAL_2026] });
const build = (now: string) =>
  buildDemoSettlements({
    seed: 7,
    now: new Date(now),
    hasher: nodeHasher,
    expectedBy: (date, cycle) => expectedSettlementDate(date, cycle, calendar).date,
  });

describe('the demo shop’s settlements', () => {
  it('is the same for the same seed and clock, three accounts × six weeks, every chain intact', () => {
    const first = build('2026-11-20T10:00:00+08:00');
    expect(build('2026-11-20T10:00:00+08:00')).toEqual(first);
    expect(first.accounts.map((account) => account.name)).toEqual(['收银台 POS', '微信收款码', '支付宝收款码']);
    expect(first.days).toHaveLength(3 * 42);
    expect(first.days.every((day) => verifySettlementChain(day.events, nodeHasher))).toBe(true);
    expect(new Set(first.days.map((day) => day.id)).size).toBe(first.days.length);
  });

  it('has exactly one late card day and one short WeChat day on a Friday morning; the rest are on time or not yet due', () => {
    const today = '2026-11-20';
    const { accounts, days } = build(`${today}T10:00:00+08:00`);
    const views = days.map((day) => settlementViewOf(day, accounts.find((account) => account.id === day.accountId), calendar, today));
    const notFine = views.filter((view) => view.state !== 'received').map((view) => `${view.day.businessDate} ${view.accountName} ${view.state}`);
    expect(notFine).toEqual([
      '2026-11-12 微信收款码 short',
      '2026-11-17 收银台 POS late',
      '2026-11-19 收银台 POS due_today',
      '2026-11-19 微信收款码 due_today',
      '2026-11-19 支付宝收款码 due_today',
    ]);
    const short = views.find((view) => view.state === 'short');
    expect(short?.difference).toBe(-2340);
  });

  it('holds back a card day due before yesterday even after a holiday week', () => {
    const { accounts, days } = build('2026-10-13T09:00:00+08:00');
    const views = days.map((day) => settlementViewOf(day, accounts.find((account) => account.id === day.accountId), calendar, '2026-10-13'));
    const late = views.filter((view) => view.state === 'late');
    // Friday 10-9's sales settle T+1 on Saturday 10-10, a 调休 make-up working day: the last day due before
    // yesterday (Monday 10-12). Sales of 9-30 settled on 10-8, after National Day, and arrived.
    expect(late.map((view) => `${view.day.businessDate}→${view.expectedBy}`)).toEqual(['2026-10-09→2026-10-10']);
    expect(views.find((view) => view.day.businessDate === '2026-09-30' && view.source === 'pos')?.expectedBy).toBe('2026-10-08');
  });
});
