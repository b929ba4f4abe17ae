import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../../electron/common/domain/errors';
import { MISDIRECT_KINDS } from '../../../../electron/common/domain/misdirect';
import type { MisdirectKind, MisdirectReport } from '../../../../electron/common/domain/misdirect';
import type { Refund } from '../../../../electron/common/domain/types';
import { errorMessage } from '../../../i18n/error-message';

/** "Money went to the wrong person": what happened, who got it, the recovery request, the corrected refund. */
export function MisdirectPanel({
  refund,
  busy,
  onReport,
  onRecovered,
}: {
  readonly refund: Refund;
  readonly busy: boolean;
  readonly onReport: (report: MisdirectReport) => Promise<WireError | undefined>;
  readonly onRecovered: () => Promise<WireError | undefined>;
}) {
  const { t, i18n } = useTranslation();
  const state = refund.misdirect;
  const [open, setOpen] = useState(false);
  const [what, setWhat] = useState<MisdirectKind>(state?.what ?? 'manual_transfer');
  const [recipient, setRecipient] = useState(state?.recipient ?? '');
  const [request, setRequest] = useState(state?.recoveryRequest ?? '');
  const [correctedBy, setCorrectedBy] = useState(state?.correctedBy ?? '');
  const [error, setError] = useState<WireError | undefined>(undefined);

  async function report(): Promise<void> {
    const problem = await onReport({
      what,
      recipient: recipient.trim(),
      ...(request.trim() === '' ? {} : { recoveryRequest: request.trim() }),
      ...(correctedBy.trim() === '' ? {} : { correctedBy: correctedBy.trim() }),
    });
    setError(problem);
    if (problem === undefined) setOpen(false);
  }

  return (
    <section className="card misdirect" aria-labelledby="block-misdirect">
      <div className="card__header">
        <h2 id="block-misdirect" className="card__title">
          {t('counter.misdirect.title')}
        </h2>
      </div>
      {state === undefined ? null : (
        <p className={state.recovered ? 'text--ok' : 'field__warning'} role="status">
          {state.recovered
            ? t('counter.misdirect.stateRecovered', { recipient: state.recipient })
            : t('counter.misdirect.stateOpen', { recipient: state.recipient })}
        </p>
      )}
      <p className="field__hint">{t('counter.misdirect.rule')}</p>
      {state?.recovered === true ? null : open ? (
        <div className="misdirect__form">
          <label className="field">
            <span className="field__label">{t('counter.misdirect.what')}</span>
            <select className="input" value={what} onChange={(event) => setWhat(event.target.value as MisdirectKind)}>
              {MISDIRECT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`counter.misdirect.whats.${kind}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field__label">{t('counter.misdirect.recipient')}</span>
            <input className="input" value={recipient} maxLength={100} onChange={(event) => setRecipient(event.target.value)} />
          </label>
          <label className="field">
            <span className="field__label">{t('counter.misdirect.recoveryRequest')}</span>
            <input className="input" value={request} maxLength={500} onChange={(event) => setRequest(event.target.value)} />
          </label>
          <label className="field">
            <span className="field__label">{t('counter.misdirect.correctedBy')}</span>
            <input className="input" value={correctedBy} maxLength={30} placeholder="TK-" onChange={(event) => setCorrectedBy(event.target.value)} />
          </label>
          <button type="button" className="button button--primary" disabled={busy || recipient.trim() === ''} onClick={() => void report()}>
            {t('counter.misdirect.save')}
          </button>
        </div>
      ) : (
        <div className="misdirect__buttons">
          <button type="button" className="button" onClick={() => setOpen(true)}>
            {t('counter.misdirect.open')}
          </button>
          {state === undefined ? null : (
            <button type="button" className="button" disabled={busy} onClick={() => void onRecovered().then(setError)}>
              {t('counter.misdirect.markRecovered')}
            </button>
          )}
        </div>
      )}
      {error === undefined ? null : (
        <p className="field__error" role="alert">
          {errorMessage(i18n, error)}
        </p>
      )}
    </section>
  );
}
