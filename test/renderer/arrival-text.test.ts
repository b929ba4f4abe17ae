import { describe, expect, it } from 'vitest';
import type { ExpectedArrival } from '../../electron/common/calendar/expected-arrival';
import { arrivalText } from '../../renderer/features/calendar/arrival-text';
import { overridesOf, draftOfTable } from '../../renderer/features/calendar/arrival-table-draft';
import { arrivalTable } from '../../electron/common/calendar/arrival-windows';
import { testI18n } from './support';

const cardRefund: ExpectedArrival = {
  precision: 'date',
  earliest: '2026-11-25',
  latest: '2026-11-27',
  beyondCoverage: false,
  basis: { rows: [{ route: 'unionpay_refund', window: { unit: 'working_days', min: 3, max: 5 }, source: 'agent' }], from: 'done', fromAt: '2026-11-20T07:00:00.000Z' },
};

describe('arrivalText', () => {
  it('reads like the counter says it', () => {
    expect(arrivalText(testI18n('zh-CN'), cardRefund)).toBe('11月25日–11月27日（3–5 个工作日，来源：代理商）');
    expect(arrivalText(testI18n('en'), cardRefund)).toBe('25 Nov–27 Nov (3–5 working days, source: agent)');
  });

  it('says when there is no rule and when it counts from now', () => {
    const unknown: ExpectedArrival = {
      unknown: true,
      beyondCoverage: false,
      basis: { rows: [{ route: 'credit_card', source: 'unverified' }], from: 'now', fromAt: '2026-11-20T07:00:00.000Z' },
    };
    const zh = arrivalText(testI18n('zh-CN'), unknown);
    expect(zh).toContain('无固定规则');
    expect(zh).toContain('信用卡：未设置，来源：未核实');
    expect(zh).toContain('按现在办理估算');
  });

  it('shows minutes as local times', () => {
    const voided: ExpectedArrival = {
      precision: 'instant',
      earliest: '2026-11-20T07:00:00.000Z',
      latest: '2026-11-20T07:10:00.000Z',
      beyondCoverage: false,
      basis: { rows: [{ route: 'unionpay_void', window: { unit: 'minutes', min: 0, max: 10 }, source: 'agent' }], from: 'done', fromAt: '2026-11-20T07:00:00.000Z' },
    };
    expect(arrivalText(testI18n('zh-CN'), voided)).toBe('11月20日 15:00–11月20日 15:10（约 10 分钟内，来源：代理商）');
  });
});

describe('arrival table draft', () => {
  it('keeps only changed rows as overrides and refuses bad numbers', () => {
    const draft = draftOfTable(arrivalTable([]));
    expect(overridesOf(draft)).toEqual({ ok: true, value: [] });
    const changed = draft.map((row) => (row.route === 'credit_card' ? { ...row, unit: 'working_days' as const, min: '7', max: '15' } : row));
    expect(overridesOf(changed)).toEqual({ ok: true, value: [{ route: 'credit_card', window: { unit: 'working_days', min: 7, max: 15 } }] });
    const bad = draft.map((row) => (row.route === 'wechat_card' ? { ...row, min: '5', max: '2' } : row));
    expect(overridesOf(bad)).toEqual({ ok: false, route: 'wechat_card' });
  });
});
