/**
 * The `privacy.*` use cases behind ports, so they run the same in the app, in node tests and in the e2e harness.
 * Erasures go through the ledger's queue one refund at a time (`amend`), each a durable save; the bytes of a
 * file are deleted only after the records that mark it erased are saved, so a crash in between leaves an
 * unreadable-by-design file on disk, never a record pointing at bytes it claims are gone and still shows.
 */
import type { Operator } from '../domain/operators';
import type { Refund } from '../domain/types';
import type { Clock, Hasher, SettingsStore } from '../ports';
import { DomainError } from '../domain/errors';
import { planCustomerErasure } from './customer-match';
import { withAttachmentErased, withPersonalDataErased } from './erasure';
import type { ErasureReason } from './erasure';
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
  readonly amend: (id: string, change: (refund: Refund, now: Date, hasher: Hasher) => Refund) => Promise<unknown>;
  readonly settings: SettingsStore;
  readonly clock: Clock;
  readonly requireOwner: () => Operator;
  readonly verifyPin: (operator: Operator, pin: string) => Promise<void>;
  /** Hashes used by cases' evidence: their bytes must stay. */
  readonly caseAttachmentHashes: () => ReadonlySet<string>;
  readonly deleteFile: (sha256: string) => Promise<void>;
}

/** Who the retention rule's events name: no person did it, the owner's setting did. */
export const RETENTION_ACTOR = 'retention';

export function createPrivacyService(deps: PrivacyServiceDeps) {
  const privacyOf = (): PrivacySettings => deps.settings.get().privacy ?? { retentionDays: null };

  async function eraseRefund(refund: Refund, reason: ErasureReason, actor: string, files: readonly string[]): Promise<void> {
    await deps.amend(refund.id, (current, now, hasher) =>
      files.reduce((next, sha) => withAttachmentErased(next, sha, actor, now, hasher), withPersonalDataErased(current, reason, actor, now, hasher)),
    );
  }

  /** Start-up, daily and after the setting changes. Returns how many refunds were erased. */
  async function runRetention(): Promise<number> {
    const due = retentionPlan(deps.refunds(), deps.clock.now(), privacyOf().retentionDays);
    for (const refund of due) await eraseRefund(refund, 'retention', RETENTION_ACTOR, []);
    return due.length;
  }

  function plan(query: string) {
    return planCustomerErasure(deps.refunds(), query, deps.caseAttachmentHashes());
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
        const found = plan(arg.query);
        return {
          refunds: found.refunds.map((refund) => ({ id: refund.id, number: refund.number, createdAt: refund.createdAt })),
          attachments: found.attachments.length,
          sharedAttachments: found.shared.length,
          casesPending: true,
        };
      }),
    'privacy.eraseCustomer': async (arg: CustomerErasureInput): Promise<CustomerErasureResult> => {
      const owner = deps.requireOwner();
      // Irreversible: with a PIN set, the owner types it again, like an approval.
      if (owner.pinHash !== undefined) await deps.verifyPin(owner, arg.pin ?? '');
      const found = plan(arg.query);
      for (const refund of found.refunds) {
        const files = found.attachments.filter((sha) => refund.events.some((event) => event.attachment?.sha256 === sha));
        await eraseRefund(refund, 'customer_request', owner.name, files);
      }
      const shared = new Set(found.shared);
      let filesDeleted = 0;
      for (const sha of found.attachments) {
        if (shared.has(sha)) continue;
        await deps.deleteFile(sha);
        filesDeleted += 1;
      }
      return { refunds: found.refunds.length, attachments: found.attachments.length, filesDeleted };
    },
  };
  return { handlers, runRetention };
}

export type PrivacyService = ReturnType<typeof createPrivacyService>;

function outOfRange(field: string): DomainError {
  return new DomainError('invalid_argument', `Not one of the offered choices: ${field}.`, { field });
}
