import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUTO_LOCK_CHOICES } from '../../../electron/common/privacy/retention';
import { call } from '../../bridge';
import { errorMessage } from '../../i18n/error-message';
import { useWireAction } from '../../lib/use-wire-action';
import { useApp } from '../app/app-context';
import { EraseCustomerForm } from './EraseCustomerForm';
import { RetentionSelect } from './RetentionSelect';

/** Settings → 隐私: retention (what it does in plain words), auto-lock, who can read the files, delete a customer. */
export function PrivacyBlock() {
  const { t, i18n } = useTranslation();
  const { settings, refresh } = useApp();
  const [retentionDays, setRetentionDays] = useState<number | null>(settings.privacy?.retentionDays ?? null);
  const [autoLock, setAutoLock] = useState<number | null>(settings.privacy?.autoLockMinutes ?? null);
  const [saved, setSaved] = useState<number | undefined>(undefined);
  const { busy, error, run } = useWireAction();

  async function save(): Promise<void> {
    setSaved(undefined);
    const result = await run(() => call('privacy.update', { retentionDays, autoLockMinutes: autoLock }));
    if (result === undefined) return;
    setSaved(result.erasedNow);
    await refresh(); // auto-lock reads the setting from app info
  }

  return (
    <section className="settings__block" aria-labelledby="privacy-title" data-testid="privacy-block">
      <h2 id="privacy-title" className="field__label">
        {t('privacy.title')}
      </h2>
      <form
        className="approval__row"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label htmlFor="privacy-retention">
          <span className="field__label">{t('privacy.retention')}</span>
        </label>
        <RetentionSelect id="privacy-retention" value={retentionDays} onChange={setRetentionDays} />
        <label>
          <span className="field__label">{t('privacy.autoLock')}</span>
          <select
            className="input"
            value={autoLock === null ? 'off' : String(autoLock)}
            onChange={(event) => setAutoLock(event.target.value === 'off' ? null : Number(event.target.value))}
          >
            {AUTO_LOCK_CHOICES.map((minutes) => (
              <option key={minutes ?? 'off'} value={minutes === null ? 'off' : String(minutes)}>
                {minutes === null ? t('privacy.autoLockOff') : t('privacy.minutes', { count: minutes })}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button" disabled={busy}>
          {t('privacy.save')}
        </button>
      </form>
      <p className="field__hint">{t('privacy.retentionHint')}</p>
      <p className="field__hint">{t('privacy.filesNote')}</p>
      {error === undefined ? null : (
        <p className="field__error" role="alert">
          {errorMessage(i18n, error)}
        </p>
      )}
      {saved === undefined ? null : (
        <p className="text--ok" role="status">
          {t('privacy.saved', { count: saved })}
        </p>
      )}
      <EraseCustomerForm />
    </section>
  );
}
