import { describe, expect, it } from 'vitest';
import {
  ALLOWED_TRANSITIONS,
  allowedTransitions,
  canTransition,
  DECISION_STATUSES,
  FINAL_STATUSES,
  holdsMoney,
  isFinal,
  transitionNeedsDestination,
  transitionNeedsReason,
} from '../../../electron/common/domain/lifecycle';
import { REFUND_STATUSES } from '../../../electron/common/domain/types';
import type { RefundStatus } from '../../../electron/common/domain/types';

// The policy written out pair by pair, independently of the table under test (DOMAIN §3.1).
const ALLOWED = new Set<string>([
  'recorded>awaiting_approval',
  'recorded>done',
  'recorded>failed',
  'awaiting_approval>approved',
  'awaiting_approval>refused',
  'approved>done',
  'approved>failed',
  'done>processing',
  'done>arrived',
  'done>failed',
  'done>closed',
  'done>abnormal',
  'processing>arrived',
  'processing>failed',
  'processing>closed',
  'processing>abnormal',
  'abnormal>arrived',
  'abnormal>failed',
  'failed>recorded',
]);

const pairs: [RefundStatus, RefundStatus][] = REFUND_STATUSES.flatMap((from) =>
  REFUND_STATUSES.map((to): [RefundStatus, RefundStatus] => [from, to]),
);

describe('lifecycle', () => {
  it('covers every status in the table', () => {
    expect(Object.keys(ALLOWED_TRANSITIONS).sort()).toEqual([...REFUND_STATUSES].sort());
  });

  it.each(pairs)('%s → %s', (from, to) => {
    const expected = ALLOWED.has(`${from}>${to}`);
    expect(canTransition(from, to)).toBe(expected);
    expect(allowedTransitions(from).includes(to)).toBe(expected);
  });

  it('checks all 100 pairs and allows exactly 19', () => {
    expect(pairs).toHaveLength(100);
    expect(pairs.filter(([from, to]) => canTransition(from, to))).toHaveLength(ALLOWED.size);
    expect(ALLOWED.size).toBe(19);
  });

  it('arrived, closed and refused are final; nothing else is', () => {
    expect([...FINAL_STATUSES].sort()).toEqual(['arrived', 'closed', 'refused']);
    expect(REFUND_STATUSES.filter(isFinal).sort()).toEqual(['arrived', 'closed', 'refused']);
  });

  it('a retry goes from failed back to recorded only (same refund number)', () => {
    expect(allowedTransitions('failed')).toEqual(['recorded']);
  });

  it('approved and refused are reached only from awaiting_approval, which leads nowhere else', () => {
    expect([...DECISION_STATUSES].sort()).toEqual(['approved', 'refused']);
    for (const [from, to] of pairs) {
      if (DECISION_STATUSES.includes(to) && canTransition(from, to)) expect(from).toBe('awaiting_approval');
    }
    expect([...allowedTransitions('awaiting_approval')].sort()).toEqual(['approved', 'refused']);
  });

  it('cash and voids may go from done straight to arrived; no approval can be skipped from recorded to approved', () => {
    expect(canTransition('done', 'arrived')).toBe(true);
    expect(canTransition('recorded', 'approved')).toBe(false);
  });

  it('failed and refused need a reason; abnormal needs a destination', () => {
    expect(REFUND_STATUSES.filter(transitionNeedsReason).sort()).toEqual(['failed', 'refused']);
    expect(REFUND_STATUSES.filter(transitionNeedsDestination)).toEqual(['abnormal']);
  });

  it('failed, closed and refused refunds no longer hold money against the payment', () => {
    expect(REFUND_STATUSES.filter((status) => !holdsMoney(status)).sort()).toEqual(['closed', 'failed', 'refused']);
  });

  it('the table cannot be changed at run time', () => {
    expect(Object.isFrozen(ALLOWED_TRANSITIONS)).toBe(true);
    for (const status of REFUND_STATUSES) expect(Object.isFrozen(ALLOWED_TRANSITIONS[status])).toBe(true);
  });
});
