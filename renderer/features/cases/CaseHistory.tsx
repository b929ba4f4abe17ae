import { useTranslation } from 'react-i18next';
import type { CaseEvent } from '../../../electron/common/cases/case';
import type { CaseView } from '../../../electron/common/ipc/contract-cases';
import { formatInstant, formatLocalDateTime, yuan } from '../../lib/format';
import { StatusBadge } from '../../components/StatusBadge';
import { caseEventText, contactLine } from './case-text';
import { ErasedTextNote, showsOwnNote } from '../privacy/ErasedTextNote';

/** 联系记录: every call and message on the case, newest first. */
export function CaseContacts({ events }: { readonly events: readonly CaseEvent[] }) {
  const { t, i18n } = useTranslation();
  const contacts = events.filter((event) => event.kind === 'contact_logged' && event.contact !== undefined).reverse();
  if (contacts.length === 0) return <p className="field__hint">{t('cases.contacts.empty')}</p>;
  return (
    <ul className="case-contacts" aria-label={t('cases.contacts.title')}>
      {contacts.map((event) => (
        <li key={event.seq} className="case-contacts__item">
          <span className="case-contacts__line">{contactLine(i18n, event)}</span>
          <span className="case-contacts__summary">{event.erased === true ? t('privacy.event.textErased') : event.contact?.summary}</span>
        </li>
      ))}
    </ul>
  );
}

/** 经过: the case's events in order, with who and when; the chain check below. */
export function CaseTimeline({ events, chainValid }: { readonly events: readonly CaseEvent[]; readonly chainValid: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="card" aria-labelledby="case-timeline-title">
      <h2 id="case-timeline-title" className="card__title">
        {t('cases.timeline.title')}
      </h2>
      <ol className="timeline case-timeline">
        {events.map((event) => (
          <li key={event.seq} className="timeline__item" data-event-kind={event.kind}>
            <time className="timeline__time" dateTime={event.at}>
              {formatInstant(event.at)}
            </time>
            <span className="timeline__actor">{event.actor}</span>
            <span className="timeline__what">{caseEventText(i18n, event)}</span>
            {event.contact === undefined ? null : (
              <p className="timeline__note">
                {contactLine(i18n, event)}：{event.contact.summary}
              </p>
            )}
            {event.note === undefined || !showsOwnNote(event.kind) ? null : <p className="timeline__note">{event.note}</p>}
            <ErasedTextNote event={event} />
          </li>
        ))}
      </ol>
      <p className={chainValid ? 'text--ok case-chain' : 'text--danger case-chain'} role={chainValid ? undefined : 'alert'}>
        {chainValid ? `✓ ${t('cases.detail.chainOk')}` : `⚠ ${t('cases.detail.chainBroken')}`}
      </p>
    </section>
  );
}

/** 关联的记录: the refunds (open their page), the payments and settlement days the case is about. */
export function CaseLinked({ linked, onOpenRefund }: { readonly linked: CaseView['linked']; readonly onOpenRefund: (id: string) => void }) {
  const { t } = useTranslation();
  const empty = linked.refunds.length === 0 && linked.payments.length === 0 && linked.settlements.length === 0;
  return (
    <section className="card" aria-labelledby="case-linked-title">
      <h2 id="case-linked-title" className="card__title">
        {t('cases.linked.title')}
      </h2>
      {empty ? <p className="field__hint">{t('cases.linked.none')}</p> : null}
      <ul className="case-linked">
        {linked.refunds.map((refund) => (
          <li key={refund.id}>
            <span className="case-linked__type">{t('cases.linked.refund')}</span>
            <button type="button" className="link-button cell--mono" onClick={() => onOpenRefund(refund.id)}>
              {refund.number}
            </button>
            <StatusBadge status={refund.status} />
            <span>
              {t(`channel.${refund.channel}`)} · {yuan(refund.net)}
              {refund.mainIdentifier === undefined ? null : <span className="cell--mono"> · {refund.mainIdentifier}</span>}
            </span>
          </li>
        ))}
        {linked.payments.map((payment) => (
          <li key={payment.id}>
            <span className="case-linked__type">{t('cases.linked.payment')}</span>
            <span className="cell--mono">{formatLocalDateTime(payment.paidAt)}</span>
            <span>
              {t(`channel.${payment.channel}`)} · {yuan(payment.amount)}
            </span>
          </li>
        ))}
        {linked.settlements.map((view) => (
          <li key={view.day.id}>
            <span className="case-linked__type">{t('cases.linked.settlement')}</span>
            <span>{view.accountName}</span> <span className="cell--mono">{view.day.businessDate}</span>
            <span>
              {t('cases.linked.settlementExpected', { amount: yuan(view.day.expectedNet), date: view.expectedBy })}
              {view.day.received === undefined ? ` · ${t('cases.linked.notReceived')}` : ` · ${t('cases.linked.received', { amount: yuan(view.day.received.amount), date: view.day.received.date })}`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
