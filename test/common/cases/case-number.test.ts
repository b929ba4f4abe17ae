import { describe, expect, it } from 'vitest';
import { formatCaseNumber, nextCaseNumber, parseCaseNumber } from '../../../electron/common/cases/case-number';

// TZ=Asia/Shanghai: 2026-11-30T17:00Z is already 1 December locally.
describe('case numbers AJ-YYYYMM-NNNN', () => {
  it('formats and parses; refuses other shapes', () => {
    expect(formatCaseNumber('202611', 7)).toBe('AJ-202611-0007');
    expect(formatCaseNumber('202611', 12_345)).toBe('AJ-202611-12345');
    expect(parseCaseNumber('AJ-202611-0007')).toEqual({ month: '202611', seq: 7 });
    for (const bad of ['TK-202611-0007', 'AJ-2026-0007', 'AJ-202611-007', 'AJ-202611-0000', 'aj-202611-0001']) expect(parseCaseNumber(bad), bad).toBeUndefined();
  });

  it('is 1 + the highest of the local month, never reusing a gap, ignoring other months and junk', () => {
    const existing = ['AJ-202611-0001', 'AJ-202611-0004', 'AJ-202610-0009', 'TK-202611-0050', 'garbage'];
    expect(nextCaseNumber(new Date('2026-11-20T10:00:00+08:00'), existing)).toBe('AJ-202611-0005');
    expect(nextCaseNumber(new Date('2026-11-30T17:00:00Z'), existing)).toBe('AJ-202612-0001');
    expect(nextCaseNumber(new Date('2026-11-20T10:00:00+08:00'), [])).toBe('AJ-202611-0001');
  });
});
