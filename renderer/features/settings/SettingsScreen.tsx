import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../electron/common/domain/errors';
import { toWireError } from '../../bridge';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { fieldDomId } from '../../lib/field-ids';
import { useApp } from '../app/app-context';
import { LanguageChoice } from './LanguageChoice';
import { CounterSettingsSection } from './CounterSettingsSection';
import { CalendarSettingsSection } from '../calendar/CalendarSettingsSection';
import { ApprovalPolicyBlock } from './ApprovalPolicyBlock';
import { OperatorsBlock } from './OperatorsBlock';
import { HotlinesBlock } from './HotlinesBlock';
import { SettlementAccountsBlock } from './SettlementAccountsBlock';
import { NotificationsBlock } from './NotificationsBlock';
import { ReceiptSettingsBlock } from './ReceiptSettingsBlock';
import { BackupBlock } from '../backups/BackupBlock';
import { PrivacyBlock } from '../privacy/PrivacyBlock';
import { DataToolsBlocks } from '../integrity/DataToolsBlocks';

/** Deliberately small: language, the shop's name, and where the data lives (for backups). */
export function SettingsScreen() {
  const { t } = useTranslation();
  const { info, settings, updateSettings } = useApp();
  const [shopName, setShopName] = useState(settings.shopName);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<WireError | undefined>(undefined);

  async function run(patch: Parameters<typeof updateSettings>[0]): Promise<void> {
    setError(undefined);
    setSaved(false);
    try {
      await updateSettings(patch);
      setSaved(true);
    } catch (problem) {
      setError(toWireError(problem));
    }
  }

  return (
    <main className="screen screen--settings" aria-labelledby="settings-title">
      <div className="screen__header">
        <h1 id="settings-title" className="screen__title">
          {t('settings.title')}
        </h1>
      </div>
      <div className="card settings">
        {error === undefined ? null : <ErrorBanner error={error} />}
        <LanguageChoice value={settings.language} onChange={(language) => void run({ language })} />
        <form
          className="settings__row"
          onSubmit={(event) => {
            event.preventDefault();
            void run({ shopName: shopName.trim() });
          }}
        >
          <Field path="settings.shopName" label={t('settings.shopName')}>
            <input
              id={fieldDomId('settings.shopName')}
              className="input"
              value={shopName}
              maxLength={100}
              onChange={(event) => {
                setShopName(event.target.value);
                setSaved(false);
              }}
            />
          </Field>
          <button type="submit" className="button" disabled={shopName.trim() === '' || shopName.trim() === settings.shopName}>
            {t('settings.saveShopName')}
          </button>
          {saved ? (
            <span className="text--ok" role="status">
              {t('settings.saved')} ✓
            </span>
          ) : null}
        </form>
        <OperatorsBlock />
        <ApprovalPolicyBlock />
        <CounterSettingsSection />
        <ReceiptSettingsBlock />
        <SettlementAccountsBlock />
        <HotlinesBlock />
        <NotificationsBlock />
        <CalendarSettingsSection />
        <BackupBlock />
        <PrivacyBlock />
        <DataToolsBlocks />
        <div className="settings__block">
          <h2 className="field__label">{t('settings.dataDir')}</h2>
          <p className="settings__path cell--mono">{info.dataDir}</p>
          <p className="field__hint">{t('settings.dataDirHint')}</p>
        </div>
        <p className="field__hint">{t('settings.version', { version: info.version })}</p>
      </div>
    </main>
  );
}
