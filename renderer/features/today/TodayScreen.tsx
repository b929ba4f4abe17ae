import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REMINDER_SEVERITIES } from '../../../electron/common/reminders/reminder-kinds';
import { ErrorBanner } from '../../components/ErrorBanner';
import { errorMessage } from '../../i18n/error-message';
import { currentOperator, useApp } from '../app/app-context';
import { PutAsideDialog } from './PutAsideDialog';
import type { PutAside } from './PutAsideDialog';
import { ReminderCard } from './ReminderCard';
import { targetOf } from './reminder-target';
import { CARDS_PER_STEP, useReminders } from './use-reminders';
import { totalOf } from './reminder-count';
import { monthOf } from '../settlements/settlement-dates';
import type { Reminder } from '../../../electron/common/reminders/reminder';
import type { Route } from '../app/route';
import '../../styles/today.css';

/** Where a reminder's "open" goes: the refund, the settlement day's month, or the case. */
function routeOf(reminder: Reminder): Route {
  switch (reminder.subject) {
    case 'settlement':
      return { name: 'settlements', month: monthOf(reminder.businessDate) };
    case 'case':
      return { name: 'case', id: reminder.caseId };
    case 'refund':
      return { name: 'detail', id: reminder.refundId };
  }
}

/** The home screen: what needs the owner today, most urgent first (overdue, due today, coming up). */
export function TodayScreen() {
  const { t, i18n } = useTranslation();
  const { settings, navigate } = useApp();
  const { state, snooze, dismiss, showMore } = useReminders();
  const [target, setTarget] = useState<PutAside | undefined>(undefined);
  const actor = currentOperator(settings);
  const total = state.kind === 'ready' ? totalOf(state.list) : 0;

  return (
    <main className="screen screen--today" aria-labelledby="today-title">
      <div className="screen__header">
        <h1 id="today-title" className="screen__title">
          {t('reminders.today.title')}
        </h1>
        {total > 0 ? (
          <span className="screen__count">{t('reminders.today.count', { count: total })}</span>
        ) : null}
      </div>
      {state.kind === 'loading' ? <p role="status">{t('app.loading')}</p> : null}
      {state.kind === 'failed' ? (
        <div role="alert">
          <ErrorBanner error={state.error} />
          <p className="field__hint">{t('reminders.today.loadFailed', { message: errorMessage(i18n, state.error) })}</p>
        </div>
      ) : null}
      {state.kind === 'ready' && total === 0 ? (
        <div className="empty" role="status">
          <div className="empty__art" aria-hidden="true">
            ✓
          </div>
          <h2 className="empty__title">{t('reminders.today.empty')}</h2>
          <p className="empty__body">{t('reminders.today.emptyHint')}</p>
        </div>
      ) : null}
      {state.kind === 'ready'
        ? REMINDER_SEVERITIES.map((severity) => {
            const items = state.list.items.filter((item) => item.severity === severity);
            const count = state.list.totals[severity];
            if (count === 0) return null;
            return (
              <section key={severity} className="today__section" aria-labelledby={`today-${severity}`}>
                <h2 id={`today-${severity}`} className={`today__heading today__heading--${severity}`}>
                  {t(`reminders.severity.${severity}`)} <span className="today__count">{count}</span>
                </h2>
                {items.map((reminder) => (
                  <ReminderCard
                    key={reminder.key}
                    reminder={reminder}
                    onOpen={() => navigate(routeOf(reminder))}
                    onSnooze={() => setTarget({ mode: 'snooze', reminder })}
                    onDismiss={() => setTarget({ mode: 'dismiss', reminder })}
                  />
                ))}
                {count > items.length ? (
                  <button type="button" className="button" onClick={() => showMore(severity)}>
                    {t('reminders.today.showMore', { more: Math.min(CARDS_PER_STEP, count - items.length), count })}
                  </button>
                ) : null}
              </section>
            );
          })
        : null}
      <PutAsideDialog
        target={target}
        now={state.kind === 'ready' ? state.list.now : new Date().toISOString()}
        onSnooze={(reminder, until, reason) => snooze({ ...targetOf(reminder), until, reason, actor })}
        onDismiss={(reminder, reason) => dismiss({ ...targetOf(reminder), reason, actor })}
        onClose={() => setTarget(undefined)}
      />
    </main>
  );
}
