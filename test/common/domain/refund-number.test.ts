import { describe, expect, it } from 'vitest';
import {
  RefundNumberCounter,
  formatRefundNumber,
  nextRefundNumber,
  parseRefundNumber,
} from '../../../electron/common/domain/refund-number';

// Tests run with TZ=Asia/Shanghai (UTC+8), set in vitest.config.ts.
describe('refund numbers', () => {
  it('runs in Asia/Shanghai for these tests', () => {
    expect(new Date('2026-11-01T00:00:00.000Z').getTimezoneOffset()).toBe(-480);
  });

  it('starts each month at 0001', () => {
    expect(nextRefundNumber(new Date('2026-11-20T02:00:00.000Z'), [])).toBe('TK-202611-0001');
  });

  it('uses the local month, not the UTC month', () => {
    // 31 October 16:30 UTC is 1 November 00:30 in Shanghai.
    expect(nextRefundNumber(new Date('2026-10-31T16:30:00.000Z'), ['TK-202610-0007'])).toBe('TK-202611-0001');
    expect(nextRefundNumber(new Date('2026-10-31T15:59:00.000Z'), ['TK-202610-0007'])).toBe('TK-202610-0008');
  });

  it('is 1 + the highest of the month, never filling a gap', () => {
    const existing = ['TK-202611-0001', 'TK-202611-0005', 'TK-202610-0099', 'TK-202612-0001'];
    expect(nextRefundNumber(new Date('2026-11-20T02:00:00.000Z'), existing)).toBe('TK-202611-0006');
  });

  it('grows to five digits past 9999', () => {
    expect(nextRefundNumber(new Date('2026-11-20T02:00:00.000Z'), ['TK-202611-9999'])).toBe('TK-202611-10000');
    expect(formatRefundNumber('202611', 123_456)).toBe('TK-202611-123456');
  });

  it('parses its own numbers and ignores anything else', () => {
    expect(parseRefundNumber('TK-202611-0042')).toEqual({ month: '202611', seq: 42 });
    expect(parseRefundNumber('TK-202611-10000')).toEqual({ month: '202611', seq: 10_000 });
    for (const bad of ['TK-202611-042', 'tk-202611-0042', 'TK-2026-0042', 'TK-202611-0000', 'x', 'TK-2026110-0042', 'TK-20261a-0042', 'TK-202611-00a2', 'TK-202611-0042 ', 'TK-202611_0042', 'TK-202611--042']) {
      expect(parseRefundNumber(bad)).toBeUndefined();
    }
  });

  it('the counter peeks without reserving and observes saved numbers', () => {
    const counter = new RefundNumberCounter();
    const at = new Date('2026-11-20T02:00:00.000Z');
    expect(counter.peek(at)).toBe('TK-202611-0001');
    expect(counter.peek(at)).toBe('TK-202611-0001');
    counter.observe('TK-202611-0001');
    counter.observe('not a number');
    expect(counter.peek(at)).toBe('TK-202611-0002');
  });
});
