import { describe, expect, it } from 'vitest';
import { cleanCounterSettings } from '../../electron/common/domain/counter-settings';
import { counterSettingsArgSchema } from '../../electron/common/ipc/schemas-counter';
import { draftOf, rateBp, settingsOf } from '../../renderer/features/settings/counter-settings-draft';

describe('counter settings form', () => {
  it('reads a percent rate exactly as basis points', () => {
    expect(rateBp('0.6')).toBe(60);
    expect(rateBp('0.38%')).toBe(38);
    expect(rateBp('')).toBeUndefined();
    expect(rateBp('abc')).toBeNaN();
  });

  it('leaves unknown values unset instead of inventing defaults, and round-trips', () => {
    const draft = draftOf(undefined);
    const empty = settingsOf(draft);
    expect(empty).toEqual({ ok: true, value: { terminals: [], acquirers: [] } });
    const filled = settingsOf({
      ...draft,
      terminals: [{ key: 'a', terminalNo: ' 12345678 ', acquirer: '银联商务', cutoff: '23:00' }],
      acquirers: [{ key: 'b', name: '银联商务', windowDays: '', fee: 'unknown' }],
      wechatRate: '0.6',
    });
    expect(filled.ok).toBe(true);
    if (!filled.ok) return;
    expect(counterSettingsArgSchema.safeParse(filled.value).success).toBe(true);
    expect(cleanCounterSettings(filled.value)).toEqual({
      terminals: [{ terminalNo: '12345678', acquirer: '银联商务', cutoff: '23:00' }],
      acquirers: [{ name: '银联商务' }],
      wechatFeeRateBp: 60,
    });
    expect(settingsOf({ ...draft, terminals: [{ key: 'c', terminalNo: '1', acquirer: '', cutoff: '24:00' }] })).toEqual({
      ok: false,
      field: 'terminals.0.cutoff',
    });
  });
});
