/**
 * The `privacy.*` use cases behind ports, so they run the same in the app, in node tests and in the e2e harness.
 *
 * "Delete this customer's data", in an order that a crash at any point cannot undo:
 * 1. the erasure log gets the customer's refund ids (erasure-log.ts) — durable, no personal data;
 * 2. each case about those refunds loses the customer's text and, if it concerns nobody else, its files
 *    (case-erasure.ts) — through the case queue, one durable save per case. Cases go before refunds because
 *    the refunds hold the name and phone that find mentions of the customer in the cases' text;
 * 3. each refund loses name, phone and the customer's text, and its files are marked erased (erasure.ts);
 * 4. the bytes of every file so marked that no other record uses are deleted.
 * At every start, any logged erasure the records do not show is applied again: after a crash between the
 * steps, or after a backup from before the erasure was restored.
 */
import { caseErasedAttachmentHashes } from '../cases/case-attachments';
import type { Case } from '../cases/case';
import type { Operator } from '../domain/operators';
import type { Refund } from '../domain/types';
import type { Clock, Hasher, SettingsStore } from '../ports';
import { DomainError } from '../domain/errors';
import { caseWasErased, withCaseCustomerErased } from './case-erasure';
import { customerRefunds, planErasure, unusedFiles } from './customer-match';
import type { ErasurePlan } from './customer-match';
import { erasedAttachmentHashes, withAttachmentErased, withPersonalDataErased } from './erasure';
import type { ErasureReason } from './erasure';
import type { ErasureLog, ErasureLogEntry } from './erasure-log';
import { AUTO_LOCK_CHOICES, RETENTION_CHOICES, retentionPlan } from './retention';
import type {
  CustomerErasureInput,
  CustomerErasurePreview,
  CustomerErasureResult,
  CustomerQuery,
  PrivacySettings,
  PrivacyUpdateInput,
  PrivacyUpdateResult,
} from './privacy-contract';

export interface PrivacyServiceDeps {
  readonly refunds: () => readonly Refund[];
  /** The refunds whose list row still shows a name or phone: all that retention can find work in. */
  readonly refundsWithCustomer: () => readonly Refund[];
  readonly amend: (id: string, change: (refund: Refund, now: Date, hasher: Hasher) => Refund) => Promise<unknown>;
  readonly settings: SettingsStore;
  readonly clock: Clock;
  readonly requireOwner: () => Operator;
  readonly verifyPin: (operator: Operator, pin: string) => Promise<void>;
  readonly cases: () => readonly Case[];
  readonly amendCase: (id: string, change: (kase: Case, now: Date, hasher: Hasher) => Case) => Promise<unknown>;
  readonly erasureLog: ErasureLog;
  readonly deleteFile: (sha256: string) => Promise<void>;
}

/** Who the retention rule's events name: no person did it, the owner's setting did. */
export const RETENTION_ACTOR = 'retention';

/** Who a re-applied erasure names: the owner's earlier request, done again by the app at start-up. */
export const ERASURE_ACTOR = 'erasure_log';

function wasErasedOnRequest(refund: Refund): boolean {
  return refund.events.some((event) => event.kind === 'personal_data_erased' && event.note === 'customer_request');
}

export function createPrivacyService(deps: PrivacyServiceDeps) {
  const privacyOf = (): PrivacySettings => deps.settings.get().privacy ?? { retentionDays: null };

  async function eraseRefund(refund: Refund, reason: ErasureReason, actor: string, plan?: ErasurePlan): Promise<void> {
    const files = plan?.attachments.filter((sha) => refund.events.some((event) => event.attachment?.sha256 === sha)) ?? [];
    await deps.amend(refund.id, (current, now, hasher) =>
      files.reduce(
        (next, sha) => withAttachmentErased(next, sha, actor, now, hasher),
        withPersonalDataErased(current, reason, actor, now, hasher, plan?.needles),
      ),
    );
  }

  /** Start-up, daily and after the setting changes. Returns how many refunds were erased. */
  async function runRetention(): Promise<number> {
    const { retentionDays } = privacyOf();
    // Five years of refunds are not read at every start: only the ones that still name a customer.
    const due = retentionDays === null ? [] : retentionPlan(deps.refundsWithCustomer(), deps.clock.now(), retentionDays);
    for (const refund of due) await eraseRefund(refund, 'retention', RETENTION_ACTOR);
    return due.length;
  }

  /** Steps 2–4 of the header; returns how many files' bytes were deleted. */
  async function applyPlan(plan: ErasurePlan, actor: string): Promise<number> {
    for (const { kase, files } of plan.cases) {
      await deps.amendCase(kase.id, (current, now, hasher) => withCaseCustomerErased(current, plan.needles, files, 'customer_request', actor, now, hasher));
    }
    for (const refund of plan.refunds) await eraseRefund(refund, 'customer_request', actor, plan);
    return deleteUnusedBytes(plan.attachments);
  }

  async function deleteUnusedBytes(candidates: Iterable<string>): Promise<number> {
    const gone = unusedFiles(candidates, deps.refunds(), deps.cases());
    for (const sha of gone) await deps.deleteFile(sha);
    return gone.length;
  }

  /** A logged erasure the records do not show yet (a restored backup, a crash halfway), done again. */
  async function reapply(entry: ErasureLogEntry): Promise<boolean> {
    const refundIds = new Set(entry.refundIds);
    const all = deps.refunds();
    const pending = all.filter((refund) => refundIds.has(refund.id) && !wasErasedOnRequest(refund));
    const plan = planErasure(all, deps.cases(), pending, { refundIds, casesOpenedBefore: entry.at, skipCase: caseWasErased });
    const redo = plan.refunds.length > 0 || plan.cases.length > 0;
    if (redo) await applyPlan(plan, ERASURE_ACTOR);
    // Bytes a crash left behind after the records were saved.
    const marked = [
      ...all.filter((refund) => refundIds.has(refund.id)).flatMap((refund) => [...erasedAttachmentHashes(refund)]),
      ...deps.cases().flatMap((kase) => [...caseErasedAttachmentHashes(kase)]),
    ];
    await deleteUnusedBytes(marked);
    return redo;
  }

  /** Start-up: every logged erasure, in order. Returns how many needed doing again. */
  async function reapplyLogged(): Promise<number> {
    let redone = 0;
    for (const entry of deps.erasureLog.entries()) if (await reapply(entry)) redone += 1;
    return redone;
  }

  function preview(query: string): ErasurePlan {
    return planErasure(deps.refunds(), deps.cases(), customerRefunds(deps.refunds(), query));
  }

  const handlers = {
    'privacy.update': async (arg: PrivacyUpdateInput): Promise<PrivacyUpdateResult> => {
      deps.requireOwner();
      const current = privacyOf();
      const retentionDays = arg.retentionDays === undefined ? current.retentionDays : arg.retentionDays;
      const autoLockMinutes = arg.autoLockMinutes === undefined ? current.autoLockMinutes ?? null : arg.autoLockMinutes;
      if (!RETENTION_CHOICES.includes(retentionDays)) throw outOfRange('retentionDays');
      if (!AUTO_LOCK_CHOICES.includes(autoLockMinutes)) throw outOfRange('autoLockMinutes');
      const privacy = { retentionDays, autoLockMinutes };
      await deps.settings.update({ privacy });
      return { privacy, erasedNow: await runRetention() };
    },
    'privacy.previewCustomer': (arg: CustomerQuery): Promise<CustomerErasurePreview> =>
      Promise.resolve().then(() => {
        deps.requireOwner();
        const found = preview(arg.query);
        return {
          refunds: found.refunds.map((refund) => ({ id: refund.id, number: refund.number, createdAt: refund.createdAt })),
          cases: found.cases.map(({ kase, files }) => ({ id: kase.id, number: kase.number, files: files.length })),
          attachments: found.attachments.length,
          sharedAttachments: found.shared.length,
        };
      }),
    'privacy.eraseCustomer': async (arg: CustomerErasureInput): Promise<CustomerErasureResult> => {
      const owner = deps.requireOwner();
      // Irreversible: with a PIN set, the owner types it again, like an approval.
      if (owner.pinHash !== undefined) await deps.verifyPin(owner, arg.pin ?? '');
      const found = preview(arg.query);
      if (found.refunds.length === 0) return { refunds: 0, cases: 0, attachments: 0, filesDeleted: 0 };
      await deps.erasureLog.append({ at: deps.clock.now().toISOString(), refundIds: found.refunds.map((refund) => refund.id) });
      const filesDeleted = await applyPlan(found, owner.name);
      return { refunds: found.refunds.length, cases: found.cases.length, attachments: found.attachments.length, filesDeleted };
    },
  };
  return { handlers, runRetention, reapplyLogged };
}

export type PrivacyService = ReturnType<typeof createPrivacyService>;

function outOfRange(field: string): DomainError {
  return new DomainError('invalid_argument', `Not one of the offered choices: ${field}.`, { field });
}
