import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { containsFullCardNumber } from '../../../../electron/common/domain/card-number';
import type { WireError } from '../../../../electron/common/domain/errors';
import type { RefundStatus } from '../../../../electron/common/domain/types';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { errorMessage } from '../../../i18n/error-message';
import { RerouteDialog } from './RerouteDialog';

interface StatusActionsProps {
  /** Offered by the app for the refund's current status; the UI adds none of its own. */
  readonly allowed: readonly RefundStatus[];
  readonly busy: boolean;
  readonly onAdvance: (to: RefundStatus, reason?: string) => Promise<WireError | undefined>;
  /** Awaiting an owner's approval: no step yet, but not "finished" either (ApprovalPanel asks). */
  readonly waiting?: boolean;
}

/** The next steps the lifecycle allows. "Failed" asks why, because the reason is what a retry needs. */
export function StatusActions({ allowed, busy, onAdvance, waiting = false }: StatusActionsProps) {
  const { t, i18n } = useTranslation();
  const [failing, setFailing] = useState(false);
  // Abnormal asks where the money was re-routed (RerouteDialog); that text goes as the reason argument.
  const [rerouting, setRerouting] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<WireError | undefined>(undefined);

  async function advance(to: RefundStatus, why?: string): Promise<boolean> {
    const problem = await onAdvance(to, why);
    setError(problem);
    return problem === undefined;
  }

  async function confirmFail(): Promise<void> {
    if (containsFullCardNumber(reason)) {
      setError({ code: 'full_card_number', message: 'Full card number', field: 'reason' });
      return;
    }
    if (await advance('failed', reason.trim())) {
      setFailing(false);
      setReason('');
    }
  }

  if (allowed.length === 0) {
    return <p className="cell--muted">{waiting ? t('statusHint.awaiting_approval') : t('detail.noActions')}</p>;
  }
  return (
    <div className="actions">
      <div className="actions__buttons">
        {allowed.map((to) => (
          <button
            key={to}
            type="button"
            className={`button ${to === 'failed' ? 'button--danger-quiet' : 'button--primary'}`}
            disabled={busy}
            onClick={() => {
              if (to === 'failed') {
                setError(undefined);
                setFailing(true);
              } else if (to === 'abnormal') {
                setError(undefined);
                setRerouting(true);
              } else void advance(to);
            }}
          >
            {t(`action.${to}`)}
          </button>
        ))}
      </div>
      {error === undefined || failing || rerouting ? null : (
        <p className="field__error" role="alert">
          {errorMessage(i18n, error)}
        </p>
      )}
      <RerouteDialog
        open={rerouting}
        busy={busy}
        error={error}
        onConfirm={async (destination) => {
          if (await advance('abnormal', destination)) setRerouting(false);
        }}
        onCancel={() => {
          setRerouting(false);
          setError(undefined);
        }}
      />
      <ConfirmDialog
        open={failing}
        title={t('detail.failTitle')}
        confirmLabel={t('detail.confirmFail')}
        cancelLabel={t('common.cancel')}
        danger
        canConfirm={reason.trim() !== '' && !busy}
        onConfirm={() => void confirmFail()}
        onCancel={() => {
          setFailing(false);
          setError(undefined);
        }}
      >
        <label className="field__label" htmlFor="fail-reason">
          {t('detail.failReason')}
        </label>
        <textarea
          id="fail-reason"
          className="input input--note"
          rows={3}
          maxLength={500}
          value={reason}
          placeholder={t('detail.failReasonPlaceholder')}
          aria-describedby="fail-reason-hint"
          onChange={(event) => setReason(event.target.value)}
        />
        <p id="fail-reason-hint" className="field__hint">
          {t('detail.failReasonRequired')}
        </p>
        {error === undefined ? null : (
          <p className="field__error" role="alert">
            {errorMessage(i18n, error)}
          </p>
        )}
      </ConfirmDialog>
    </div>
  );
}
