import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_NOTIFICATION_PREFS } from '../../../electron/common/reminders/notification-prefs';
import type { NotificationPrefs } from '../../../electron/common/reminders/notification-prefs';
import { errorMessage } from '../../i18n/error-message';
import { useWireAction } from '../../lib/use-wire-action';
import { useApp } from '../app/app-context';

/**
 * When the computer may show a reminder notification: on or off, the morning round's time and the quiet hours.
 * Checked in main (reminders/notification-prefs.ts); a morning time inside the quiet hours is refused there.
 */
export function NotificationsBlock() {
  const { t, i18n } = useTranslation();
  const { settings, updateSettings } = useApp();
  const [draft, setDraft] = useState<NotificationPrefs>(settings.notifications ?? DEFAULT_NOTIFICATION_PREFS);
  const { error, run } = useWireAction();
  const [saved, setSaved] = useState(false);

  const change = (patch: Partial<NotificationPrefs>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setSaved(false);
  };

  async function save(): Promise<void> {
    setSaved(false);
    const done = await run(() => updateSettings({ notifications: draft }));
    setSaved(done !== undefined);
  }

  const time = (field: 'morningTime' | 'quietStart' | 'quietEnd') => (
    <label>
      <span className="field__label">{t(`notifications.${field}`)}</span>
      <input
        className="input"
        type="time"
        aria-invalid={error?.field === `notifications.${field}` ? true : undefined}
        value={draft[field]}
        onChange={(event) => change({ [field]: event.target.value })}
      />
    </label>
  );

  return (
    <div className="settings__block">
      <h2 className="field__label">{t('notifications.title')}</h2>
      <p className="field__hint">{t('notifications.intro')}</p>
      <form
        className="approval__row"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label className="settlement-account__check">
          <input type="checkbox" checked={draft.enabled} onChange={(event) => change({ enabled: event.target.checked })} />
          <span>{t('notifications.enabled')}</span>
        </label>
        {time('morningTime')}
        {time('quietStart')}
        {time('quietEnd')}
        <button type="submit" className="button">
          {t('notifications.save')}
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
