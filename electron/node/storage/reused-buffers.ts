/**
 * Buffers lent out for one piece of work and taken back for the next, instead of fresh ones each time. A save at
 * 50,000 refunds writes a ~2 MB month; a fresh 2 MB buffer per save costs the copy into memory the process has
 * never touched, and every ~64 MB of such memory outside the heap sets off a full collection of the old generation
 * (measured: ~80 ms saves, one in twelve). Work may overlap (two months saved at once), so each borrower gets a
 * buffer of its own; the few kept between uses are as large as the largest file saved.
 */

/** Buffers grow in steps of this, and a quarter more than asked, so a month that grows a little is not re-bought. */
const GRAIN_BYTES = 64 * 1024;
/** A buffer bigger than this (a rare huge file) is let go after use rather than held for the rest of the day. */
export const MAX_KEPT_BYTES = 16 * 1024 * 1024;

export class ReusedBuffers {
  private readonly free: Buffer[] = [];

  /** @param keep how many idle buffers to hold on to (the rest go to the garbage collector). */
  constructor(private readonly keep = 2) {}

  /** Runs `work` with a buffer of at least `size` bytes, which is only `work`'s until it settles. Its contents are not cleared. */
  async use<T>(size: number, work: (buffer: Buffer) => Promise<T>): Promise<T> {
    const buffer = this.take(size);
    try {
      return await work(buffer);
    } finally {
      if (buffer.length <= MAX_KEPT_BYTES) this.free.push(buffer);
      this.free.sort((a, b) => b.length - a.length);
      this.free.length = Math.min(this.free.length, this.keep);
    }
  }

  /** How many bytes the idle buffers hold (tests; a long-running process should not collect them). */
  idleBytes(): number {
    return this.free.reduce((sum, buffer) => sum + buffer.length, 0);
  }

  private take(size: number): Buffer {
    // The smallest idle buffer that is big enough, so a small file does not take the one a big file needs.
    let best = -1;
    this.free.forEach((buffer, i) => {
      if (buffer.length >= size && (best === -1 || buffer.length < (this.free[best]?.length ?? 0))) best = i;
    });
    if (best !== -1) return this.free.splice(best, 1)[0] as Buffer;
    // Not from Node's shared pool: these are big and long-lived.
    return Buffer.allocUnsafeSlow(Math.ceil((size * 1.25) / GRAIN_BYTES) * GRAIN_BYTES || GRAIN_BYTES);
  }
}
