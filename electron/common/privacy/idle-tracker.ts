/**
 * When the app counts as idle: no key, click, touch or wheel for `minutes`. Pure (times passed in) so it is
 * tested without a browser; renderer/features/privacy/use-auto-lock.ts feeds it the page's input events and a timer.
 */
export class IdleTracker {
  private lastInput: number;

  constructor(
    private readonly minutes: number | null,
    now: number,
  ) {
    this.lastInput = now;
  }

  touch(now: number): void {
    this.lastInput = Math.max(this.lastInput, now);
  }

  /** Off (null) is never idle. */
  isIdle(now: number): boolean {
    return this.minutes !== null && now - this.lastInput >= this.minutes * 60_000;
  }
}
