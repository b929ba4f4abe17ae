import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettlementView } from '../../../electron/common/ipc/contract';
import { ErrorBanner } from '../../components/ErrorBanner';
import { currentOperator, useApp } from '../app/app-context';
import { refreshReminderCount } from '../today/reminder-count';
import { CorrectTakingsDialog } from './CorrectTakingsDialog';
import { MarkReceivedDialog } from './MarkReceivedDialog';
import { MonthPicker } from './MonthPicker';
import { isMonth, monthOf, monthParts } from './settlement-dates';
import { EmptySettlementMonth, NoSettlementAccounts } from './SettlementsEmpty';
import { SettlementTable } from './SettlementTable';
import { SettlementTotalsPanel } from './SettlementTotalsPanel';
import { TakingsForm } from './TakingsForm';
import { OpenCaseDialog } from '../cases/OpenCaseDialog';
import { useSettlements } from './use-settlements';
import { ExportButton } from '../exports/ExportButton';
import '../../styles/settlements.css';

type Editing = { readonly mode: 'receive' | 'correct' | 'case'; readonly view: SettlementView };

/** 结算: each day's takings, when and how much should arrive, and what did; late and short days stand out. */
export function SettlementsScreen({ initialMonth }: { readonly initialMonth?: string | undefined }) {
  const { t } = useTranslation();
  const { settings, navigate } = useApp();
  const actor = currentOperator(settings);
  const { month, setMonth, state, reload } = useSettlements(initialMonth !== undefined && isMonth(initialMonth) ? initialMonth : undefined);
  const [editing, setEditing] = useState<Editing | undefined>(undefined);

  function changed(view: SettlementView): void {
    setEditing(undefined);
    const dayMonth = monthOf(view.day.businessDate);
    if (dayMonth === month) reload();
    else setMonth(dayMonth);
    // Late and short days are reminders: the header's count follows what was just recorded.
    refreshReminderCount();
  }

  const ready = state.kind === 'ready' ? state : undefined;
  const active = ready?.accounts.filter((account) => account.archived !== true) ?? [];
  return (
    <main className="screen screen--settlements" aria-labelledby="settlements-title">
      <div className="screen__header">
        <h1 id="settlements-title" className="screen__title">
          {t('settlements.title')}
        </h1>
        {ready !== undefined && month !== undefined ? <MonthPicker month={month} current={monthOf(ready.data.today)} onChange={setMonth} /> : null}
        {ready !== undefined ? (
          <ExportButton target={{ kind: 'settlements', month: ready.data.month, monthLabel: t('settlements.month.value', monthParts(ready.data.month)) }} />
        ) : null}
      </div>
      <p className="screen__hint settlements__intro">{t('settlements.intro')}</p>
      {state.kind === 'loading' ? <p role="status">{t('app.loading')}</p> : null}
      {state.kind === 'failed' ? <ErrorBanner error={state.error} /> : null}
      {ready !== undefined && active.length === 0 && ready.data.rows.length === 0 ? <NoSettlementAccounts /> : null}
      {ready !== undefined && active.length > 0 ? <TakingsForm accounts={active} today={ready.data.today} actor={actor} onRecorded={changed} /> : null}
      {ready !== undefined && (active.length > 0 || ready.data.rows.length > 0) ? (
        <section className="card settlements__month" aria-labelledby="settlements-month-title">
          <h2 id="settlements-month-title" className="card__title">
            {t('settlements.table.caption', { month: t('settlements.month.value', monthParts(ready.data.month)) })}
          </h2>
          <SettlementTotalsPanel data={ready.data} />
          {ready.data.rows.length === 0 ? (
            <EmptySettlementMonth />
          ) : (
            <SettlementTable
              caption={t('settlements.table.caption', { month: ready.data.month })}
              rows={ready.data.rows}
              onReceive={(view) => setEditing({ mode: 'receive', view })}
              onCorrect={(view) => setEditing({ mode: 'correct', view })}
              onOpenCase={(view) => setEditing({ mode: 'case', view })}
            />
          )}
        </section>
      ) : null}
      {editing?.mode === 'receive' && ready !== undefined ? (
        <MarkReceivedDialog view={editing.view} today={ready.data.today} actor={actor} onDone={changed} onClose={() => setEditing(undefined)} />
      ) : null}
      {editing?.mode === 'correct' ? <CorrectTakingsDialog view={editing.view} actor={actor} onDone={changed} onClose={() => setEditing(undefined)} /> : null}
      {editing?.mode === 'case' ? (
        <OpenCaseDialog
          settlement={{ id: editing.view.day.id, label: `${editing.view.accountName} ${editing.view.day.businessDate}` }}
          actor={actor}
          onOpened={(view) => navigate({ name: 'case', id: view.case.id })}
          onClose={() => setEditing(undefined)}
        />
      ) : null}
    </main>
  );
}
