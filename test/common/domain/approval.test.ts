import { describe, expect, it } from 'vitest';
import {
  approvalKind,
  approvalReasons,
  approvalsActive,
  DEFAULT_APPROVAL_POLICY,
  saleAgeDays,
} from '../../../electron/common/domain/approval';
import { fen } from '../../../electron/common/domain/money';
import type { Operator } from '../../../electron/common/domain/operators';
import type { RefundType } from '../../../electron/common/domain/types';

const NOW = new Date(2026, 10, 22, 15, 0); // 2026-11-22 15:00 local
const policy = DEFAULT_APPROVAL_POLICY;
const facts = (type: RefundType, net: number, paidAt = '2026-11-22T10:00') => ({ type, net: fen(net), paidAt });

const owner: Operator = { id: 'o1', name: '店长', role: 'owner', pinHash: 'h' };
const owner2: Operator = { id: 'o2', name: '老板娘', role: 'owner', pinHash: 'h' };
const clerk: Operator = { id: 'c1', name: '小王', role: 'clerk' };

describe('approval rules', () => {
  it('defaults are shop policy: ¥500.00 and 30 days', () => {
    expect(policy).toEqual({ thresholdFen: 50_000, oldSaleDays: 30 });
  });

  it('a void always needs approval, even for ¥1', () => {
    expect(approvalReasons(facts('void', 100), policy, NOW)).toEqual(['void']);
  });

  it('the threshold is exclusive: ¥500.00 needs none, ¥500.01 does', () => {
    expect(approvalReasons(facts('card_refund', 50_000), policy, NOW)).toEqual([]);
    expect(approvalReasons(facts('card_refund', 50_001), policy, NOW)).toEqual(['above_threshold']);
  });

  it('a sale exactly N days old needs none; N+1 days does (calendar days, local time)', () => {
    expect(saleAgeDays('2026-10-23T23:59', NOW)).toBe(30);
    expect(approvalReasons(facts('qr_refund', 100, '2026-10-23T23:59'), policy, NOW)).toEqual([]);
    expect(saleAgeDays('2026-10-22T00:01', NOW)).toBe(31);
    expect(approvalReasons(facts('qr_refund', 100, '2026-10-22T00:01'), policy, NOW)).toEqual(['old_sale']);
  });

  it('lists every reason that applies and follows the shop’s own policy', () => {
    expect(approvalReasons(facts('void', 90_000, '2026-09-01T10:00'), policy, NOW)).toEqual(['void', 'above_threshold', 'old_sale']);
    expect(approvalReasons(facts('cash_refund', 20_000, '2026-11-15T10:00'), { thresholdFen: fen(10_000), oldSaleDays: 3 }, NOW)).toEqual([
      'above_threshold',
      'old_sale',
    ]);
  });

  it('is active only once an owner has a PIN', () => {
    expect(approvalsActive([{ id: 'o', name: '店长', role: 'owner' }, clerk])).toBe(false);
    expect(approvalsActive([{ id: 'o', name: 'x', role: 'owner' }, { ...clerk, pinHash: 'h' }])).toBe(false);
    expect(approvalsActive([owner, clerk])).toBe(true);
  });
});

describe('who may approve', () => {
  it('an owner approves a clerk’s refund', () => {
    expect(approvalKind(owner, '小王', [owner, clerk])).toBe('approved');
  });

  it('a clerk never approves', () => {
    expect(approvalKind(clerk, '店长', [owner, clerk])).toBe('not_owner');
  });

  it('self-approval is refused when another owner exists', () => {
    expect(approvalKind(owner, '店长', [owner, owner2, clerk])).toBe('self_approval');
    expect(approvalKind(owner2, '店长', [owner, owner2, clerk])).toBe('approved');
  });

  it('the only owner approving their own refund is recorded as an override', () => {
    expect(approvalKind(owner, '店长', [owner, clerk])).toBe('override');
  });
});
