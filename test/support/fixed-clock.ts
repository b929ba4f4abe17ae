/** A Clock tests control: fixed by default, optionally stepping on every read, settable backwards too. */
import type { Clock } from '../../electron/common/ports';

export class FixedClock implements Clock {
  private current: number;

  /** `stepMs`: how far time moves after each now(), so successive events get distinct instants. */
  constructor(
    start: Date | string,
    private stepMs = 0,
  ) {
    this.current = new Date(start).getTime();
  }

  now(): Date {
    const value = new Date(this.current);
    this.current += this.stepMs;
    return value;
  }

  set(to: Date | string): void {
    this.current = new Date(to).getTime();
  }

  advance(ms: number): void {
    this.current += ms;
  }

  setStep(ms: number): void {
    this.stepMs = ms;
  }
}
