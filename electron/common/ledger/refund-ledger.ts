/**
 * The refund ledger: the use cases behind `refund.*` and `payment.lookup`. Reads come from in-memory
 * indexes; every mutation goes through one queue (check-then-commit is atomic) and touches memory only
 * after the store has durably committed, so a failed save leaves the ledger exactly as it was.
 */
import { DomainError } from '../domain/errors';
import { canTransition, holdsMoney, transitionNeedsDestination, transitionNeedsReason } from '../domain/lifecycle';
import { monthOfLocal } from '../domain/local-time';
import { matchKey } from '../domain/payment-match';
import { checkRetry } from '../domain/remainder';
import { optionalText, refuseFullCardNumbers, requiredText } from '../domain/text-rules';
import type { Payment, Refund, RefundStatus } from '../domain/types';
import type {
  AddNoteInput,
  AdvanceInput,
  CreateRefundInput,
  PaymentLookupInput,
  PaymentLookupResult,
  RefundDetail,
  RefundListPage,
  RefundListQuery,
} from '../ipc/contract';
import type { Clock, Hasher, IdGenerator, LedgerStore } from '../ports';
import { planCreate } from './plan-create';
import { planImport } from './import-plan';
import type { ImportRecords } from './import-plan';
import { LedgerIndex } from './ledger-index';
import type { ListEntry } from './refund-summary';
import { detailOf, paymentLookupOf } from './refund-detail';
import { listEntries } from './refund-list';
import { withNote, withTransition } from './refund-records';
import { SerialQueue } from './serial-queue';
import { advanceTargets, approvalView, checkAdvance, gateRecorded, withDecision } from './approval-gate';
import type { ApprovalContext, DecisionArgs } from './approval-gate';
import type { CounterRulesSource } from './counter-rules';
import { withContact, withMisdirect, withRecovered } from './counter-records';
import type { LogContactInput, MarkRecoveredInput, ReportMisdirectInput } from '../ipc/contract-counter';
import { readEvidence, storeEvidence, withEvidence } from './attachment-records';
import type { AttachmentStore } from '../attachments/ports';
import type { AddAttachmentInput, AttachmentContent, ReadAttachmentInput } from '../ipc/contract-attachments';

export interface RefundLedgerDeps {
  readonly store: LedgerStore;
  readonly clock: Clock;
  readonly hasher: Hasher;
  readonly ids: IdGenerator;
  /**
   * The counter rules (limits, look-alikes, destination facts). The composition root always passes it;
   * ledger tests of other rules leave it out so they need not confirm every look-alike.
   */
  readonly counterRules?: CounterRulesSource;
  /** The approval policy now (approval-gate.ts); without it nothing waits for approval (ledger tests). */
  readonly approval?: () => ApprovalContext;
  /** Evidence files (attachment-records.ts); the composition root always passes it. */
  readonly attachments?: AttachmentStore;
}

export class RefundLedger {
  private readonly queue = new SerialQueue();

  private constructor(
    private readonly deps: RefundLedgerDeps,
    private readonly index: LedgerIndex,
  ) {}

  static async open(deps: RefundLedgerDeps): Promise<RefundLedger> {
    return new RefundLedger(deps, LedgerIndex.build(await deps.store.catalog(), deps.store));
  }

  get count(): number {
    return this.index.size;
  }

  /** Resolves when every queued mutation has settled. */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  create(input: CreateRefundInput): Promise<RefundDetail> {
    return this.queue.run(async () => {
      // Inside the queue, so a double-clicked Save sent twice at once still records one refund.
      const existingId = this.index.refundIdForRequest(input.requestId.trim());
      if (existingId !== undefined) return this.get(existingId);

      const plan = planCreate(input, this.index, this.deps);
      await this.deps.store.commit(plan.change);
      if (!plan.paymentKnown) this.index.putPayment(plan.payment);
      this.index.putRefund(plan.refund, plan.change.month);
      return this.get(plan.refund.id);
    });
  }

  list(query: RefundListQuery): RefundListPage {
    return listEntries(this.index.entries, query);
  }

  get(id: string): RefundDetail {
    const detail = detailOf(this.index, this.refundOrThrow(id), this.deps.hasher);
    const context = this.deps.approval?.();
    const now = this.deps.clock.now();
    return {
      ...detail,
      allowedTransitions: advanceTargets(detail.refund, detail.payment, context, now),
      approval: approvalView(detail.refund, detail.payment, context, now),
    };
  }

  advance(input: AdvanceInput): Promise<RefundDetail> {
    return this.queue.run(async () => {
      // The typed fields only: the id is a machine UUID, which can hold a Luhn-valid run of digits.
      refuseFullCardNumbers({ actor: input.actor, note: input.note, reason: input.reason, reroutedTo: input.reroutedTo });
      const refund = this.refundOrThrow(input.id);
      const actor = requiredText(input.actor, 'actor', 'Choose who is doing this.');
      if (!canTransition(refund.status, input.to)) {
        throw new DomainError('invalid_transition', `A ${refund.status} refund cannot become ${input.to}.`, {
          field: 'to',
          params: { from: refund.status, to: input.to },
        });
      }
      const reason = transitionNeedsReason(input.to)
        ? requiredText(input.reason, 'reason', 'Say why the refund failed.')
        : undefined;
      const payment = this.paymentOf(refund);
      const now = this.deps.clock.now();
      checkAdvance(refund, input.to, payment, this.deps.approval?.(), now);
      const reroutedTo = transitionNeedsDestination(input.to)
        ? requiredText(input.reroutedTo, 'reroutedTo', 'Say where the money was re-routed.')
        : undefined;
      if (refund.status === 'failed') checkRetry(refund, payment.amount, this.index.refundsOfPayment(payment.id));
      const next = withTransition(refund, {
        to: input.to,
        actor,
        // The destination is the event's note, like a failure reason, so the chain covers it.
        reason: reason ?? reroutedTo,
        note: optionalText(input.note),
        now,
        hasher: this.deps.hasher,
      });
      const routed = reroutedTo === undefined ? next : { ...next, reroutedTo };
      return this.save(gateRecorded(routed, payment, this.deps.approval?.(), now, this.deps.hasher), payment);
    });
  }

  /** An owner's decision on a refund awaiting approval; the caller has checked who and their PIN. */
  decide(id: string, decision: Omit<DecisionArgs, 'now' | 'hasher'>): Promise<RefundDetail> {
    return this.queue.run(async () => {
      refuseFullCardNumbers({ note: decision.note });
      const refund = this.refundOrThrow(id);
      const next = withDecision(refund, { ...decision, now: this.deps.clock.now(), hasher: this.deps.hasher });
      return this.save(next, this.paymentOf(refund));
    });
  }

  addNote(input: AddNoteInput): Promise<RefundDetail> {
    return this.queue.run(async () => {
      refuseFullCardNumbers({ actor: input.actor, note: input.note });
      const refund = this.refundOrThrow(input.id);
      const actor = requiredText(input.actor, 'actor', 'Choose who is writing the note.');
      const note = requiredText(input.note, 'note', 'Write the note.');
      const next = withNote(refund, actor, note, this.deps.clock.now(), this.deps.hasher);
      return this.save(next, this.paymentOf(refund));
    });
  }

  /** A call, message or visit about this refund (counter-records.ts). */
  logContact(input: LogContactInput): Promise<RefundDetail> {
    return this.queue.run(async () => {
      const refund = this.refundOrThrow(input.id);
      return this.save(withContact(refund, input, this.deps.clock.now(), this.deps.hasher), this.paymentOf(refund));
    });
  }

  /** Money that reached the wrong person (misdirect.ts); the refund keeps counting until recovered. */
  reportMisdirect(input: ReportMisdirectInput): Promise<RefundDetail> {
    return this.queue.run(async () => {
      const refund = this.refundOrThrow(input.id);
      const exists = (number: string) => this.index.entries.some((entry) => entry.summary.number === number);
      return this.save(withMisdirect(refund, input, exists, this.deps.clock.now(), this.deps.hasher), this.paymentOf(refund));
    });
  }

  /** The misdirected money came back: from now on the refund no longer counts against its payment. */
  markRecovered(input: MarkRecoveredInput): Promise<RefundDetail> {
    return this.queue.run(async () => {
      const refund = this.refundOrThrow(input.id);
      return this.save(withRecovered(refund, input, this.deps.clock.now(), this.deps.hasher), this.paymentOf(refund));
    });
  }

  /**
   * An evidence file: stored durably by hash first (outside the queue), then the event that refers to it is
   * appended and saved in the queue (attachment-records.ts).
   */
  async addAttachment(input: AddAttachmentInput): Promise<RefundDetail> {
    this.refundOrThrow(input.refundId);
    const evidence = await storeEvidence(input, this.attachmentStore());
    return this.queue.run(async () => {
      const refund = this.refundOrThrow(input.refundId);
      const next = withEvidence(refund, evidence, this.deps.clock.now(), this.deps.hasher);
      return next === refund ? this.get(refund.id) : this.save(next, this.paymentOf(refund));
    });
  }

  async readAttachment(input: ReadAttachmentInput): Promise<AttachmentContent> {
    return readEvidence(this.refundOrThrow(input.refundId), input.sha256, this.attachmentStore());
  }

  private attachmentStore(): AttachmentStore {
    if (this.deps.attachments === undefined) throw new DomainError('internal', 'No attachment store was configured.');
    return this.deps.attachments;
  }

  /** One refund and its payment from memory, without the chain check `get` does (for decorating list rows). */
  record(id: string): { readonly refund: Refund; readonly payment: Payment } | undefined {
    const refund = this.index.refund(id);
    const payment = refund === undefined ? undefined : this.index.payment(refund.paymentId);
    return refund === undefined || payment === undefined ? undefined : { refund, payment };
  }

  /** One payment by id (cases link payments directly: a retrieval request names a sale, not a refund). */
  payment(id: string): Payment | undefined {
    return this.index.payment(id);
  }

  /**
   * The refunds whose status is one of `statuses`, each with its payment: what the reminders are computed from
   * (reminders/) — at 50,000 refunds, the few thousand still open instead of five years of finished ones.
   */
  recordsWithStatus(statuses: ReadonlySet<RefundStatus>): { readonly refund: Refund; readonly payment: Payment }[] {
    return this.recordsOf(this.index.idsWithStatus(statuses));
  }

  private recordsOf(ids: readonly string[]): { readonly refund: Refund; readonly payment: Payment }[] {
    const out: { readonly refund: Refund; readonly payment: Payment }[] = [];
    for (const id of ids) {
      const refund = this.index.refund(id);
      const payment = refund === undefined ? undefined : this.index.payment(refund.paymentId);
      if (refund !== undefined && payment !== undefined) out.push({ refund, payment });
    }
    return out;
  }

  /**
   * recordsWithStatus, with the month files of records not yet in memory read without blocking first (one at a
   * time, through one buffer: LedgerStore.prefetch): the first reminders after a start read a few thousand records
   * from five years of months, which read synchronously held main for ~0.5 s and left ~100 MB of buffers behind.
   */
  async recordsWithStatusRead(statuses: ReadonlySet<RefundStatus>): Promise<{ readonly refund: Refund; readonly payment: Payment }[]> {
    const ids = this.index.idsWithStatus(statuses);
    const prefetch = this.deps.store.prefetch?.bind(this.deps.store);
    if (prefetch === undefined) return this.recordsOf(ids);
    // One pass over what is in memory, which after the first call is all of it: the Today screen asks after every
    // change, and looking each record up twice (is it there? then get it) was a quarter of a call at 50,000.
    const found: { readonly refund: Refund; readonly payment: Payment }[] = [];
    const missing = new Map<string, string[]>();
    for (const id of ids) {
      const record = this.index.decodedRecord(id);
      if (record !== undefined) {
        found.push(record);
        continue;
      }
      const month = this.index.monthOfRefund(id);
      if (month === undefined) continue;
      const waiting = missing.get(month);
      if (waiting === undefined) missing.set(month, [id]);
      else waiting.push(id);
    }
    if (missing.size === 0) return found;
    for (const [month, monthIds] of missing) {
      await prefetch(month);
      // Decoded and kept now, while the month is in the buffer.
      for (const id of monthIds) this.record(id);
    }
    // Changes committed while the months were read count: the ids are asked for again.
    return this.recordsWithStatus(statuses);
  }

  /** How many refunds of a payment still hold money (not failed, closed or refused). */
  holdingCount(paymentId: string): number {
    return this.index.statusesOfPayment(paymentId).filter(holdsMoney).length;
  }

  /**
   * Every refund with its payment, oldest first (the integrity check, privacy, exports), read one at a time as
   * the caller goes: five years of full records are never all in memory at once, nor pushed into the ones kept.
   */
  records(): { readonly refund: Refund; readonly payment: Payment }[] {
    return [...this.eachRecord()];
  }

  /** The refunds whose list row shows a customer's name or phone, with their payments (retention, privacy). */
  recordsWithCustomer(): { readonly refund: Refund; readonly payment: Payment }[] {
    const named = this.index.entries.filter(({ summary }) => (summary.customerName ?? '') !== '' || (summary.customerPhone ?? '') !== '');
    return [...this.eachRecord(named)];
  }

  /**
   * Every refund with its payment, month file by month file, each month's file read without blocking first
   * (LedgerStore.prefetch): the background integrity check goes through five years this way while the counter
   * keeps working, instead of stopping it for a file read in the middle of a slice.
   */
  async *eachRecordByMonth(): AsyncGenerator<{ readonly refund: Refund; readonly payment: Payment }> {
    const byMonth = new Map<string, ListEntry[]>();
    for (const entry of this.index.entries) {
      const month = this.index.monthOfRefund(entry.id) ?? '';
      const entries = byMonth.get(month);
      if (entries === undefined) byMonth.set(month, [entry]);
      else entries.push(entry);
    }
    for (const [month, entries] of [...byMonth].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      await this.deps.store.prefetch?.(month);
      yield* this.eachRecord(entries);
    }
  }

  /** records() one at a time: a pass over five years holds one refund at a time, not all of them. */
  *eachRecord(entries: readonly ListEntry[] = [...this.index.entries]): Generator<{ readonly refund: Refund; readonly payment: Payment }> {
    for (const entry of entries) {
      const refund = this.index.refundPassing(entry.id);
      const payment = refund === undefined ? undefined : this.index.paymentPassing(refund.paymentId);
      if (refund !== undefined && payment !== undefined) yield { refund, payment };
    }
  }

  /**
   * Appends what `change` builds (a reminder snoozed or dismissed, reminders/reminder-records.ts) in the
   * queue and saves it; the change function is pure and may throw a DomainError to refuse.
   */
  amend(id: string, change: (refund: Refund, now: Date, hasher: Hasher) => Refund): Promise<RefundDetail> {
    return this.queue.run(async () => {
      const refund = this.refundOrThrow(id);
      return this.save(change(refund, this.deps.clock.now(), this.deps.hasher), this.paymentOf(refund));
    });
  }

  lookupPayment(input: PaymentLookupInput): PaymentLookupResult {
    return paymentLookupOf(this.index, this.index.paymentByMatchKey(matchKey(input.channel, input.paidAt, input.ids)));
  }

  /**
   * Brings in complete records (the demo shop). Everything is checked before anything is saved; then one
   * change per month is committed, oldest first. If a later month fails, the months before it stay saved
   * and visible, and the error propagates.
   */
  importRecords(records: ImportRecords): Promise<void> {
    return this.queue.run(async () => {
      const changes = planImport(records, this.index, this.deps.hasher);
      for (const change of changes) {
        await this.deps.store.commit(change);
        for (const payment of change.payments ?? []) this.index.putPayment(payment);
        this.index.putRefunds(change.refunds ?? [], change.month);
      }
    });
  }

  private async save(refund: Refund, payment: Payment): Promise<RefundDetail> {
    const month = monthOfLocal(payment.paidAt);
    await this.deps.store.commit({ month, refunds: [refund] });
    this.index.putRefund(refund, month);
    return this.get(refund.id);
  }

  private refundOrThrow(id: string): Refund {
    const refund = this.index.refund(id);
    if (refund === undefined) throw new DomainError('not_found', 'No such refund.', { field: 'id', params: { id } });
    return refund;
  }

  private paymentOf(refund: Refund): Payment {
    const payment = this.index.payment(refund.paymentId);
    if (payment === undefined) {
      throw new DomainError('internal', `The payment record of ${refund.number} is missing.`, {
        params: { number: refund.number },
      });
    }
    return payment;
  }
}
