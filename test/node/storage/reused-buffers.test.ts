import { describe, expect, it } from 'vitest';
import { MAX_KEPT_BYTES, ReusedBuffers } from '../../../electron/node/storage/reused-buffers';

describe('reused buffers', () => {
  it('lends the same buffer again to the next piece of work that fits in it', async () => {
    const buffers = new ReusedBuffers();
    const first = await buffers.use(100_000, (buffer) => Promise.resolve(buffer));
    expect(first.length).toBeGreaterThanOrEqual(100_000);
    const second = await buffers.use(90_000, (buffer) => Promise.resolve(buffer));
    expect(second).toBe(first);
  });

  it('never lends one buffer to two pieces of work at once', async () => {
    const buffers = new ReusedBuffers();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let inFirst: Buffer | undefined;
    const first = buffers.use(1_000, async (buffer) => {
      inFirst = buffer;
      await held;
    });
    const inSecond = await buffers.use(1_000, (buffer) => Promise.resolve(buffer));
    release();
    await first;
    expect(inFirst).toBeDefined();
    expect(inSecond).not.toBe(inFirst);
  });

  it('takes the buffer back when the work fails, and gives a bigger one when asked for more', async () => {
    const buffers = new ReusedBuffers();
    let lent: Buffer | undefined;
    await expect(
      buffers.use(10_000, (buffer) => {
        lent = buffer;
        return Promise.reject(new Error('disk full'));
      }),
    ).rejects.toThrow('disk full');
    expect(await buffers.use(10_000, (buffer) => Promise.resolve(buffer))).toBe(lent);
    const bigger = await buffers.use(5_000_000, (buffer) => Promise.resolve(buffer));
    expect(bigger.length).toBeGreaterThanOrEqual(5_000_000);
  });

  it('holds on to no more idle buffers than it keeps, the largest ones', async () => {
    const buffers = new ReusedBuffers(1);
    const gates: (() => void)[] = [];
    const sizes = [1_000, 3_000_000, 200_000];
    const uses = sizes.map((size) => buffers.use(size, () => new Promise<void>((resolve) => gates.push(resolve))));
    gates.forEach((open) => open());
    await Promise.all(uses);
    expect(buffers.idleBytes()).toBeGreaterThanOrEqual(3_000_000);
    expect(buffers.idleBytes()).toBeLessThan(3_000_000 + 1_000_000);
  });

  it('lets a buffer for a rare huge file go after use instead of holding it all day', async () => {
    const buffers = new ReusedBuffers();
    await buffers.use(MAX_KEPT_BYTES + 1, (buffer) => Promise.resolve(buffer));
    expect(buffers.idleBytes()).toBe(0);
    await buffers.use(1_000, (buffer) => Promise.resolve(buffer));
    expect(buffers.idleBytes()).toBeGreaterThan(0);
  });
});
