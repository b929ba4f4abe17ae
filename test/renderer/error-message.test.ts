import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../electron/common/domain/errors';
import type { WireError } from '../../electron/common/domain/errors';
import { errorMessage } from '../../renderer/i18n/error-message';
import { testI18n } from './support';

const zh = testI18n('zh-CN');
const en = testI18n('en');

function wire(code: WireError['code'], params?: WireError['params'], field?: string): WireError {
  return { code, message: 'fallback', ...(params === undefined ? {} : { params }), ...(field === undefined ? {} : { field }) };
}

describe('errorMessage', () => {
  it.each(ERROR_CODES)('translates %s in both languages, never showing a key or a placeholder', (code) => {
    for (const instance of [zh, en]) {
      const text = errorMessage(instance, wire(code));
      expect(text).not.toMatch(/errors\.|{{|}}/);
      expect(text.length).toBeGreaterThan(3);
    }
    expect(errorMessage(zh, wire(code))).not.toBe(errorMessage(en, wire(code)));
  });

  it('shows the remainder the app sends as formatted yuan', () => {
    expect(errorMessage(zh, wire('exceeds_remainder', { remainder: '40.00' }))).toBe(
      '超过了这笔付款剩余可退的金额：还可退 ¥40.00。',
    );
    expect(errorMessage(en, wire('exceeds_remainder', { remainder: '1,234.50' }))).toBe(
      'More than this payment has left to refund: ¥1,234.50 remains.',
    );
  });

  it('formats money sent as integer fen, but not counts', () => {
    expect(errorMessage(zh, wire('exceeds_payment', { payment: 123450 }))).toContain('¥1,234.50');
    expect(errorMessage(zh, wire('too_long', { max: 2000 }))).toBe('内容太长了，最多 2000 个字。');
  });

  it('falls back to the bare wording when the value did not arrive', () => {
    expect(errorMessage(zh, wire('exceeds_remainder'))).toBe('超过了这笔付款剩余可退的金额。');
    expect(errorMessage(en, wire('payment_amount_mismatch', { entered: '1.00' }))).not.toContain('{{');
  });

  it('says what is wrong with a phone number instead of a generic format message', () => {
    expect(errorMessage(zh, wire('invalid_argument', undefined, 'refund.customerPhone'))).toBe('手机号只能包含数字、+ 和 -。');
    expect(errorMessage(zh, wire('invalid_argument', undefined, 'refund.note'))).toBe('输入的内容格式不对，请检查后再试。');
  });

  it('speaks of the disk plainly, because nothing was saved', () => {
    expect(errorMessage(zh, wire('disk_full'))).toContain('磁盘已满，什么也没有保存');
    expect(errorMessage(en, wire('disk_full'))).toBe('The disk is full — nothing was saved. Free some space and press save again.');
  });

  it('names the account and day of a settlement already recorded, and the range of a number', () => {
    expect(errorMessage(zh, wire('settlement_exists', { date: '2026-11-19', account: '收银台 POS' }, 'businessDate'))).toContain('收银台 POS 2026-11-19 这一天已经记过了');
    expect(errorMessage(en, wire('settlement_exists', { date: '2026-11-19', account: 'POS' }))).toContain('POS 2026-11-19 is already recorded');
    expect(errorMessage(zh, wire('value_out_of_range', { min: 0, max: 30 }))).toBe('请填 0 到 30 之间的整数。');
    expect(errorMessage(en, wire('value_out_of_range', { min: 0 }))).toBe('That number is outside the allowed range.');
  });

  it('says what to do when the printer fails or printing is unavailable', () => {
    expect(errorMessage(zh, wire('print_failed'))).toContain('打印机没有响应');
    expect(errorMessage(zh, wire('print_failed'))).toContain('另存为 PDF');
    expect(errorMessage(en, wire('print_failed'))).toContain('The printer did not respond');
    expect(errorMessage(zh, wire('print_unavailable'))).toContain('另存为 PDF');
    expect(errorMessage(en, wire('print_unavailable'))).toContain('Save a PDF');
  });
});
