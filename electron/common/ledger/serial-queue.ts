/**
 * Runs async tasks one at a time, in the order they were queued. The ledger's check-then-commit must be
 * atomic: two creates racing for the same remainder would otherwise both pass the check before either saved.
 */
export class SerialQueue {
  private tail: Promise<void> = Promise.resolve();

  /** Queues the task; its result or error goes to this caller only, and a failure never blocks later tasks. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  /** Resolves once everything queued so far has settled (for an orderly shutdown). */
  idle(): Promise<void> {
    return this.tail;
  }
}
