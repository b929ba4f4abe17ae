/**
 * The in-memory twin of LedgerStore. Same contract as the disk adapter: a change is applied whole or not
 * at all. A committed change is cloned once and deep-frozen, so neither the caller nor the ledger can change
 * a stored record afterwards (a mutation throws), and loadAll and readRefund can hand out the frozen records —
 * cloning 50,000 records on every load made the scale tests slow without testing anything more.
 * `failNextCommit` makes a commit reject without applying, like a full disk.
 */
import { DomainError } from '../../electron/common/domain/errors';
import type { Payment, Refund } from '../../electron/common/domain/types';
import type { LedgerChange, LedgerPartition, LedgerStore } from '../../electron/common/ports';
import { catalogOfPartition } from '../../electron/common/ledger/ledger-catalog';
import type { MonthCatalog } from '../../electron/common/ledger/ledger-catalog';

interface MutablePartition {
  readonly payments: Map<string, Payment>;
  readonly refunds: Map<string, Refund>;
}

export class MemoryLedgerStore implements LedgerStore {
  private readonly partitions = new Map<string, MutablePartition>();
  private nextFailure: Error | undefined;
  /** How many commits succeed before nextFailure is thrown. */
  private failAfter = 0;
  private delayMs = 0;
  /** Every change that was applied, in order. */
  readonly commits: LedgerChange[] = [];

  constructor(initial: ReadonlyMap<string, LedgerPartition> = new Map()) {
    for (const [month, partition] of initial) {
      this.apply(deepFreeze(structuredClone({ month, payments: partition.payments, refunds: partition.refunds })));
    }
  }

  loadAll(): Promise<ReadonlyMap<string, LedgerPartition>> {
    return Promise.resolve(this.snapshot());
  }

  catalog(): Promise<readonly MonthCatalog[]> {
    return Promise.resolve([...this.snapshot()].map(([month, partition]) => catalogOfPartition(month, partition)));
  }

  readRefund(month: string, id: string): Refund | undefined {
    return this.partitions.get(month)?.refunds.get(id);
  }

  readPayment(month: string, id: string): Payment | undefined {
    return this.partitions.get(month)?.payments.get(id);
  }

  async commit(change: LedgerChange): Promise<void> {
    // A real save takes time; a delay lets concurrency tests interleave callers.
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    else await Promise.resolve();
    const failure = this.nextFailure;
    if (failure !== undefined && this.failAfter === 0) {
      this.nextFailure = undefined;
      throw failure;
    }
    if (failure !== undefined) this.failAfter -= 1;
    const stored = deepFreeze(structuredClone(change));
    this.apply(stored);
    this.commits.push(stored);
  }

  /** Makes a commit reject without applying: the next one, or the one after `successesFirst` good ones. */
  failNextCommit(error: Error = new DomainError('disk_full', 'The disk is full.'), successesFirst = 0): void {
    this.nextFailure = error;
    this.failAfter = successesFirst;
  }

  setCommitDelay(ms: number): void {
    this.delayMs = ms;
  }

  snapshot(): Map<string, LedgerPartition> {
    const copy = new Map<string, LedgerPartition>();
    for (const [month, partition] of [...this.partitions].sort(([a], [b]) => a.localeCompare(b))) {
      copy.set(month, { payments: [...partition.payments.values()], refunds: [...partition.refunds.values()] });
    }
    return copy;
  }

  get refundCount(): number {
    let count = 0;
    for (const partition of this.partitions.values()) count += partition.refunds.size;
    return count;
  }

  private apply(change: LedgerChange): void {
    let partition = this.partitions.get(change.month);
    if (partition === undefined) {
      partition = { payments: new Map(), refunds: new Map() };
      this.partitions.set(change.month, partition);
    }
    for (const payment of change.payments ?? []) partition.payments.set(payment.id, payment);
    for (const refund of change.refunds ?? []) partition.refunds.set(refund.id, refund);
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}
