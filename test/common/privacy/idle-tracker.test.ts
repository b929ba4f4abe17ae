import { describe, expect, it } from 'vitest';
import { IdleTracker } from '../../../electron/common/privacy/idle-tracker';

describe('IdleTracker (auto-lock)', () => {
  it('is idle only after the chosen minutes without input, and input restarts the count', () => {
    const tracker = new IdleTracker(5, 0);
    expect(tracker.isIdle(4 * 60_000 + 59_999)).toBe(false);
    tracker.touch(4 * 60_000);
    expect(tracker.isIdle(5 * 60_000)).toBe(false);
    expect(tracker.isIdle(9 * 60_000)).toBe(true);
    // An event stamped earlier than the last one (out-of-order) never moves the count back.
    tracker.touch(60_000);
    expect(tracker.isIdle(9 * 60_000)).toBe(true);
  });

  it('off is never idle', () => {
    expect(new IdleTracker(null, 0).isIdle(365 * 24 * 60 * 60_000)).toBe(false);
  });
});
