import { useTranslation } from 'react-i18next';
import type { CaseReminder, RefundReminder, Reminder, SettlementReminder } from '../../../electron/common/reminders/reminder';
import { StatusBadge } from '../../components/StatusBadge';
import { yuan } from '../../lib/format';
import { SettlementStateBadge } from '../settlements/SettlementStateBadge';
import { reminderText } from './reminder-text';
import { isOwnIdentifier } from './reminder-target';
import { daysLeftText, isDeadlineUrgent } from '../cases/case-text';

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
        {reminder.subject === 'settlement' ? (
          <SettlementHeading reminder={reminder} titleId={titleId} />
        ) : reminder.subject === 'case' ? (
          <CaseHeading reminder={reminder} titleId={titleId} />
        ) : (
          <RefundHeading reminder={reminder} titleId={titleId} />
        )}
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
                  <dt>{isOwnIdentifier(entry.field) ? t(`reminders.identifier.${entry.field}`) : t(`ids.${entry.field}`)}</dt>
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
          {reminder.subject === 'settlement'
            ? t('reminders.today.openSettlement')
            : reminder.subject === 'case'
              ? t('reminders.today.openCase')
              : t('reminders.today.open')}
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

function RefundHeading({ reminder, titleId }: { readonly reminder: RefundReminder; readonly titleId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <h3 id={titleId} className="reminder__title">
        {t(`reminders.kind.${reminder.kind}`)} · <span className="cell--mono">{reminder.refundNumber}</span>
      </h3>
      <StatusBadge status={reminder.status} />
      <span className="reminder__meta">
        {t(`channel.${reminder.channel}`)} · {t('reminders.today.net', { amount: yuan(reminder.net).slice(1) })}
        {reminder.customerName === undefined ? null : ` · ${reminder.customerName}`}
      </span>
    </>
  );
}

/** "结算逾期未到账 · 收银台 POS · 2026-11-18": the account and the business day name the settlement. */
function SettlementHeading({ reminder, titleId }: { readonly reminder: SettlementReminder; readonly titleId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <h3 id={titleId} className="reminder__title">
        {t(`reminders.kind.${reminder.kind}`)} · {reminder.accountName} · <span className="cell--mono">{reminder.businessDate}</span>
      </h3>
      <SettlementStateBadge state={reminder.kind === 'settlement_late' ? 'late' : 'short'} />
      <span className="reminder__meta">
        {t(`settlements.source.${reminder.source}`)} · {t('reminders.today.expectedNet', { amount: yuan(reminder.expectedNet).slice(1) })}
        {reminder.received === undefined ? null : ` · ${t('reminders.today.receivedNet', { amount: yuan(reminder.received).slice(1) })}`}
      </span>
    </>
  );
}

/** "个案截止 · AJ-202611-0001 · 调单": the case number and its kind name the case; the counterparty and days left follow. */
function CaseHeading({ reminder, titleId }: { readonly reminder: CaseReminder; readonly titleId: string }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <h3 id={titleId} className="reminder__title">
        {t(`reminders.kind.${reminder.kind}`)} · <span className="cell--mono">{reminder.caseNumber}</span> · {t(`cases.kind.${reminder.caseKind}`)}
      </h3>
      <span className={isDeadlineUrgent(reminder.daysLeft) ? 'reminder__meta case-deadline--urgent' : 'reminder__meta'}>
        {reminder.counterpartyName} · {reminder.deadline} · {daysLeftText(i18n, reminder.daysLeft)}
      </span>
    </>
  );
}
