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
import { useReminders } from './use-reminders';
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

/**
 * Cards shown per severity before "show more": a shop five years in can have thousands of open reminders, and
 * mounting every card at once blocked the window for seconds before the first one could be read.
 */
const CARDS_PER_STEP = 50;

/** The home screen: what needs the owner today, most urgent first (overdue, due today, coming up). */
export function TodayScreen() {
  const { t, i18n } = useTranslation();
  const { settings, navigate } = useApp();
  const { state, snooze, dismiss } = useReminders();
  const [target, setTarget] = useState<PutAside | undefined>(undefined);
  const [shown, setShown] = useState<Partial<Record<string, number>>>({});
  const actor = currentOperator(settings);

  return (
    <main className="screen screen--today" aria-labelledby="today-title">
      <div className="screen__header">
        <h1 id="today-title" className="screen__title">
          {t('reminders.today.title')}
        </h1>
        {state.kind === 'ready' && state.list.items.length > 0 ? (
          <span className="screen__count">{t('reminders.today.count', { count: state.list.items.length })}</span>
        ) : null}
      </div>
      {state.kind === 'loading' ? <p role="status">{t('app.loading')}</p> : null}
      {state.kind === 'failed' ? (
        <div role="alert">
          <ErrorBanner error={state.error} />
          <p className="field__hint">{t('reminders.today.loadFailed', { message: errorMessage(i18n, state.error) })}</p>
        </div>
      ) : null}
      {state.kind === 'ready' && state.list.items.length === 0 ? (
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
            if (items.length === 0) return null;
            const limit = shown[severity] ?? CARDS_PER_STEP;
            return (
              <section key={severity} className="today__section" aria-labelledby={`today-${severity}`}>
                <h2 id={`today-${severity}`} className={`today__heading today__heading--${severity}`}>
                  {t(`reminders.severity.${severity}`)} <span className="today__count">{items.length}</span>
                </h2>
                {items.slice(0, limit).map((reminder) => (
                  <ReminderCard
                    key={reminder.key}
                    reminder={reminder}
                    onOpen={() => navigate(routeOf(reminder))}
                    onSnooze={() => setTarget({ mode: 'snooze', reminder })}
                    onDismiss={() => setTarget({ mode: 'dismiss', reminder })}
                  />
                ))}
                {items.length > limit ? (
                  <button type="button" className="button" onClick={() => setShown({ ...shown, [severity]: limit + CARDS_PER_STEP })}>
                    {t('reminders.today.showMore', { more: Math.min(CARDS_PER_STEP, items.length - limit), count: items.length })}
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
