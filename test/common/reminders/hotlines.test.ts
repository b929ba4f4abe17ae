import { describe, expect, it } from 'vitest';
import { cleanHotlines, DEFAULT_HOTLINES, hotlineDirectory } from '../../../electron/common/reminders/hotlines';

describe('hotline directory', () => {
  it('ships DOMAIN §3.7’s numbers, each with a source and a verified date', () => {
    expect(DEFAULT_HOTLINES.map((entry) => [entry.id, entry.number, entry.source])).toEqual([
      ['wechat_pay', '95017', 'official'],
      ['alipay', '95188', 'third_party'],
      ['unionpay', '95516', 'third_party'],
      ['pboc', '12363', 'official'],
      ['nfra', '12378', 'third_party'],
      ['samr', '12315', 'third_party'],
    ]);
    for (const entry of DEFAULT_HOTLINES) expect(entry.lastVerified).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
  });

  it('keeps the owner’s edits, fills missing entries, and ignores a blank number', () => {
    const edited = cleanHotlines([
      { id: 'alipay', number: ' 95188 ', source: 'official', sourceNote: ' 支付宝官网 ', lastVerified: '2026-11-21' },
      { id: 'pboc', number: '  ', source: 'official', sourceNote: '', lastVerified: '2026-11-21' },
    ]);
    expect(edited).toHaveLength(6);
    expect(edited[1]).toEqual({ id: 'alipay', number: '95188', source: 'official', sourceNote: '支付宝官网', lastVerified: '2026-11-21' });
    expect(edited[3]).toEqual(DEFAULT_HOTLINES[3]);
    expect(hotlineDirectory(undefined)).toEqual(DEFAULT_HOTLINES);
  });
});
