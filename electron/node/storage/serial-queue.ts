/**
 * Runs async tasks one after another. Saves to one file, and read-modify-write steps on one partition,
 * must never interleave: two overlapping saves could each start from the same old data and the later
 * rename would silently drop the earlier change.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<R>(task: () => Promise<R>): Promise<R> {
    const result = this.tail.then(task);
    // The chain continues after a failure: one failed save must not wedge every later one.
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves once everything queued so far has settled. */
  async idle(): Promise<void> {
    await this.tail;
  }
}
