import { useTranslation } from 'react-i18next';
import type { RefundEvent } from '../../../../electron/common/domain/types';

/** The one-line title of a contact or misdirection event in the timeline. */
export function CounterEventText({ event }: { readonly event: RefundEvent }) {
  const { t } = useTranslation();
  if (event.kind === 'contact_logged' && event.contact !== undefined) {
    return (
      <>
        {t('counter.event.contact_logged', {
          channel: t(`counter.contact.channels.${event.contact.channel}`),
          party: t(`counter.contact.parties.${event.contact.party}`),
        })}
      </>
    );
  }
  if (event.kind === 'misdirected' && event.misdirect !== undefined) {
    return <>{t('counter.event.misdirected', { what: t(`counter.misdirect.whats.${event.misdirect.what}`) })}</>;
  }
  if (event.kind === 'misdirect_recovered') return <>{t('counter.event.misdirect_recovered')}</>;
  return <>{event.kind}</>;
}

/** The words under such an event: when the contact happened, who, what was said; the recipient and request. */
export function CounterEventDetails({ event }: { readonly event: RefundEvent }) {
  const { t } = useTranslation();
  const { contact, misdirect } = event;
  if (contact !== undefined) {
    return (
      <p className="timeline__note timeline__note--contact">
        {t('counter.event.contactAt', { at: contact.at.replace('T', ' ') })}
        {contact.who === undefined ? '' : ` · ${contact.who}`}
        <br />
        {contact.summary}
      </p>
    );
  }
  if (misdirect !== undefined) {
    return (
      <p className="timeline__note">
        {t('counter.event.recipient', { recipient: misdirect.recipient })}
        {misdirect.recoveryRequest === undefined ? null : (
          <>
            <br />
            {t('counter.event.request', { request: misdirect.recoveryRequest })}
          </>
        )}
        {misdirect.correctedBy === undefined ? null : (
          <>
            <br />
            {t('counter.misdirect.correctedLink', { number: misdirect.correctedBy })}
          </>
        )}
      </p>
    );
  }
  return null;
}
