/**
 * The ledger's in-memory indexes, built at start-up from the store's catalog (ledger-catalog.ts): every refund's
 * list row and keys, every payment's keys. Full records are read from the store when asked for and the recently
 * used ones kept (recent-records.ts). The refund service changes the indexes only after a commit has resolved, so
 * memory never holds a record the disk does not.
 */
import { DomainError } from '../domain/errors';
import { monthOfLocal } from '../domain/local-time';
import type { Payment, Refund, RefundStatus } from '../domain/types';
import type { LedgerStore } from '../ports';
import { refundFactsOf } from './ledger-catalog';
import type { MonthCatalog, PaymentFacts, RefundFacts } from './ledger-catalog';
import { LazyNumberCounter } from './lazy-numbers';
import { RecentRecords } from './recent-records';
import { toListEntry } from './refund-summary';
import type { ListEntry } from './refund-summary';

/** Where the full records are: the store (or, in tests, its in-memory twin). */
export type RecordSource = Pick<LedgerStore, 'readRefund' | 'readPayment'>;

/**
 * Records kept decoded: more than a busy shop's open refunds (~5,000 at 50,000 refunds, which the reminders read
 * on every start) with their payments, a few tens of megabytes — not five years of them.
 */
export const RECENT_RECORDS = 12_000;

const byKey = (a: ListEntry, b: ListEntry): number => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0);
const byFactsKey = (a: RefundFacts, b: RefundFacts): number => byKey(a.entry, b.entry);

export class LedgerIndex {
  /**
   * Each refund's facts (its list row, payment and request) and, apart, its month file: two maps of 50,000 and no
   * object of our own per refund at start-up.
   */
  private readonly factsById = new Map<string, RefundFacts>();
  private readonly monthById = new Map<string, string>();
  private readonly monthOfPayment = new Map<string, string>();
  private readonly refunds = new RecentRecords<Refund>(RECENT_RECORDS);
  private readonly payments = new RecentRecords<Payment>(RECENT_RECORDS);
  /**
   * Built the first time it is asked (a create, an import), not at start-up: ~100,000 map entries the first
   * screen need not wait for. Kept up to date from then on.
   */
  private refundIdByRequest: Map<string, string> | undefined;
  /** Refund ids of each payment, oldest first. */
  private readonly refundIdsByPayment = new Map<string, string[]>();
  private paymentIdByMatchKey: Map<string, string> | undefined;
  /** Payments' match keys in the order they were met, until paymentIdByMatchKey is built from them. */
  private matchKeysToIndex: PaymentFacts[] = [];
  /** Oldest first, so the common case (a new refund is the newest) is a push; the list reads from the end. */
  private readonly sorted: ListEntry[] = [];
  /**
   * Refund ids by current status, each with its month file: reminders look only at refunds that can still need
   * someone, and read them a month at a time.
   */
  private readonly idsByStatus = new Map<RefundStatus, Map<string, string>>();
  readonly numbers = new LazyNumberCounter(() => this.allNumbers());

  private constructor(private readonly source: RecordSource) {}

  static build(catalog: readonly MonthCatalog[], source: RecordSource): LedgerIndex {
    const index = new LedgerIndex(source);
    for (const month of catalog) {
      for (const payment of month.payments) index.notePayment(payment, month.month);
    }
    // No wrapper object per refund and no sort per payment: at 50,000 refunds both were most of start-up's garbage.
    const all: RefundFacts[] = [];
    for (const month of catalog) {
      for (const facts of month.refunds) {
        index.remember(facts, month.month);
        all.push(facts);
      }
    }
    all.sort(byFactsKey);
    for (const facts of all) {
      index.sorted.push(facts.entry);
      // In list order, so every payment's refunds are oldest first without sorting them.
      index.linkToPayment(facts.entry.id, facts.paymentId);
    }
    return index;
  }

  get size(): number {
    return this.factsById.size;
  }

  /** Newest-last order; callers page from the end. */
  get entries(): readonly ListEntry[] {
    return this.sorted;
  }

  refund(id: string): Refund | undefined {
    return this.refunds.get(id) ?? this.readRefund(id, true);
  }

  /** The same record without keeping it: for a pass over every refund (integrity check, export). */
  refundPassing(id: string): Refund | undefined {
    return this.refunds.peek(id) ?? this.readRefund(id, false);
  }

  payment(id: string): Payment | undefined {
    const known = this.payments.get(id);
    if (known !== undefined) return known;
    const month = this.monthOfPayment.get(id);
    const payment = month === undefined ? undefined : this.source.readPayment(month, id);
    if (payment !== undefined) this.payments.set(id, payment);
    return payment;
  }

  /** The same payment without keeping it (see refundPassing). */
  paymentPassing(id: string): Payment | undefined {
    const known = this.payments.peek(id);
    if (known !== undefined) return known;
    const month = this.monthOfPayment.get(id);
    return month === undefined ? undefined : this.source.readPayment(month, id);
  }

  /** The refund's whole record and its payment's when both are in memory already, else undefined (nothing is read). */
  decodedRecord(id: string): { readonly refund: Refund; readonly payment: Payment } | undefined {
    const refund = this.refunds.get(id);
    const payment = refund === undefined ? undefined : this.payments.get(refund.paymentId);
    return refund === undefined || payment === undefined ? undefined : { refund, payment };
  }

  /** The month file that holds a refund. */
  monthOfRefund(id: string): string | undefined {
    return this.monthById.get(id);
  }

  /** The month file that holds a payment and its refunds. */
  monthOf(paymentId: string): string | undefined {
    return this.monthOfPayment.get(paymentId);
  }

  entry(id: string): ListEntry | undefined {
    return this.factsById.get(id)?.entry;
  }

  refundIdForRequest(requestId: string): string | undefined {
    if (this.refundIdByRequest === undefined) {
      this.refundIdByRequest = new Map();
      for (const [id, facts] of this.factsById) this.refundIdByRequest.set(facts.requestId, id);
    }
    return this.refundIdByRequest.get(requestId);
  }

  paymentByMatchKey(key: string): Payment | undefined {
    if (key === '') return undefined;
    const id = this.matchKeys().get(key);
    return id === undefined ? undefined : this.payment(id);
  }

  /**
   * Ids of the refunds whose status is one of `statuses`, grouped by month file: reading their records then
   * brings each month's bytes in once (a store keeps only recent months' bytes in memory).
   */
  idsWithStatus(statuses: Iterable<RefundStatus>): string[] {
    // Bucketed by the month kept beside each id: a sort whose comparator looked both months up took ~15 ms of
    // every reminders call at 5,000 open refunds. Within a month, ids keep the order of `statuses`, then of insertion.
    const byMonth = new Map<string, string[]>();
    for (const status of statuses) {
      for (const [id, month] of this.idsByStatus.get(status) ?? []) {
        const ids = byMonth.get(month);
        if (ids === undefined) byMonth.set(month, [id]);
        else ids.push(id);
      }
    }
    return [...byMonth.keys()].sort().flatMap((month) => byMonth.get(month) ?? []);
  }

  refundsOfPayment(paymentId: string): Refund[] {
    const ids = this.refundIdsByPayment.get(paymentId) ?? [];
    return ids.map((id) => this.refund(id)).filter((refund): refund is Refund => refund !== undefined);
  }

  /** Statuses of a payment's refunds, from the list rows (no record read). */
  statusesOfPayment(paymentId: string): RefundStatus[] {
    const ids = this.refundIdsByPayment.get(paymentId) ?? [];
    return ids.flatMap((id) => {
      const status = this.factsById.get(id)?.entry.summary.status;
      return status === undefined ? [] : [status];
    });
  }

  putPayment(payment: Payment): void {
    // Its own small object: the list of keys to index must not hold the whole payment.
    this.notePayment({ id: payment.id, matchKey: payment.matchKey }, monthOfLocal(payment.paidAt));
    this.payments.set(payment.id, payment);
  }

  /** Inserts or replaces one refund just committed to `month`, keeping the list sorted without re-sorting it. */
  putRefund(refund: Refund, month: string): void {
    const previous = this.factsById.get(refund.id)?.entry;
    const entry = toListEntry(refund, this.payment(refund.paymentId));
    if (previous !== undefined) {
      this.sorted.splice(this.lowerBound(previous.sortKey), 1);
      this.idsByStatus.get(previous.summary.status)?.delete(refund.id);
    } else {
      this.linkToPayment(refund.id, refund.paymentId);
    }
    this.sorted.splice(this.lowerBound(entry.sortKey), 0, entry);
    this.remember({ entry, paymentId: refund.paymentId, requestId: refund.requestId }, month);
    this.refunds.set(refund.id, refund);
    this.numbers.observe(refund.number);
    // Usually already in order; a PC clock set backwards is the case this keeps right.
    if (previous === undefined) this.sortPaymentRefunds(refund.paymentId);
  }

  /** Bulk insert of refunds just committed to `month` (import). */
  putRefunds(refunds: readonly Refund[], month: string): void {
    if (refunds.length < 64) {
      for (const refund of refunds) this.putRefund(refund, month);
      return;
    }
    const added: { facts: RefundFacts; month: string }[] = [];
    for (const refund of refunds) {
      if (this.factsById.has(refund.id)) this.putRefund(refund, month);
      else added.push({ facts: refundFactsOf(refund, this.payment(refund.paymentId)), month });
    }
    this.addFacts(added);
    for (const { facts } of added) this.numbers.observe(facts.entry.summary.number);
  }

  private readRefund(id: string, keep: boolean): Refund | undefined {
    const month = this.monthById.get(id);
    if (month === undefined) return undefined;
    const refund = this.source.readRefund(month, id);
    if (refund === undefined) {
      // The catalog listed it, so the store must hold it: a mismatch is a bug, not a missing record to hide.
      throw new DomainError('internal', `Refund ${id} is in the index but not in ledger/${month}.json.`, { params: { id } });
    }
    if (keep) this.refunds.set(id, refund);
    return refund;
  }

  private matchKeys(): Map<string, string> {
    if (this.paymentIdByMatchKey === undefined) {
      const byKey = new Map<string, string>();
      // The first payment with a key keeps it, as if each had been noted in turn.
      for (const { id, matchKey } of this.matchKeysToIndex) if (!byKey.has(matchKey)) byKey.set(matchKey, id);
      this.paymentIdByMatchKey = byKey;
      this.matchKeysToIndex = [];
    }
    return this.paymentIdByMatchKey;
  }

  private notePayment(payment: PaymentFacts, month: string): void {
    const { id, matchKey } = payment;
    this.monthOfPayment.set(id, month);
    // The first payment with a key keeps it: a later duplicate must not silently take over its refunds.
    if (matchKey === '') return;
    if (this.paymentIdByMatchKey === undefined) this.matchKeysToIndex.push(payment);
    else if (!this.paymentIdByMatchKey.has(matchKey)) this.paymentIdByMatchKey.set(matchKey, id);
  }

  /** New refunds by their facts (an import): sort the batch once and merge it in, instead of n splices. */
  private addFacts(batch: readonly { readonly facts: RefundFacts; readonly month: string }[]): void {
    const touched = new Set<string>();
    for (const { facts, month } of batch) {
      this.linkToPayment(facts.entry.id, facts.paymentId);
      touched.add(facts.paymentId);
      this.remember(facts, month);
    }
    this.mergeSorted(batch.map(({ facts }) => facts.entry).sort(byKey));
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

  private remember(facts: RefundFacts, month: string): void {
    const { entry } = facts;
    const sameStatus = this.idsByStatus.get(entry.summary.status);
    if (sameStatus === undefined) this.idsByStatus.set(entry.summary.status, new Map([[entry.id, month]]));
    else sameStatus.set(entry.id, month);
    this.factsById.set(entry.id, facts);
    this.monthById.set(entry.id, month);
    this.refundIdByRequest?.set(facts.requestId, entry.id);
  }

  private *allNumbers(): Generator<string> {
    for (const entry of this.sorted) yield entry.summary.number;
  }

  private linkToPayment(refundId: string, paymentId: string): void {
    const ids = this.refundIdsByPayment.get(paymentId);
    if (ids === undefined) this.refundIdsByPayment.set(paymentId, [refundId]);
    else ids.push(refundId);
  }

  private sortPaymentRefunds(paymentId: string): void {
    const ids = this.refundIdsByPayment.get(paymentId);
    if (ids !== undefined) this.sortRefundIds(ids);
  }

  private sortRefundIds(ids: string[]): void {
    if (ids.length < 2) return;
    const keyOf = (id: string): string => this.factsById.get(id)?.entry.sortKey ?? '';
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
