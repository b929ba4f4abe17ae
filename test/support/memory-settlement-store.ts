/**
 * The in-memory twin of SettlementStore. Same contract as the disk adapter: a save is applied whole or not at
 * all. Saved values are cloned and deep-frozen, so neither the caller nor the service can change a stored
 * record afterwards. `failNextSave` makes the next save (of accounts or of a day) reject without applying,
 * like a full disk.
 */
import { DomainError } from '../../electron/common/domain/errors';
import type { SettlementAccount, SettlementDay } from '../../electron/common/settlements/settlement';
import type { SettlementStore } from '../../electron/common/settlements/settlement-store-port';

export class MemorySettlementStore implements SettlementStore {
  private storedAccounts: readonly SettlementAccount[] = [];
  private readonly storedDays = new Map<string, SettlementDay>();
  private nextFailure: Error | undefined;
  /** How many saves succeeded (accounts and days), in order. */
  readonly saves: ({ readonly kind: 'accounts'; readonly accounts: readonly SettlementAccount[] } | { readonly kind: 'day'; readonly day: SettlementDay })[] = [];

  constructor(initial: { readonly accounts?: readonly SettlementAccount[]; readonly days?: readonly SettlementDay[] } = {}) {
    this.storedAccounts = deepFreeze(structuredClone(initial.accounts ?? []));
    for (const day of initial.days ?? []) this.storedDays.set(day.id, deepFreeze(structuredClone(day)));
  }

  accounts(): readonly SettlementAccount[] {
    return this.storedAccounts;
  }

  days(): readonly SettlementDay[] {
    return [...this.storedDays.values()];
  }

  async saveAccounts(accounts: readonly SettlementAccount[]): Promise<void> {
    await Promise.resolve();
    this.throwIfFailing();
    const stored = deepFreeze(structuredClone(accounts));
    this.storedAccounts = stored;
    this.saves.push({ kind: 'accounts', accounts: stored });
  }

  async saveDay(day: SettlementDay): Promise<void> {
    await Promise.resolve();
    this.throwIfFailing();
    const stored = deepFreeze(structuredClone(day));
    this.storedDays.set(stored.id, stored);
    this.saves.push({ kind: 'day', day: stored });
  }

  /** Makes the next save reject without applying anything. */
  failNextSave(error: Error = new DomainError('disk_full', 'The disk is full.')): void {
    this.nextFailure = error;
  }

  private throwIfFailing(): void {
    const failure = this.nextFailure;
    if (failure === undefined) return;
    this.nextFailure = undefined;
    throw failure;
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}
