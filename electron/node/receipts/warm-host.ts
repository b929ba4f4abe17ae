/**
 * One reusable host for print documents — Electron's hidden print window, the harness's Chromium page. Opening a
 * host costs a renderer process (300–500 ms on a shop's PC, measured by `npm run bench`), more than laying out and
 * printing a receipt; a packet or a run of receipts would pay it every time. So the host is opened on first use,
 * kept for the next job, and closed once nobody has used it for `idleMs`, so an idle app holds no extra renderer.
 *
 * Jobs run one at a time (one host shows one document). A job that fails discards its host — a crashed or wedged
 * renderer must not poison the next receipt — and the next job opens a fresh one.
 */
import { SerialQueue } from '../storage/serial-queue';

export interface WarmHostOptions<H> {
  readonly open: () => Promise<H>;
  readonly close: (host: H) => Promise<void>;
  /** Closed after this long without a job. */
  readonly idleMs: number;
  /** False for a kept host that died between jobs (a crashed renderer): it is discarded and a new one opened. */
  readonly isUsable?: (host: H) => boolean;
  /** Timers, replaceable in tests. */
  readonly setTimer?: (callback: () => void, ms: number) => unknown;
  readonly clearTimer?: (timer: unknown) => void;
}

export class WarmHost<H> {
  private readonly queue = new SerialQueue();
  private host: H | undefined;
  private timer: unknown;
  private readonly setTimer: (callback: () => void, ms: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;

  constructor(private readonly options: WarmHostOptions<H>) {
    this.setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms).unref());
    this.clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as NodeJS.Timeout));
  }

  run<T>(work: (host: H) => Promise<T>): Promise<T> {
    return this.queue.run(async () => {
      this.cancelIdle();
      if (this.host !== undefined && this.options.isUsable?.(this.host) === false) await this.discard();
      const host = this.host ?? (await this.options.open());
      this.host = host;
      try {
        const result = await work(host);
        this.scheduleIdle();
        return result;
      } catch (error) {
        await this.discard();
        throw error;
      }
    });
  }

  /** Closes the host now (app quit, tests); the next job opens a new one. */
  dispose(): Promise<void> {
    return this.queue.run(async () => {
      this.cancelIdle();
      await this.discard();
    });
  }

  private scheduleIdle(): void {
    this.timer = this.setTimer(() => {
      this.timer = undefined;
      void this.queue.run(() => this.discard());
    }, this.options.idleMs);
  }

  private cancelIdle(): void {
    if (this.timer !== undefined) this.clearTimer(this.timer);
    this.timer = undefined;
  }

  private async discard(): Promise<void> {
    const host = this.host;
    this.host = undefined;
    if (host === undefined) return;
    try {
      await this.options.close(host);
    } catch {
      // Already gone (a crashed renderer, a closed browser): nothing left to free.
    }
  }
}
