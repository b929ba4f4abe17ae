import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../electron/common/domain/errors';
import type { RefundSummary } from '../../../electron/common/ipc/contract';
import { call } from '../../bridge';
import { yuan } from '../../lib/format';
import type { LinkedRefund } from './OpenCaseDialog';

/** The refunds the case is about: the one it was opened from, or found by number, reference no., amount or customer. */
export function LinkPicker({
  preset,
  refunds,
  onChange,
  error,
}: {
  readonly preset: LinkedRefund | undefined;
  readonly refunds: readonly LinkedRefund[];
  readonly onChange: (refunds: readonly LinkedRefund[]) => void;
  readonly error: WireError | undefined;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [found, setFound] = useState<readonly RefundSummary[] | undefined>(undefined);

  async function search(): Promise<void> {
    try {
      const page = await call('refund.list', { ...(text.trim() === '' ? {} : { text: text.trim() }), offset: 0, limit: 8 });
      setFound(page.items);
    } catch {
      setFound([]);
    }
  }

  return (
    <fieldset className="case-open__links">
      <legend className="field__label">{t('cases.openDialog.links')}</legend>
      {refunds.length === 0 ? (
        <p className="field__hint">{t('cases.openDialog.linkNone')}</p>
      ) : (
        <ul className="case-open__linked">
          {refunds.map((refund) => (
            <li key={refund.id}>
              <span className="cell--mono">{t('cases.openDialog.linkedRefund', { number: refund.number })}</span>
              {preset?.id === refund.id ? null : (
                <button type="button" className="button button--small button--quiet" onClick={() => onChange(refunds.filter((entry) => entry.id !== refund.id))}>
                  {t('cases.openDialog.linkRemove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {preset === undefined ? (
        <>
          <div className="case-open__search">
            <input
              className="input"
              aria-label={t('cases.openDialog.linkSearch')}
              placeholder={t('cases.openDialog.linkSearch')}
              value={text}
              onChange={(event) => setText(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  void search();
                }
              }}
            />
            <button type="button" className="button button--small" onClick={() => void search()}>
              {t('cases.openDialog.linkSearchButton')}
            </button>
          </div>
          {found === undefined ? null : found.length === 0 ? (
            <p className="field__hint">{t('cases.openDialog.noResults')}</p>
          ) : (
            <ul className="case-open__found">
              {found.map((item) => (
                <li key={item.id}>
                  <span className="cell--mono">{item.number}</span> · {t(`channel.${item.channel}`)} · {yuan(item.net)}
                  {item.mainIdentifier === undefined ? null : <span className="cell--mono"> · {item.mainIdentifier}</span>}
                  <button
                    type="button"
                    className="button button--small"
                    disabled={refunds.some((entry) => entry.id === item.id)}
                    onClick={() => onChange([...refunds, { id: item.id, number: item.number }])}
                  >
                    {t('cases.openDialog.linkAdd')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
      {error === undefined ? null : (
        <p className="field__error" role="alert">
          {t('errors.required')}
        </p>
      )}
    </fieldset>
  );
}
