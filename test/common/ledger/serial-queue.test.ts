import { describe, expect, it } from 'vitest';
import { SerialQueue } from '../../../electron/common/ledger/serial-queue';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('SerialQueue', () => {
  it('runs tasks one at a time in order', async () => {
    const queue = new SerialQueue();
    const log: string[] = [];
    const task = (name: string, ms: number) => async () => {
      log.push(`start ${name}`);
      await tick(ms);
      log.push(`end ${name}`);
      return name;
    };
    const results = await Promise.all([queue.run(task('a', 10)), queue.run(task('b', 1)), queue.run(task('c', 5))]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('gives a failure to its caller only and keeps going', async () => {
    const queue = new SerialQueue();
    const boom = new Error('boom');
    const failing = queue.run(() => Promise.reject(boom));
    const next = queue.run(() => Promise.resolve(2));
    await expect(failing).rejects.toBe(boom);
    await expect(next).resolves.toBe(2);
  });

  it('catches a task that throws synchronously', async () => {
    const queue = new SerialQueue();
    const failing = queue.run(() => {
      throw new Error('sync');
    });
    await expect(failing).rejects.toThrow('sync');
    await expect(queue.run(() => Promise.resolve('after'))).resolves.toBe('after');
  });

  it('idle resolves after everything queued so far', async () => {
    const queue = new SerialQueue();
    let done = false;
    void queue.run(async () => {
      await tick(5);
      done = true;
    });
    await queue.idle();
    expect(done).toBe(true);
  });
});
