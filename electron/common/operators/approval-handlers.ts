/**
 * The handlers behind `operator.*`, `session.*`, `refund.approve` and `refund.refuse`, and the view of the
 * settings the renderer may see. The composition root spreads these into its Handlers object.
 */
import { approvalKind, approvalsActive, DEFAULT_APPROVAL_POLICY } from '../domain/approval';
import { DomainError } from '../domain/errors';
import { summaryOf } from '../domain/operators';
import { requiredText } from '../domain/text-rules';
import type { Handlers, PublicSettings } from '../ipc/contract';
import type { ApprovalContext } from '../ledger/approval-gate';
import type { RefundLedger } from '../ledger/refund-ledger';
import type { Settings } from '../ports';
import type { OperatorDirectory } from './operator-directory';

/** Settings without PIN hashes: the only shape that may cross to the renderer. */
export function publicSettings(settings: Settings): PublicSettings {
  return { ...settings, operators: settings.operators.map(summaryOf) };
}

export function approvalContextOf(settings: Settings): ApprovalContext {
  return { policy: settings.approval ?? DEFAULT_APPROVAL_POLICY, active: approvalsActive(settings.operators) };
}

type ApprovalMethods =
  | 'operator.list'
  | 'operator.add'
  | 'operator.setPin'
  | 'session.unlock'
  | 'session.lock'
  | 'refund.approve'
  | 'refund.refuse';

export function createApprovalHandlers(
  directory: OperatorDirectory,
  ledger: RefundLedger,
): Pick<Handlers, ApprovalMethods> {
  return {
    'operator.list': () => Promise.resolve(directory.list()),
    'operator.add': (arg) => directory.add(arg),
    'operator.setPin': (arg) => directory.setPin(arg),
    'session.unlock': (arg) => directory.unlock(arg),
    'session.lock': () => Promise.resolve(directory.lock()),
    'refund.approve': async (arg) => {
      const approver = directory.byId(arg.approverId);
      const requester = ledger.get(arg.id).refund.operator;
      const kind = approvalKind(approver, requester, directory.all());
      if (kind === 'not_owner') throw new DomainError('not_owner', 'Only an owner can approve.', { field: 'approverId' });
      if (kind === 'self_approval') {
        throw new DomainError('self_approval', 'Another owner must approve this refund.', { field: 'approverId' });
      }
      await directory.verifyPin(approver, arg.pin);
      return ledger.decide(arg.id, { kind, actor: approver.name, note: arg.note?.trim() || undefined });
    },
    'refund.refuse': async (arg) => {
      const approver = directory.byId(arg.approverId);
      if (approver.role !== 'owner') throw new DomainError('not_owner', 'Only an owner can refuse.', { field: 'approverId' });
      const reason = requiredText(arg.reason, 'reason', 'Say why the refund is refused.');
      await directory.verifyPin(approver, arg.pin);
      return ledger.decide(arg.id, { kind: 'refused', actor: approver.name, note: reason });
    },
  };
}
