/**
 * The ledger's in-memory indexes, rebuilt from the store at start-up. The refund service changes them
 * only after a commit has resolved, so memory never holds a record the disk does not.
 */
import { RefundNumberCounter } from '../domain/refund-number';
import type { Payment, Refund, RefundStatus } from '../domain/types';
import type { LedgerPartition } from '../ports';
import { toListEntry } from './refund-summary';
import type { ListEntry } from './refund-summary';

const byKey = (a: ListEntry, b: ListEntry): number => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0);

export class LedgerIndex {
  private readonly refundsById = new Map<string, Refund>();
  private readonly paymentsById = new Map<string, Payment>();
  private readonly refundIdByRequest = new Map<string, string>();
  /** Refund ids of each payment, oldest first. */
  private readonly refundIdsByPayment = new Map<string, string[]>();
  private readonly paymentIdByMatchKey = new Map<string, string>();
  /** Oldest first, so the common case (a new refund is the newest) is a push; the list reads from the end. */
  private readonly sorted: ListEntry[] = [];
  private readonly entriesById = new Map<string, ListEntry>();
  /** Refund ids by current status: reminders look only at refunds that can still need someone. */
  private readonly idsByStatus = new Map<RefundStatus, Set<string>>();
  readonly numbers = new RefundNumberCounter();

  static build(partitions: Iterable<LedgerPartition>): LedgerIndex {
    const index = new LedgerIndex();
    const all = [...partitions];
    for (const partition of all) for (const payment of partition.payments) index.putPayment(payment);
    index.putRefunds(all.flatMap((partition) => partition.refunds));
    return index;
  }

  get size(): number {
    return this.refundsById.size;
  }

  /** Newest-last order; callers page from the end. */
  get entries(): readonly ListEntry[] {
    return this.sorted;
  }

  refund(id: string): Refund | undefined {
    return this.refundsById.get(id);
  }

  payment(id: string): Payment | undefined {
    return this.paymentsById.get(id);
  }

  entry(id: string): ListEntry | undefined {
    return this.entriesById.get(id);
  }

  refundIdForRequest(requestId: string): string | undefined {
    return this.refundIdByRequest.get(requestId);
  }

  paymentByMatchKey(key: string): Payment | undefined {
    if (key === '') return undefined;
    const id = this.paymentIdByMatchKey.get(key);
    return id === undefined ? undefined : this.paymentsById.get(id);
  }

  /** Ids of the refunds whose status is one of `statuses` (no particular order). */
  idsWithStatus(statuses: Iterable<RefundStatus>): string[] {
    const ids: string[] = [];
    for (const status of statuses) ids.push(...(this.idsByStatus.get(status) ?? []));
    return ids;
  }

  refundsOfPayment(paymentId: string): Refund[] {
    const ids = this.refundIdsByPayment.get(paymentId) ?? [];
    return ids.map((id) => this.refundsById.get(id)).filter((refund): refund is Refund => refund !== undefined);
  }

  putPayment(payment: Payment): void {
    this.paymentsById.set(payment.id, payment);
    // The first payment with a key keeps it: a later duplicate must not silently take over its refunds.
    if (payment.matchKey !== '' && !this.paymentIdByMatchKey.has(payment.matchKey)) {
      this.paymentIdByMatchKey.set(payment.matchKey, payment.id);
    }
  }

  /** Inserts or replaces one refund, keeping the list sorted without re-sorting it. */
  putRefund(refund: Refund): void {
    const previous = this.entriesById.get(refund.id);
    const entry = toListEntry(refund, this.paymentsById.get(refund.paymentId));
    if (previous !== undefined) {
      this.sorted.splice(this.lowerBound(previous.sortKey), 1);
      this.idsByStatus.get(previous.summary.status)?.delete(refund.id);
    } else {
      this.linkToPayment(refund);
    }
    this.sorted.splice(this.lowerBound(entry.sortKey), 0, entry);
    this.remember(refund, entry);
    // Usually already in order; a PC clock set backwards is the case this keeps right.
    if (previous === undefined) this.sortPaymentRefunds(refund.paymentId);
  }

  /** Bulk insert (start-up, import): sort the new entries once and merge them in, instead of n splices. */
  putRefunds(refunds: readonly Refund[]): void {
    if (refunds.length < 64) {
      for (const refund of refunds) this.putRefund(refund);
      return;
    }
    const touched = new Set<string>();
    const added: ListEntry[] = [];
    for (const refund of refunds) {
      if (this.entriesById.has(refund.id)) {
        this.putRefund(refund);
        continue;
      }
      const entry = toListEntry(refund, this.paymentsById.get(refund.paymentId));
      this.linkToPayment(refund);
      touched.add(refund.paymentId);
      added.push(entry);
      this.remember(refund, entry);
    }
    this.mergeSorted(added.sort(byKey));
    for (const paymentId of touched) this.sortPaymentRefunds(paymentId);
  }

  /** Linear merge of a sorted batch into the sorted list. */
  private mergeSorted(batch: readonly ListEntry[]): void {
    if (batch.length === 0) return;
    const old = this.sorted.splice(0, this.sorted.length);
    let i = 0;
    let j = 0;
    while (i < old.length || j < batch.length) {
      const a = old[i];
      const b = batch[j];
      if (b === undefined || (a !== undefined && a.sortKey <= b.sortKey)) {
        if (a !== undefined) this.sorted.push(a);
        i += 1;
      } else {
        this.sorted.push(b);
        j += 1;
      }
    }
  }

  private remember(refund: Refund, entry: ListEntry): void {
    const sameStatus = this.idsByStatus.get(refund.status);
    if (sameStatus === undefined) this.idsByStatus.set(refund.status, new Set([refund.id]));
    else sameStatus.add(refund.id);
    this.refundsById.set(refund.id, refund);
    this.entriesById.set(refund.id, entry);
    this.refundIdByRequest.set(refund.requestId, refund.id);
    this.numbers.observe(refund.number);
  }

  private linkToPayment(refund: Refund): void {
    const ids = this.refundIdsByPayment.get(refund.paymentId);
    if (ids === undefined) this.refundIdsByPayment.set(refund.paymentId, [refund.id]);
    else ids.push(refund.id);
  }

  private sortPaymentRefunds(paymentId: string): void {
    const ids = this.refundIdsByPayment.get(paymentId);
    if (ids === undefined || ids.length < 2) return;
    const keyOf = (id: string): string => this.entriesById.get(id)?.sortKey ?? '';
    ids.sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  }

  /** First position whose key is not below `key`. */
  private lowerBound(key: string): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.sorted[mid]?.sortKey ?? '') < key) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
