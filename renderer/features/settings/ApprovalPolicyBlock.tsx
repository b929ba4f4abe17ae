import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_APPROVAL_POLICY } from '../../../electron/common/domain/approval';
import type { WireError } from '../../../electron/common/domain/errors';
import { formatYuanPlain, parseAmount } from '../../../electron/common/domain/money';
import { toWireError } from '../../bridge';
import { errorMessage } from '../../i18n/error-message';
import { useApp } from '../app/app-context';

/** The shop's approval rules (domain/approval.ts): a threshold and an age of sale. Owners edit them. */
export function ApprovalPolicyBlock() {
  const { t, i18n } = useTranslation();
  const { info, settings, updateSettings } = useApp();
  const policy = settings.approval ?? DEFAULT_APPROVAL_POLICY;
  const [threshold, setThreshold] = useState(formatYuanPlain(policy.thresholdFen));
  const [days, setDays] = useState(String(policy.oldSaleDays));
  const [error, setError] = useState<WireError | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  const isOwner = info.currentOperator?.role === 'owner';
  const active = settings.operators.some((operator) => operator.role === 'owner' && operator.hasPin);

  async function save(): Promise<void> {
    setError(undefined);
    setSaved(false);
    try {
      const oldSaleDays = Number(days);
      if (!Number.isInteger(oldSaleDays) || oldSaleDays < 0) {
        setError({ code: 'invalid_argument', message: 'days', field: 'oldSaleDays' });
        return;
      }
      await updateSettings({ approval: { thresholdFen: parseAmount(threshold, 'threshold'), oldSaleDays } });
      setSaved(true);
    } catch (problem) {
      setError(toWireError(problem));
    }
  }

  return (
    <div className="settings__block">
      <h2 className="field__label">{t('approval.settings.approvalTitle')}</h2>
      <p className="field__hint">{t('approval.settings.approvalIntro')}</p>
      {active ? null : <p className="field__hint">{t('approval.settings.approvalInactive')}</p>}
      <form
        className="approval__row"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label>
          <span className="field__label">{t('approval.settings.threshold')}</span>
          <input className="input" inputMode="decimal" disabled={!isOwner} value={threshold} onChange={(event) => setThreshold(event.target.value)} />
        </label>
        <label>
          <span className="field__label">{t('approval.settings.oldSaleDays')}</span>
          <input className="input" inputMode="numeric" disabled={!isOwner} value={days} onChange={(event) => setDays(event.target.value)} />
        </label>
        <button type="submit" className="button" disabled={!isOwner}>
          {t('approval.settings.saveApproval')}
        </button>
        {saved ? (
          <span className="text--ok" role="status">
            {t('settings.saved')} ✓
          </span>
        ) : null}
      </form>
      {error === undefined ? null : (
        <p className="field__error" role="alert">
          {errorMessage(i18n, error)}
        </p>
      )}
    </div>
  );
}
