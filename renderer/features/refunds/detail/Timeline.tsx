import { useTranslation } from 'react-i18next';
import type { RefundEvent } from '../../../../electron/common/domain/types';
import { formatInstant } from '../../../lib/format';
import { CounterEventDetails, CounterEventText } from './CounterEventText';
import { receiptEventDetail, receiptEventText } from '../../receipts/receipt-text';
import { ErasedTextNote, showsOwnNote } from '../../privacy/ErasedTextNote';

function EventText({ event }: { readonly event: RefundEvent }) {
  const { t, i18n } = useTranslation();
  switch (event.kind) {
    case 'created':
      return <>{t('event.created')}</>;
    case 'status_changed':
      return (
        <>
          {t('event.status_changed', {
            from: event.from === undefined ? t('common.none') : t(`status.${event.from}`),
            to: event.to === undefined ? t('common.none') : t(`status.${event.to}`),
          })}
        </>
      );
    case 'note_added':
      return <>{t('event.note_added')}</>;
    case 'approved':
    case 'refused':
    case 'override':
      return <>{t(`event.${event.kind}`)}</>;
    case 'contact_logged':
    case 'misdirected':
    case 'misdirect_recovered':
      return <CounterEventText event={event} />;
    case 'attachment_added':
      return <>{t('event.attachment_added', { name: event.attachment?.name ?? '' })}</>;
    case 'reminder_snoozed':
      return (
        <>
          {t('event.reminder_snoozed', {
            reminder: event.reminder === undefined ? '' : t(`reminders.kind.${event.reminder.kind}`),
            until: event.reminder?.until === undefined ? '' : formatInstant(event.reminder.until),
            reason: event.reminder?.reason ?? '',
          })}
        </>
      );
    case 'reminder_dismissed':
      return (
        <>
          {t('event.reminder_dismissed', {
            reminder: event.reminder === undefined ? '' : t(`reminders.kind.${event.reminder.kind}`),
            reason: event.reminder?.reason ?? '',
          })}
        </>
      );
    case 'receipt_issued':
      return <>{event.receipt === undefined ? t('receipts.open') : receiptEventText(i18n, event.receipt)}</>;
    case 'personal_data_erased':
      return <>{t('privacy.event.personal_data_erased', { reason: t(`privacy.event.reason.${event.note === 'retention' ? 'retention' : 'customer_request'}`) })}</>;
    case 'attachment_erased':
      return <>{t('privacy.event.attachment_erased', { name: event.attachment?.name ?? '' })}</>;
    default: {
      // A kind this build does not know yet (newer data): show it rather than hide history.
      const unknown: never = event.kind;
      return <>{String(unknown)}</>;
    }
  }
}

/** Which printer a receipt went to, under its line. */
function ReceiptEventDetail({ event }: { readonly event: RefundEvent }) {
  const { i18n } = useTranslation();
  const detail = event.receipt === undefined ? undefined : receiptEventDetail(i18n, event.receipt);
  return detail === undefined ? null : <p className="timeline__note">{detail}</p>;
}

/** The refund's history, oldest first, with the hash-chain check the app ran on it (RELIABILITY §5). */
export function Timeline({ events, chainValid }: { readonly events: readonly RefundEvent[]; readonly chainValid: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="block-timeline">
      <div className="card__header">
        <h2 id="block-timeline" className="card__title">
          {t('detail.timeline')}
        </h2>
        <span className={`chain ${chainValid ? 'chain--ok' : 'chain--broken'}`} role={chainValid ? undefined : 'alert'}>
          {chainValid ? t('detail.chainOk') : t('detail.chainBroken')}
        </span>
      </div>
      <ol className="timeline">
        {events.map((event) => (
          <li key={event.seq} className="timeline__item">
            <time className="timeline__time" dateTime={event.at}>
              {formatInstant(event.at)}
            </time>
            <span className="timeline__actor">{event.actor}</span>
            <span className="timeline__what">
              <EventText event={event} />
            </span>
            {event.note === undefined || !showsOwnNote(event.kind) ? null : <p className="timeline__note">{event.note}</p>}
            <CounterEventDetails event={event} />
            <ErasedTextNote event={event} />
            <ReceiptEventDetail event={event} />
          </li>
        ))}
      </ol>
    </section>
  );
}
