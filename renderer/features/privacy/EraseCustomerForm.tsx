import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerErasurePreview } from '../../../electron/common/ipc/contract';
import { call } from '../../bridge';
import { PinInput } from '../../components/PinInput';
import { errorMessage } from '../../i18n/error-message';
import { useWireAction } from '../../lib/use-wire-action';
import { useApp } from '../app/app-context';

/**
 * "删除某位顾客的资料…": find by phone tail or exact name, show what will go, then the owner confirms (with the
 * PIN when one is set). Irreversible, so the preview comes first and names the numbers.
 */
export function EraseCustomerForm() {
  const { t, i18n } = useTranslation();
  const { info } = useApp();
  const [query, setQuery] = useState('');
  const [pin, setPin] = useState('');
  const [preview, setPreview] = useState<CustomerErasurePreview | undefined>(undefined);
  const [done, setDone] = useState<string | undefined>(undefined);
  const { busy, error, run } = useWireAction();
  const owner = info.currentOperator;

  async function find(): Promise<void> {
    setDone(undefined);
    setPreview(await run(() => call('privacy.previewCustomer', { query: query.trim() })));
  }

  async function erase(): Promise<void> {
    const result = await run(() =>
      call('privacy.eraseCustomer', { query: query.trim(), actor: owner?.name ?? '', ...(pin === '' ? {} : { pin }) }),
    );
    if (result === undefined) return;
    setPreview(undefined);
    setPin('');
    setDone(t('privacy.eraseDone', { refunds: result.refunds, cases: result.cases, files: result.filesDeleted }));
  }

  return (
    <details className="settings__block" data-testid="erase-customer">
      <summary className="field__label">{t('privacy.eraseOpen')}</summary>
      <form
        className="approval__row"
        onSubmit={(event) => {
          event.preventDefault();
          void find();
        }}
      >
        <label>
          <span className="field__label">{t('privacy.eraseQuery')}</span>
          <input className="input" value={query} maxLength={64} onChange={(event) => setQuery(event.target.value)} />
        </label>
        <button type="submit" className="button" disabled={busy || query.trim() === ''}>
          {t('privacy.erasePreview')}
        </button>
      </form>
      {preview === undefined ? null : preview.refunds.length === 0 ? (
        <p role="status">{t('privacy.eraseNone')}</p>
      ) : (
        <div>
          <p role="status">
            {t('privacy.eraseFound', { refunds: preview.refunds.length, files: preview.attachments, shared: preview.sharedAttachments })}
          </p>
          <p className="field__hint">{preview.refunds.map((refund) => refund.number).join('、')}</p>
          {preview.cases.length === 0 ? null : (
            <p className="field__hint">
              {t('privacy.eraseCases', {
                numbers: preview.cases.map((kase) => kase.number).join('、'),
                files: preview.cases.reduce((sum, kase) => sum + kase.files, 0),
              })}
            </p>
          )}
          <p className="field__hint">{t('privacy.eraseBackups')}</p>
          {owner?.hasPin === true ? (
            <label>
              <span className="field__label">{t('privacy.erasePin')}</span>
              <PinInput value={pin} onValue={setPin} />
            </label>
          ) : null}
          <button type="button" className="button button--danger" disabled={busy} onClick={() => void erase()}>
            {t('privacy.eraseConfirm')}
          </button>
        </div>
      )}
      {error === undefined ? null : (
        <p className="field__error" role="alert">
          {errorMessage(i18n, error)}
        </p>
      )}
      {done === undefined ? null : (
        <p className="text--ok" role="status">
          {done}
        </p>
      )}
    </details>
  );
}
