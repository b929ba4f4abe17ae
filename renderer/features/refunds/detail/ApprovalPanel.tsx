import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_APPROVAL_POLICY } from '../../../../electron/common/domain/approval';
import type { WireError } from '../../../../electron/common/domain/errors';
import { formatYuan } from '../../../../electron/common/domain/money';
import type { RefundDetail } from '../../../../electron/common/ipc/contract';
import { call } from '../../../bridge';
import { errorMessage } from '../../../i18n/error-message';
import { formatInstant } from '../../../lib/format';
import { useApp } from '../../app/app-context';
import { PinInput } from '../../../components/PinInput';

interface ApprovalPanelProps {
  readonly detail: RefundDetail;
  readonly busy: boolean;
  readonly change: (run: () => Promise<RefundDetail>) => Promise<WireError | undefined>;
}

/**
 * The owner's approval at the counter: who approves, their PIN, approve — or refuse with a reason. After the
 * decision it shows who decided and when; an abnormal refund shows where the money was re-routed.
 */
export function ApprovalPanel({ detail, busy, change }: ApprovalPanelProps) {
  const { t } = useTranslation();
  const { refund } = detail;
  const decision = detail.approval?.decision;
  if (refund.status === 'awaiting_approval') return <ApprovalPrompt detail={detail} busy={busy} change={change} />;
  if (decision === undefined && refund.reroutedTo === undefined) return null;
  return (
    <section className="card" aria-label={t('approval.prompt.title')}>
      {decision === undefined ? null : (
        <p className="approval__decision" data-testid="approval-decision">
          {t('approval.prompt.decided', { kind: t(`event.${decision.kind}`), name: decision.by, at: formatInstant(decision.at) })}
        </p>
      )}
      {refund.reroutedTo === undefined ? null : <p>{t('approval.reroute.shown', { to: refund.reroutedTo })}</p>}
    </section>
  );
}

function ApprovalPrompt({ detail, busy, change }: ApprovalPanelProps) {
  const { t, i18n } = useTranslation();
  const { info, settings } = useApp();
  const { refund } = detail;
  const owners = settings.operators.filter((operator) => operator.role === 'owner');
  const working = info.currentOperator;
  const preferred =
    owners.find((owner) => owner.id === working?.id && owner.name !== refund.operator) ??
    owners.find((owner) => owner.name !== refund.operator) ??
    owners[0];
  const [approverId, setApproverId] = useState(preferred?.id ?? '');
  const [pin, setPin] = useState('');
  const [note, setNote] = useState('');
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<WireError | undefined>(undefined);
  const approver = owners.find((owner) => owner.id === approverId);
  const policy = settings.approval ?? DEFAULT_APPROVAL_POLICY;
  const reasons = (detail.approval?.reasons ?? [])
    .map((code) => t(`approval.reason.${code}`, { threshold: formatYuan(policy.thresholdFen), days: policy.oldSaleDays }))
    .join('、');

  async function decide(kind: 'approve' | 'refuse'): Promise<void> {
    const problem = await change(() =>
      kind === 'approve'
        ? call('refund.approve', { id: refund.id, approverId, pin, ...(note.trim() === '' ? {} : { note: note.trim() }) })
        : call('refund.refuse', { id: refund.id, approverId, pin, reason: reason.trim() }),
    );
    setError(problem);
    if (problem !== undefined) setPin('');
  }

  return (
    <section className="card approval" aria-labelledby="approval-title">
      <h2 id="approval-title" className="card__title">
        {t('approval.prompt.title')}
      </h2>
      {reasons === '' ? null : <p className="approval__facts">{t('approval.prompt.why', { reasons })}</p>}
      <p className="approval__facts">{t('approval.prompt.requester', { name: refund.operator })}</p>
      {detail.approval?.active === false ? <p className="field__hint">{t('approval.prompt.inactive')}</p> : null}
      <form
        className="approval__row"
        onSubmit={(event) => {
          event.preventDefault();
          void decide(refusing ? 'refuse' : 'approve');
        }}
      >
        <label>
          <span className="field__label">{t('approval.prompt.approver')}</span>
          <select className="input" value={approverId} onChange={(event) => setApproverId(event.target.value)}>
            {owners.map((owner) => (
              <option key={owner.id} value={owner.id}>
                {owner.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="field__label">{t('approval.prompt.pin')}</span>
          <PinInput
            value={pin}
            aria-invalid={error?.field === 'pin'}
            onValue={setPin}
          />
        </label>
        {refusing ? (
          <label>
            <span className="field__label">{t('approval.prompt.refuseReason')}</span>
            <input
              className="input"
              maxLength={500}
              value={reason}
              placeholder={t('approval.prompt.refuseReasonPlaceholder')}
              onChange={(event) => setReason(event.target.value)}
            />
          </label>
        ) : (
          <label>
            <span className="field__label">
              {t('approval.prompt.note')}（{t('common.optional')}）
            </span>
            <input className="input" maxLength={2000} value={note} onChange={(event) => setNote(event.target.value)} />
          </label>
        )}
        {refusing ? (
          <>
            <button type="submit" className="button button--danger-quiet" disabled={busy || pin === '' || reason.trim() === ''}>
              {t('approval.prompt.confirmRefuse')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setRefusing(false)}>
              {t('common.cancel')}
            </button>
          </>
        ) : (
          <>
            <button type="submit" className="button button--primary" disabled={busy || pin === '' || approver === undefined}>
              {t('approval.prompt.approve')}
            </button>
            <button type="button" className="button button--danger-quiet" disabled={busy} onClick={() => setRefusing(true)}>
              {t('approval.prompt.refuse')}
            </button>
          </>
        )}
      </form>
      {approver !== undefined && !approver.hasPin ? <p className="field__hint">{t('approval.prompt.noPinHint')}</p> : null}
      {approver !== undefined && owners.length === 1 && approver.name === refund.operator ? (
        <p className="field__hint">{t('approval.prompt.selfOverride')}</p>
      ) : null}
      {error === undefined ? null : (
        <p className="field__error" role="alert">
          {errorMessage(i18n, error)}
        </p>
      )}
    </section>
  );
}
