import { describe, expect, it } from 'vitest';
import type { ArrivalBasis } from '../../../electron/common/calendar/expected-arrival';
import { arrivalEstimateOf } from '../../../electron/common/reminders/arrival-from-calendar';

const done: ArrivalBasis = { rows: [], from: 'done', fromAt: '2026-11-20T02:00:00.000Z' };

describe('arrivalEstimateOf', () => {
  it('takes working-day estimates as they are, and the local day of a minutes window', () => {
    expect(arrivalEstimateOf({ precision: 'date', earliest: '2026-11-23', latest: '2026-11-27', basis: done, beyondCoverage: false })).toEqual({
      earliest: '2026-11-23',
      latest: '2026-11-27',
    });
    // 23:55 + 10 minutes in Shanghai is the next day.
    expect(
      arrivalEstimateOf({ precision: 'instant', earliest: '2026-11-20T15:55:00.000Z', latest: '2026-11-20T16:05:00.000Z', basis: done, beyondCoverage: false }),
    ).toEqual({ earliest: '2026-11-20', latest: '2026-11-21' });
  });

  it('gives nothing when the window is unknown or the refund is not done yet', () => {
    expect(arrivalEstimateOf({ unknown: true, basis: done, beyondCoverage: false })).toBeUndefined();
    expect(
      arrivalEstimateOf({ precision: 'date', earliest: '2026-11-23', latest: '2026-11-27', basis: { ...done, from: 'now' }, beyondCoverage: false }),
    ).toBeUndefined();
  });
});
