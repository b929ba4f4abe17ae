import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../electron/common/domain/errors';
import type { CaseSummary } from '../../../electron/common/ipc/contract-cases';
import { call, toWireError } from '../../bridge';
import { ErrorBanner } from '../../components/ErrorBanner';
import { currentOperator, useApp } from '../app/app-context';
import { OpenCaseDialog } from './OpenCaseDialog';
import { CaseStatusBadge } from './CaseStatusBadge';
import { daysLeftText, isDeadlineUrgent, missingText } from './case-text';
import '../../styles/cases.css';

type ListState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: WireError }
  | { readonly kind: 'ready'; readonly items: readonly CaseSummary[] };

type Filter = 'open' | 'all';

/** 个案: the open cases (or all), nearest deadline first as main sorts them, and the way to open a new one. */
export function CasesScreen() {
  const { t, i18n } = useTranslation();
  const { settings, navigate } = useApp();
  const [filter, setFilter] = useState<Filter>('open');
  const [state, setState] = useState<ListState>({ kind: 'loading' });
  const [opening, setOpening] = useState(false);

  useEffect(() => {
    let live = true;
    call('case.list', { filter }).then(
      (items) => {
        if (live) setState({ kind: 'ready', items });
      },
      (error: unknown) => {
        if (live) setState({ kind: 'failed', error: toWireError(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [filter]);

  return (
    <main className="screen screen--cases" aria-labelledby="cases-title">
      <div className="screen__header">
        <h1 id="cases-title" className="screen__title">
          {t('cases.title')}
        </h1>
        <fieldset className="choice cases__filter">
          <legend className="visually-hidden">{t('cases.filter.label')}</legend>
          <div className="choice__options">
            {(['open', 'all'] as const).map((option) => (
              <label key={option} className={`choice__option${filter === option ? ' choice__option--on' : ''}`}>
                <input type="radio" name="case-filter" value={option} checked={filter === option} onChange={() => setFilter(option)} />
                <span>{t(`cases.filter.${option}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <button type="button" className="button button--primary screen__action" onClick={() => setOpening(true)}>
          + {t('cases.open')}
        </button>
      </div>
      <p className="screen__hint cases__intro">{t('cases.intro')}</p>
      {state.kind === 'loading' ? <p role="status">{t('app.loading')}</p> : null}
      {state.kind === 'failed' ? <ErrorBanner error={state.error} /> : null}
      {state.kind === 'ready' && state.items.length === 0 ? (
        filter === 'open' ? (
          <div className="empty cases__empty" role="status">
            <div className="empty__art" aria-hidden="true">
              ⚖
            </div>
            <h2 className="empty__title">{t('cases.empty.title')}</h2>
            <p className="empty__body">{t('cases.empty.body')}</p>
            <p className="empty__body">{t('cases.empty.bodyOpenFrom')}</p>
          </div>
        ) : (
          <p className="field__hint" role="status">
            {t('cases.empty.filtered')}
          </p>
        )
      ) : null}
      {state.kind === 'ready' && state.items.length > 0 ? (
        <div className="card cases__list">
          <table className="case-table">
            <caption className="visually-hidden">{t('cases.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cases.column.number')}</th>
                <th scope="col">{t('cases.column.kind')}</th>
                <th scope="col">{t('cases.column.counterparty')}</th>
                <th scope="col">{t('cases.column.deadline')}</th>
                <th scope="col">{t('cases.column.missing')}</th>
                <th scope="col">{t('cases.column.status')}</th>
              </tr>
            </thead>
            <tbody>
              {state.items.map((item) => (
                <tr
                  key={item.id}
                  className="case-table__row"
                  data-case-number={item.number}
                  tabIndex={0}
                  onClick={() => navigate({ name: 'case', id: item.id })}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') navigate({ name: 'case', id: item.id });
                  }}
                >
                  <th scope="row">
                    <button type="button" className="link-button cell--mono" onClick={() => navigate({ name: 'case', id: item.id })}>
                      {item.number}
                    </button>
                  </th>
                  <td>{t(`cases.kind.${item.kind}`)}</td>
                  <td>{item.counterpartyName}</td>
                  <td className={isDeadlineUrgent(item.daysLeft) ? 'case-deadline case-deadline--urgent' : 'case-deadline'}>
                    {item.deadline === undefined ? (
                      t('cases.days.none')
                    ) : (
                      <>
                        <span className="cell--mono">{item.deadline}</span>
                        <span className="case-deadline__days">{daysLeftText(i18n, item.daysLeft)}</span>
                      </>
                    )}
                  </td>
                  <td className={item.missing > 0 ? 'text--danger' : 'text--ok'}>{missingText(i18n, item.missing)}</td>
                  <td>
                    <CaseStatusBadge status={item.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {opening ? (
        <OpenCaseDialog
          actor={currentOperator(settings)}
          onOpened={(view) => navigate({ name: 'case', id: view.case.id })}
          onClose={() => setOpening(false)}
        />
      ) : null}
    </main>
  );
}
