import { describe, expect, it } from 'vitest';
import {
  ALLOWED_TRANSITIONS,
  allowedTransitions,
  canTransition,
  transitionNeedsReason,
} from '../../../electron/common/domain/lifecycle';
import { REFUND_STATUSES } from '../../../electron/common/domain/types';
import type { RefundStatus } from '../../../electron/common/domain/types';

// The policy written out pair by pair, independently of the table under test.
const ALLOWED = new Set<string>(['recorded>done', 'recorded>failed', 'done>arrived', 'done>failed', 'failed>recorded']);

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

  it('checks all 16 pairs and allows exactly 5', () => {
    expect(pairs).toHaveLength(16);
    expect(pairs.filter(([from, to]) => canTransition(from, to))).toHaveLength(5);
  });

  it('arrived is final', () => {
    expect(allowedTransitions('arrived')).toEqual([]);
  });

  it('a retry goes from failed back to recorded only', () => {
    expect(allowedTransitions('failed')).toEqual(['recorded']);
  });

  it('only failing needs a reason', () => {
    expect(REFUND_STATUSES.filter(transitionNeedsReason)).toEqual(['failed']);
  });

  it('the table cannot be changed at run time', () => {
    expect(Object.isFrozen(ALLOWED_TRANSITIONS)).toBe(true);
    for (const status of REFUND_STATUSES) expect(Object.isFrozen(ALLOWED_TRANSITIONS[status])).toBe(true);
  });
});
