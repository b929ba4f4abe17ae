import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../electron/common/domain/errors';
import { call, toWireError } from '../../bridge';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useApp } from '../app/app-context';
import { draftOf, rowKey, settingsOf } from './counter-settings-draft';
import type { AcquirerRow, CounterSettingsDraft, FeeChoice, TerminalRow } from './counter-settings-draft';

/** Terminals (acquirer, settlement time), acquirer rules, Alipay window, WeChat rate, refund policy. */
export function CounterSettingsSection() {
  const { t } = useTranslation();
  const { settings, updateSettings } = useApp();
  const [draft, setDraft] = useState<CounterSettingsDraft>(() => draftOf(settings.counter));
  const [badField, setBadField] = useState<string | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<WireError | undefined>(undefined);

  function edit(next: Partial<CounterSettingsDraft>): void {
    setDraft((current) => ({ ...current, ...next }));
    setSaved(false);
    setBadField(undefined);
  }
  const setTerminal = (index: number, patch: Partial<TerminalRow>) =>
    edit({ terminals: draft.terminals.map((row, i) => (i === index ? { ...row, ...patch } : row)) });
  const setAcquirer = (index: number, patch: Partial<AcquirerRow>) =>
    edit({ acquirers: draft.acquirers.map((row, i) => (i === index ? { ...row, ...patch } : row)) });

  async function save(): Promise<void> {
    const check = settingsOf(draft);
    if (!check.ok) {
      setBadField(check.field);
      return;
    }
    setError(undefined);
    try {
      await call('settings.updateCounter', check.value);
      // Reads the saved settings back into the app (an empty patch changes nothing).
      await updateSettings({});
      setSaved(true);
    } catch (problem) {
      setError(toWireError(problem));
    }
  }

  const invalid = (field: string) => (badField === field ? true : undefined);
  return (
    <section className="settings__block counter-settings" aria-labelledby="counter-settings-title">
      <h2 id="counter-settings-title" className="field__label">
        {t('counter.settings.title')}
      </h2>
      <p className="field__hint">{t('counter.settings.intro')}</p>
      {error === undefined ? null : <ErrorBanner error={error} />}
      <h3 className="field__label">{t('counter.settings.terminals')}</h3>
      {draft.terminals.map((row, index) => (
        <div key={row.key} className="counter-settings__row">
          <label>
            <span className="toolbar__label">{t('counter.settings.terminalNo')}</span>
            <input className="input input--small" value={row.terminalNo} maxLength={16} onChange={(e) => setTerminal(index, { terminalNo: e.target.value })} />
          </label>
          <label>
            <span className="toolbar__label">{t('counter.settings.acquirer')}</span>
            <input className="input input--small" value={row.acquirer} maxLength={100} onChange={(e) => setTerminal(index, { acquirer: e.target.value })} />
          </label>
          <label>
            <span className="toolbar__label">{t('counter.settings.cutoff')}</span>
            <input
              className="input input--small"
              value={row.cutoff}
              placeholder="23:00"
              maxLength={5}
              aria-invalid={invalid(`terminals.${index}.cutoff`)}
              title={t('counter.settings.cutoffHint')}
              onChange={(e) => setTerminal(index, { cutoff: e.target.value })}
            />
          </label>
          <button type="button" className="button button--quiet" onClick={() => edit({ terminals: draft.terminals.filter((_, i) => i !== index) })}>
            {t('counter.settings.remove')}
          </button>
        </div>
      ))}
      <p className="field__hint">{t('counter.settings.cutoffHint')}</p>
      <button
        type="button"
        className="button"
        onClick={() => edit({ terminals: [...draft.terminals, { key: rowKey(), terminalNo: '', acquirer: '', cutoff: '' }] })}
      >
        {t('counter.settings.addTerminal')}
      </button>
      <h3 className="field__label">{t('counter.settings.acquirers')}</h3>
      {draft.acquirers.map((row, index) => (
        <div key={row.key} className="counter-settings__row">
          <label>
            <span className="toolbar__label">{t('counter.settings.acquirerName')}</span>
            <input className="input input--small" value={row.name} maxLength={100} onChange={(e) => setAcquirer(index, { name: e.target.value })} />
          </label>
          <label>
            <span className="toolbar__label">{t('counter.settings.windowDays')}</span>
            <input
              className="input input--small"
              value={row.windowDays}
              inputMode="numeric"
              aria-invalid={invalid(`acquirers.${index}.windowDays`)}
              onChange={(e) => setAcquirer(index, { windowDays: e.target.value })}
            />
          </label>
          <label>
            <span className="toolbar__label">{t('counter.settings.feeReturned')}</span>
            <select className="input input--small" value={row.fee} onChange={(e) => setAcquirer(index, { fee: e.target.value as FeeChoice })}>
              <option value="unknown">{t('counter.settings.feeUnknown')}</option>
              <option value="yes">{t('common.yes')}</option>
              <option value="no">{t('common.no')}</option>
            </select>
          </label>
          <button type="button" className="button button--quiet" onClick={() => edit({ acquirers: draft.acquirers.filter((_, i) => i !== index) })}>
            {t('counter.settings.remove')}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button"
        onClick={() => edit({ acquirers: [...draft.acquirers, { key: rowKey(), name: '', windowDays: '', fee: 'unknown' }] })}
      >
        {t('counter.settings.addAcquirer')}
      </button>
      <div className="counter-settings__row">
        <label>
          <span className="toolbar__label">{t('counter.settings.alipayWindow')}</span>
          <input
            className="input input--small"
            value={draft.alipayWindowDays}
            inputMode="numeric"
            aria-invalid={invalid('alipayWindowDays')}
            onChange={(e) => edit({ alipayWindowDays: e.target.value })}
          />
        </label>
        <label>
          <span className="toolbar__label">{t('counter.settings.wechatRate')}</span>
          <input
            className="input input--small"
            value={draft.wechatRate}
            inputMode="decimal"
            placeholder="0.6"
            title={t('counter.settings.wechatRateHint')}
            aria-invalid={invalid('wechatRate')}
            onChange={(e) => edit({ wechatRate: e.target.value })}
          />
        </label>
      </div>
      <label className="field">
        <span className="field__label">{t('counter.settings.policy')}</span>
        <textarea
          id="counter-settings-policy"
          className="input input--note"
          rows={2}
          maxLength={1000}
          value={draft.policy}
          placeholder={t('counter.settings.policyPlaceholder')}
          onChange={(e) => edit({ policy: e.target.value })}
        />
      </label>
      {badField === undefined ? null : (
        <p className="field__error" role="alert">
          {t('counter.settings.invalidNumber')}
        </p>
      )}
      <button type="button" className="button button--primary" onClick={() => void save()}>
        {t('counter.settings.save')}
      </button>
      {saved ? (
        <span className="text--ok" role="status">
          {t('counter.settings.saved')} ✓
        </span>
      ) : null}
    </section>
  );
}
