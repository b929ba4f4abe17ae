import { useTranslation } from 'react-i18next';
import type { Reminder } from '../../../electron/common/reminders/reminder';
import { StatusBadge } from '../../components/StatusBadge';
import { yuan } from '../../lib/format';
import { reminderText } from './reminder-text';

interface ReminderCardProps {
  readonly reminder: Reminder;
  readonly onOpen: () => void;
  readonly onSnooze: () => void;
  readonly onDismiss: () => void;
}

/** One thing that needs the owner: why, what to do next, the numbers to have at hand, and whom to call. */
export function ReminderCard({ reminder, onOpen, onSnooze, onDismiss }: ReminderCardProps) {
  const { t } = useTranslation();
  const titleId = `reminder-${reminder.key.replace(/[^a-zA-Z0-9-]/gu, '-')}`;
  return (
    <article className={`reminder reminder--${reminder.severity}`} aria-labelledby={titleId} data-reminder-kind={reminder.kind}>
      <header className="reminder__header">
        <span className={`reminder__severity reminder__severity--${reminder.severity}`}>{t(`reminders.severity.${reminder.severity}`)}</span>
        <h3 id={titleId} className="reminder__title">
          {t(`reminders.kind.${reminder.kind}`)} · <span className="cell--mono">{reminder.refundNumber}</span>
        </h3>
        <StatusBadge status={reminder.status} />
        <span className="reminder__meta">
          {t(`channel.${reminder.channel}`)} · {t('reminders.today.net', { amount: yuan(reminder.net).slice(1) })}
          {reminder.customerName === undefined ? null : ` · ${reminder.customerName}`}
        </span>
      </header>
      <p className="reminder__reason">{reminderText(t, reminder.reason)}</p>
      <div className="reminder__body">
        <section className="reminder__steps" aria-label={t('reminders.today.nextSteps')}>
          <h4 className="reminder__label">{t('reminders.today.nextSteps')}</h4>
          <ol>
            {reminder.nextSteps.map((step) => (
              <li key={step.key}>{reminderText(t, step)}</li>
            ))}
          </ol>
        </section>
        <div className="reminder__side">
          <section aria-label={t('reminders.today.identifiers')}>
            <h4 className="reminder__label">{t('reminders.today.identifiers')}</h4>
            <dl className="reminder__ids">
              {reminder.identifiers.map((entry) => (
                <div key={entry.field} className="reminder__id">
                  <dt>{entry.field === 'paidDate' || entry.field === 'refundNumber' ? t(`reminders.identifier.${entry.field}`) : t(`ids.${entry.field}`)}</dt>
                  <dd className="cell--mono">{entry.value}</dd>
                </div>
              ))}
            </dl>
          </section>
          {reminder.hotlines.length === 0 ? null : (
            <section aria-label={t('reminders.today.whomToCall')}>
              <h4 className="reminder__label">{t('reminders.today.whomToCall')}</h4>
              <ul className="reminder__hotlines">
                {reminder.hotlines.map((hotline) => (
                  <li key={hotline.id}>
                    <span>{t(`reminders.hotline.${hotline.id}`)}</span> <strong className="cell--mono">{hotline.number}</strong>
                    <small className="reminder__source">
                      {t('reminders.hotlineSource', {
                        source: t(`reminders.source.${hotline.source}`),
                        note: hotline.sourceNote,
                        verified: hotline.lastVerified,
                      })}
                    </small>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>
      <footer className="reminder__actions">
        <button type="button" className="button button--primary" onClick={onOpen}>
          {t('reminders.today.open')}
        </button>
        <button type="button" className="button" onClick={onSnooze}>
          {t('reminders.today.snooze')}
        </button>
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          {t('reminders.today.dismiss')}
        </button>
        <time className="reminder__due" dateTime={reminder.dueAt}>
          {reminder.dueAt.replace('T', ' ')}
        </time>
      </footer>
    </article>
  );
}
