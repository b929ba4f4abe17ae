import { useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../electron/common/domain/errors';
import type { AppInfo } from '../../../electron/common/ipc/contract';
import type { Language } from '../../../electron/common/ports';
import { call, toWireError } from '../../bridge';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { describedBy, fieldDomId } from '../../lib/field-ids';
import { LanguageChoice } from '../settings/LanguageChoice';
import { PinInput } from '../../components/PinInput';
import { RetentionSelect } from '../privacy/RetentionSelect';
import { DEFAULT_RETENTION_DAYS } from '../../../electron/common/privacy/retention';
import { RestoreOnNewPc } from './RestoreOnNewPc';

interface FirstRunScreenProps {
  readonly language: Language;
  readonly onLanguage: (language: Language) => void;
  readonly onDone: (info: AppInfo) => void;
}

/**
 * The first thing a new owner sees: a name for the shop and the first operator, then straight to work — or, on a
 * new computer, the old shop brought back from a backup or an export folder (RestoreOnNewPc).
 */
export function FirstRunScreen({ language, onLanguage, onDone }: FirstRunScreenProps) {
  const { t } = useTranslation();
  const [shopName, setShopName] = useState('');
  // Undefined until edited, so the default follows the language the owner picks.
  const [operatorName, setOperatorName] = useState<string | undefined>(undefined);
  const [errors, setErrors] = useState<Readonly<Record<string, WireError>>>({});
  const [failure, setFailure] = useState<WireError | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  // A restore from the section below is staged: the app restarts into the restored shop.
  const [restoring, setRestoring] = useState(false);
  const [ownerPin, setOwnerPin] = useState('');
  // Pre-selected and shown: the default is a choice the owner sees (RELIABILITY §6), saved right after setup.
  const [retentionDays, setRetentionDays] = useState<number | null>(DEFAULT_RETENTION_DAYS);
  const operator = operatorName ?? t('setup.operatorDefault');

  async function start(loadDemo: boolean): Promise<void> {
    if (restoring) return;
    const missing: Record<string, WireError> = {};
    if (shopName.trim() === '') missing['shopName'] = { code: 'required', message: 'Shop name', field: 'shopName' };
    if (operator.trim() === '') missing['operatorName'] = { code: 'required', message: 'Operator', field: 'operatorName' };
    setErrors(missing);
    const first = Object.keys(missing)[0];
    if (first !== undefined) {
      document.getElementById(fieldDomId(first))?.focus();
      return;
    }
    setBusy(true);
    setFailure(undefined);
    try {
      const pin = ownerPin.trim();
      await call('app.setup', {
        shopName: shopName.trim(),
        operatorName: operator.trim(),
        language,
        loadDemo,
        ...(pin === '' ? {} : { ownerPin: pin }),
      });
      // The owner is signed in after setup, so this owner-only save is allowed; then app info carries it.
      await call('privacy.update', { retentionDays });
      onDone(await call('app.info', {}));
    } catch (error) {
      const wire = toWireError(error);
      if (wire.field === 'shopName' || wire.field === 'operatorName' || wire.field === 'ownerPin') setErrors({ [wire.field]: wire });
      else setFailure(wire);
      setBusy(false);
    }
  }

  function onSubmit(event: FormEvent): void {
    event.preventDefault();
    void start(false);
  }

  // Enter in the shop name moves on instead of creating an empty ledger by accident.
  function nextOnEnter(event: KeyboardEvent<HTMLInputElement>, nextId: string): void {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    document.getElementById(nextId)?.focus();
  }

  return (
    <main className="first-run">
      <form className="first-run__card" onSubmit={onSubmit} aria-labelledby="first-run-title">
        <h1 id="first-run-title" className="first-run__title">
          {t('setup.welcome')}
        </h1>
        <p className="first-run__intro">{t('setup.intro')}</p>
        {failure === undefined ? null : <ErrorBanner error={failure} />}
        <Field path="shopName" label={t('setup.shopName')} error={errors['shopName']}>
          <input
            id={fieldDomId('shopName')}
            className="input"
            value={shopName}
            placeholder={t('setup.shopNamePlaceholder')}
            autoFocus
            maxLength={100}
            aria-invalid={errors['shopName'] !== undefined}
            aria-describedby={describedBy('shopName', { error: errors['shopName'] !== undefined })}
            onChange={(event) => setShopName(event.target.value)}
            onKeyDown={(event) => nextOnEnter(event, fieldDomId('operatorName'))}
          />
        </Field>
        <Field path="operatorName" label={t('setup.operatorName')} error={errors['operatorName']}>
          <input
            id={fieldDomId('operatorName')}
            className="input"
            value={operator}
            maxLength={100}
            aria-invalid={errors['operatorName'] !== undefined}
            onChange={(event) => setOperatorName(event.target.value)}
            onKeyDown={(event) => nextOnEnter(event, fieldDomId('ownerPin'))}
          />
        </Field>
        <Field path="ownerPin" label={t('approval.setup.ownerPin')} hint={t('approval.setup.ownerPinHint')} error={errors['ownerPin']}>
          <PinInput
            id={fieldDomId('ownerPin')}
            isNew
            value={ownerPin}
            aria-invalid={errors['ownerPin'] !== undefined}
            onValue={setOwnerPin}
            onKeyDown={(event) => nextOnEnter(event, 'setup-start-empty')}
          />
        </Field>
        <Field path="privacy.retention" label={t('privacy.retentionFirstRun')}>
          <RetentionSelect id={fieldDomId('privacy.retention')} value={retentionDays} onChange={setRetentionDays} />
        </Field>
        <LanguageChoice value={language} onChange={onLanguage} />
        <div className="first-run__buttons">
          <button id="setup-start-empty" type="submit" className="button button--primary button--large" disabled={busy || restoring}>
            {busy ? t('setup.working') : t('setup.startEmpty')}
          </button>
          <button type="button" className="button button--large" disabled={busy || restoring} onClick={() => void start(true)}>
            {t('setup.loadDemo')}
          </button>
        </div>
        <p className="first-run__hint">{t('setup.demoHint')}</p>
        <RestoreOnNewPc disabled={busy} onStaged={() => setRestoring(true)} />
      </form>
    </main>
  );
}
