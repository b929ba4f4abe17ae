/**
 * A small back-off after repeated wrong PINs, per operator, in memory. Three tries are free; then each wrong
 * PIN doubles the wait (5 s, 10 s, 20 s … at most 60 s). A right PIN clears it. A 4-digit PIN at one try
 * per minute takes days to guess, while a person who mistypes loses seconds. Restarting the app clears it;
 * the slow hash still bounds guessing then.
 */
import { DomainError } from '../domain/errors';

export const FREE_TRIES = 3;
const FIRST_WAIT_MS = 5_000;
const MAX_WAIT_MS = 60_000;

interface Failures {
  readonly count: number;
  readonly until: number;
}

export class PinBackoff {
  private readonly failures = new Map<string, Failures>();

  /** Throws `pin_backoff` while the operator must wait. */
  check(operatorId: string, now: Date): void {
    const state = this.failures.get(operatorId);
    if (state === undefined || state.until <= now.getTime()) return;
    const seconds = Math.ceil((state.until - now.getTime()) / 1000);
    throw new DomainError('pin_backoff', `Too many wrong PINs: wait ${seconds} s.`, { field: 'pin', params: { seconds } });
  }

  failed(operatorId: string, now: Date): void {
    const count = (this.failures.get(operatorId)?.count ?? 0) + 1;
    const wait = count < FREE_TRIES ? 0 : Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** (count - FREE_TRIES));
    this.failures.set(operatorId, { count, until: now.getTime() + wait });
  }

  succeeded(operatorId: string): void {
    this.failures.delete(operatorId);
  }
}
