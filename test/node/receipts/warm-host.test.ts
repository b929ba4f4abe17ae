import { describe, expect, it } from 'vitest';
import { WarmHost } from '../../../electron/node/receipts/warm-host';

/** A host factory that counts what it opened and closed, with timers the test fires by hand. */
function harness(isUsable?: (id: number) => boolean) {
  const opened: number[] = [];
  const closed: number[] = [];
  const timers = new Map<number, () => void>();
  let nextTimer = 0;
  const host = new WarmHost<number>({
    open: () => {
      opened.push(opened.length + 1);
      return Promise.resolve(opened.length);
    },
    close: (id) => {
      closed.push(id);
      return Promise.resolve();
    },
    idleMs: 30_000,
    setTimer: (callback) => {
      nextTimer += 1;
      timers.set(nextTimer, callback);
      return nextTimer;
    },
    clearTimer: (timer) => timers.delete(timer as number),
    ...(isUsable === undefined ? {} : { isUsable }),
  });
  return { host, opened, closed, timers };
}

describe('WarmHost', () => {
  it('opens one host and reuses it for the next jobs', async () => {
    const { host, opened, closed } = harness();
    const used = [await host.run((id) => Promise.resolve(id)), await host.run((id) => Promise.resolve(id)), await host.run((id) => Promise.resolve(id))];
    expect(used).toEqual([1, 1, 1]);
    expect(opened).toEqual([1]);
    expect(closed).toEqual([]);
  });

  it('runs jobs one at a time, never two documents in one host at once', async () => {
    const { host } = harness();
    const log: string[] = [];
    const job = (name: string) =>
      host.run(async () => {
        log.push(`${name} start`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        log.push(`${name} end`);
      });
    await Promise.all([job('a'), job('b')]);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end']);
  });

  it('discards the host a failed job used; the next job gets a fresh one', async () => {
    const { host, opened, closed } = harness();
    await expect(host.run(() => Promise.reject(new Error('renderer crashed')))).rejects.toThrow('renderer crashed');
    expect(closed).toEqual([1]);
    expect(await host.run((id) => Promise.resolve(id))).toBe(2);
    expect(opened).toEqual([1, 2]);
  });

  it('replaces a kept host that died between jobs (a crashed renderer) before the next job uses it', async () => {
    const dead = new Set<number>();
    const { host, opened, closed } = harness((id) => !dead.has(id));
    expect(await host.run((id) => Promise.resolve(id))).toBe(1);
    dead.add(1);
    expect(await host.run((id) => Promise.resolve(id))).toBe(2);
    expect(opened).toEqual([1, 2]);
    expect(closed).toEqual([1]);
  });

  it('closes the host after the idle time, and only then', async () => {
    const { host, closed, timers } = harness();
    await host.run(() => Promise.resolve(undefined));
    expect(timers.size).toBe(1);
    // A new job before the timer fires cancels it and keeps the host.
    await host.run(() => Promise.resolve(undefined));
    expect(timers.size).toBe(1);
    expect(closed).toEqual([]);
    const [fire] = [...timers.values()];
    fire?.();
    await host.dispose();
    expect(closed).toEqual([1]);
  });

  it('dispose closes an open host once and leaves nothing to close later', async () => {
    const { host, closed } = harness();
    await host.run(() => Promise.resolve(undefined));
    await host.dispose();
    await host.dispose();
    expect(closed).toEqual([1]);
  });
});
