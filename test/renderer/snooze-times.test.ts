import { describe, expect, it } from 'vitest';
import { inDays, tomorrowMorning } from '../../renderer/features/today/snooze-times';

describe('snooze times', () => {
  it('offers tomorrow 09:00 local and the same hour in three days', () => {
    const now = new Date('2026-11-20T23:30:00+08:00').toISOString();
    expect(tomorrowMorning(now)).toBe(new Date('2026-11-21T09:00:00+08:00').toISOString());
    expect(inDays(now, 3)).toBe(new Date('2026-11-23T23:30:00+08:00').toISOString());
  });
});
