import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { containsFullCardNumber } from '../../../../electron/common/domain/card-number';
import type { WireError } from '../../../../electron/common/domain/errors';
import { CONTACT_CHANNELS, CONTACT_PARTIES } from '../../../../electron/common/domain/misdirect';
import type { ContactChannel, ContactEntry, ContactParty } from '../../../../electron/common/domain/misdirect';
import { errorMessage } from '../../../i18n/error-message';
import { toLocalDateTimeInput } from '../../../lib/format';

/** Log a call, message or visit (S1/S2: "log every contact"): when, how, with whom, what was said. */
export function ContactLogForm({
  busy,
  onLog,
}: {
  readonly busy: boolean;
  readonly onLog: (contact: ContactEntry) => Promise<WireError | undefined>;
}) {
  const { t, i18n } = useTranslation();
  const [at, setAt] = useState(() => toLocalDateTimeInput(new Date()));
  const [channel, setChannel] = useState<ContactChannel>('phone');
  const [party, setParty] = useState<ContactParty>('customer');
  const [who, setWho] = useState('');
  const [summary, setSummary] = useState('');
  const [error, setError] = useState<WireError | undefined>(undefined);

  async function log(): Promise<void> {
    if (containsFullCardNumber(`${who} ${summary}`)) {
      setError({ code: 'full_card_number', message: 'Full card number', field: 'contact.summary' });
      return;
    }
    const trimmedWho = who.trim();
    const problem = await onLog({ at, channel, party, ...(trimmedWho === '' ? {} : { who: trimmedWho }), summary: summary.trim() });
    setError(problem);
    if (problem === undefined) {
      setSummary('');
      setWho('');
    }
  }

  return (
    <fieldset className="contact-log">
      <legend className="field__label">{t('counter.contact.title')}</legend>
      <div className="contact-log__row">
        <label>
          <span className="toolbar__label">{t('counter.contact.at')}</span>
          <input type="datetime-local" className="input input--small" value={at} onChange={(event) => setAt(event.target.value)} />
        </label>
        <label>
          <span className="toolbar__label">{t('counter.contact.channel')}</span>
          <select className="input input--small" value={channel} onChange={(event) => setChannel(event.target.value as ContactChannel)}>
            {CONTACT_CHANNELS.map((value) => (
              <option key={value} value={value}>
                {t(`counter.contact.channels.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="toolbar__label">{t('counter.contact.party')}</span>
          <select className="input input--small" value={party} onChange={(event) => setParty(event.target.value as ContactParty)}>
            {CONTACT_PARTIES.map((value) => (
              <option key={value} value={value}>
                {t(`counter.contact.parties.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="toolbar__label">{t('counter.contact.who')}</span>
          <input className="input input--small" value={who} maxLength={100} onChange={(event) => setWho(event.target.value)} />
        </label>
      </div>
      <label className="field__label" htmlFor="contact-summary">
        {t('counter.contact.summary')}
      </label>
      <textarea
        id="contact-summary"
        className="input input--note"
        rows={2}
        maxLength={2000}
        value={summary}
        placeholder={t('counter.contact.summaryPlaceholder')}
        onChange={(event) => {
          setSummary(event.target.value);
          setError(undefined);
        }}
      />
      {error === undefined ? null : (
        <p className="field__error" role="alert">
          {errorMessage(i18n, error)}
        </p>
      )}
      <button type="button" className="button" disabled={busy || summary.trim() === ''} onClick={() => void log()}>
        {t('counter.contact.save')}
      </button>
    </fieldset>
  );
}
