import { describe, expect, it } from 'vitest';
import { LazyNumberCounter } from '../../../electron/common/ledger/lazy-numbers';

// 10:00 in Shanghai on 20 November / 3 December 2026.
const NOV = new Date('2026-11-20T02:00:00.000Z');
const DEC = new Date('2026-12-03T02:00:00.000Z');

describe('LazyNumberCounter', () => {
  it('scans a month the first time it is asked for, then follows the numbers saved', () => {
    const numbers = ['TK-202611-0003', 'TK-202610-0099', 'TK-202611-0010', 'hand-edited'];
    let scans = 0;
    const counter = new LazyNumberCounter(() => {
      scans += 1;
      return numbers;
    });
    expect(scans).toBe(0);
    expect(counter.peek(NOV)).toBe('TK-202611-0011'); // after the highest, never filling the gap
    counter.observe('TK-202611-0011');
    expect(counter.peek(NOV)).toBe('TK-202611-0012');
    expect(scans).toBe(1);
    expect(counter.peek(DEC)).toBe('TK-202612-0001');
    expect(scans).toBe(2);
  });

  it('a number saved before its month was scanned still counts', () => {
    const counter = new LazyNumberCounter(() => ['TK-202611-0004']);
    counter.observe('TK-202611-0007');
    expect(counter.peek(NOV)).toBe('TK-202611-0008');
  });
});
