/**
 * The case use cases behind the `case.*` methods (all but the packet's three), plus what the packet builder and
 * the reminders read. Every change runs through one queue, so "was this request already opened?", the case
 * number and the save that follows cannot interleave; memory changes only after the store's durable save.
 */
import type { AttachmentStore } from '../attachments/ports';
import { DomainError } from '../domain/errors';
import { formatLocalDate } from '../domain/local-time';
import type { Handlers } from '../ipc/contract';
import type { CaseSummary, CaseView, OpenCaseInput } from '../ipc/contract-cases';
import type { ContactEntry } from '../domain/misdirect';
import type { DismissReminderInput, SnoozeReminderInput } from '../ipc/contract-reminders';
import type { SettlementView } from '../ipc/contract-settlements';
import { SerialQueue } from '../ledger/serial-queue';
import type { Clock, Hasher, IdGenerator } from '../ports';
import type { SettlementDay } from '../settlements/settlement';
import { CLOSED_CASE_STATUSES } from './case';
import type { Case, CaseStatus, PacketExport } from './case';
import { readCaseEvidence, storeCaseEvidence, withCaseEvidence } from './case-attachments';
import { evaluateChecklist, missingItems } from './case-checklist';
import type { CaseLinkLookup, LinkedRecords } from './case-links';
import { resolveLinks } from './case-links';
import { nextCaseNumber } from './case-number';
import { openCase } from './case-open';
import {
  withCaseContact,
  withCaseDismissed,
  withCaseSnoozed,
  withCaseStatus,
  withCaseUpdate,
  withCoverLetter,
  withEvidenceMarked,
  withPacketExported,
} from './case-records';
import type { CaseDeadlineRecord } from './case-reminders';
import { verifyCase } from './case-replay';
import type { CaseStore } from './case-store-port';
import { caseSummaryOf, caseViewOf } from './case-view';
import { coverLetterDraft } from './cover-letter';
import type { CoverLetterShop } from './cover-letter';

export type CaseMethods =
  | 'case.open'
  | 'case.list'
  | 'case.get'
  | 'case.setStatus'
  | 'case.logContact'
  | 'case.addAttachment'
  | 'case.readAttachment'
  | 'case.markEvidence'
  | 'case.update'
  | 'case.coverLetterDraft'
  | 'case.saveCoverLetter';

export interface CaseServiceDeps {
  readonly store: CaseStore;
  /** The same content-addressed store as the refunds' evidence files. */
  readonly attachments: AttachmentStore;
  readonly clock: Clock;
  readonly hasher: Hasher;
  readonly ids: IdGenerator;
  /** The ledger's refunds and payments and the settlement days, by id. */
  readonly lookup: CaseLinkLookup;
  /** The settlement screen's view of a day (expected date and state on the working calendar). */
  readonly settlementView: (day: SettlementDay) => SettlementView;
  /** Who the shop is, for the cover letter (settings: name, phone, address). */
  readonly shop: () => CoverLetterShop;
  /** Throws `not_signed_in` unless someone is signed in, and for a name that is not an operator. */
  readonly requireSession: (actor: string) => void;
}

type CaseTarget<T> = Extract<T, { readonly caseId: string }>;

export interface CaseService {
  readonly handlers: Pick<Handlers, CaseMethods>;
  /** The case as the screens and the packet builder see it; throws `not_found`. */
  view(id: string): CaseView;
  /** The full linked records (refunds with their events, payments, settlement days), for the packet. */
  linkedOf(id: string): LinkedRecords;
  /** Every case as stored. */
  records(): readonly Case[];
  /** Cases that can still remind (not closed, with a deadline) and what each still misses. */
  deadlineRecords(): readonly CaseDeadlineRecord[];
  /**
   * A change from outside the case screens ("delete this customer's data", privacy/): the same queue and
   * durable save as every other change; no session check, the caller checked the owner.
   */
  amend(id: string, change: (kase: Case, now: Date, hasher: Hasher) => Case): Promise<void>;
  /** The packet code calls this after a successful export; a later change makes `lastPacket.stale` true. */
  recordPacketExported(id: string, packet: PacketExport, actor: string): Promise<CaseView>;
  snooze(input: CaseTarget<SnoozeReminderInput>): Promise<void>;
  dismiss(input: CaseTarget<DismissReminderInput>): Promise<void>;
  /**
   * The demo shop's cases (demo/demo-cases.ts), opened as of their own dates with their contact logs; only into
   * an empty store, so real cases are never mixed with invented ones.
   */
  importDemo(plans: readonly DemoCasePlan[]): Promise<void>;
  /** Resolves when every queued change has settled. */
  idle(): Promise<void>;
}

export interface DemoCasePlan {
  readonly input: OpenCaseInput;
  readonly openedAt: Date;
  readonly contacts: readonly { readonly at: Date; readonly contact: ContactEntry }[];
  readonly status?: { readonly at: Date; readonly to: CaseStatus };
}

/** Runs a read in a promise, so a `not_found` reaches the caller as a rejection, never as a synchronous throw. */
function answer<T>(read: () => T | Promise<T>): Promise<T> {
  return new Promise<T>((resolve) => {
    resolve(read());
  });
}

/** Deadlines first, soonest first (what needs the owner); then the rest, newest first. */
function compareCases(a: Case, b: Case): number {
  if (a.deadline !== undefined && b.deadline !== undefined && a.deadline !== b.deadline) return a.deadline < b.deadline ? -1 : 1;
  if (a.deadline !== undefined && b.deadline === undefined) return -1;
  if (a.deadline === undefined && b.deadline !== undefined) return 1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.number < b.number ? 1 : -1;
}

export function createCaseService(deps: CaseServiceDeps): CaseService {
  const { store, clock, hasher } = deps;
  const queue = new SerialQueue();
  const today = () => formatLocalDate(clock.now());

  function caseOrThrow(id: string): Case {
    const found = store.cases().find((entry) => entry.id === id);
    if (found === undefined) throw new DomainError('not_found', 'No such case.', { field: 'id', params: { id } });
    return found;
  }

  const linkedOfCase = (kase: Case): LinkedRecords => resolveLinks(kase.links, deps.lookup);

  function viewOf(kase: Case): CaseView {
    return caseViewOf({ kase, linked: linkedOfCase(kase), chainValid: verifyCase(kase, hasher), today: today(), settlementView: deps.settlementView });
  }

  function summaryOf(kase: Case): CaseSummary {
    return caseSummaryOf(kase, evaluateChecklist(kase, linkedOfCase(kase)), today());
  }

  /** Check and save one case inside the queue; an unchanged result (nothing new to record) is not saved again. */
  function change(id: string, actor: string, next: (kase: Case, now: Date) => Case): Promise<CaseView> {
    return queue.run(async () => {
      deps.requireSession(actor);
      const current = caseOrThrow(id);
      const changed = next(current, clock.now());
      if (changed !== current) await store.saveCase(changed);
      return viewOf(changed);
    });
  }

  const handlers: Pick<Handlers, CaseMethods> = {
    'case.open': (arg) =>
      queue.run(async () => {
        deps.requireSession(arg.actor);
        const repeated = store.cases().find((entry) => entry.requestId === arg.requestId);
        if (repeated !== undefined) return viewOf(repeated);
        const now = clock.now();
        const number = nextCaseNumber(now, store.cases().map((entry) => entry.number));
        const kase = openCase({ input: arg, id: deps.ids.newId(), number, now, today: formatLocalDate(now), lookup: deps.lookup, hasher });
        await store.saveCase(kase);
        return viewOf(kase);
      }),
    'case.list': (arg) =>
      answer(() => {
        const linkedTo = arg.linkedTo;
        const cases = store
          .cases()
          .filter((entry) => (arg.filter ?? 'open') === 'all' || !CLOSED_CASE_STATUSES.has(entry.status))
          .filter((entry) => linkedTo === undefined || entry.links.some((link) => link.type === linkedTo.type && link.id === linkedTo.id));
        return [...cases].sort(compareCases).map(summaryOf);
      }),
    'case.get': (arg) => answer(() => viewOf(caseOrThrow(arg.id))),
    'case.setStatus': (arg) => change(arg.id, arg.actor, (kase, now) => withCaseStatus(kase, arg, now, hasher)),
    'case.logContact': (arg) => change(arg.id, arg.actor, (kase, now) => withCaseContact(kase, arg, now, hasher)),
    'case.addAttachment': async (arg) => {
      deps.requireSession(arg.actor);
      caseOrThrow(arg.id);
      // Stored (and fsynced) before the queue: the event saved afterwards never points at a missing file.
      const stored = await storeCaseEvidence(arg, deps.attachments);
      return change(arg.id, arg.actor, (kase, now) => withCaseEvidence(kase, stored, now, hasher));
    },
    'case.readAttachment': (arg) => answer(() => readCaseEvidence(caseOrThrow(arg.id), arg.sha256, deps.attachments)),
    'case.markEvidence': (arg) => change(arg.id, arg.actor, (kase, now) => withEvidenceMarked(kase, arg, now, hasher)),
    'case.update': (arg) => change(arg.id, arg.actor, (kase, now) => withCaseUpdate(kase, arg, now, formatLocalDate(now), hasher)),
    'case.coverLetterDraft': (arg) =>
      answer(() => {
        const kase = caseOrThrow(arg.id);
        return { text: coverLetterDraft(viewOf(kase), arg.language, deps.shop(), { linked: linkedOfCase(kase), today: today() }) };
      }),
    'case.saveCoverLetter': (arg) =>
      change(arg.id, arg.actor, (kase, now) => {
        const linked = linkedOfCase(kase);
        const merchantNos = [...linked.payments, ...linked.refunds.map((entry) => entry.payment)].flatMap((payment) => payment.ids.merchantNo ?? []);
        return withCoverLetter(kase, arg, now, hasher, merchantNos);
      }),
  };

  return {
    handlers,
    view: (id) => viewOf(caseOrThrow(id)),
    linkedOf: (id) => linkedOfCase(caseOrThrow(id)),
    records: () => store.cases(),
    deadlineRecords: () =>
      store
        .cases()
        .filter((entry) => entry.deadline !== undefined && !CLOSED_CASE_STATUSES.has(entry.status))
        .map((entry) => ({ case: entry, missing: missingItems(evaluateChecklist(entry, linkedOfCase(entry))) })),
    amend: (id, next) =>
      queue.run(async () => {
        const current = caseOrThrow(id);
        const changed = next(current, clock.now(), hasher);
        if (changed !== current) await store.saveCase(changed);
      }),
    recordPacketExported: (id, packet, actor) => change(id, actor, (kase, now) => withPacketExported(kase, packet, actor, now, hasher)),
    snooze: async (input) => {
      await change(input.caseId, input.actor, (kase, now) => withCaseSnoozed(kase, input, now, hasher));
    },
    dismiss: async (input) => {
      await change(input.caseId, input.actor, (kase, now) => withCaseDismissed(kase, input, now, hasher));
    },
    importDemo: (plans) =>
      queue.run(async () => {
        if (store.cases().length > 0) return;
        for (const plan of plans) {
          const number = nextCaseNumber(plan.openedAt, store.cases().map((entry) => entry.number));
          const today = formatLocalDate(plan.openedAt);
          let kase = openCase({ input: plan.input, id: deps.ids.newId(), number, now: plan.openedAt, today, lookup: deps.lookup, hasher });
          for (const { at, contact } of plan.contacts) kase = withCaseContact(kase, { id: kase.id, contact, actor: plan.input.actor }, at, hasher);
          if (plan.status !== undefined) kase = withCaseStatus(kase, { id: kase.id, to: plan.status.to, actor: plan.input.actor }, plan.status.at, hasher);
          await store.saveCase(kase);
        }
      }),
    idle: () => queue.idle(),
  };
}
