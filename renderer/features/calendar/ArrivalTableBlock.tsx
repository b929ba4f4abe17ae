import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarInfo } from '../../../electron/common/ipc/contract-calendar';
import { call } from '../../bridge';
import { defaultDraftRow, draftOfTable, overridesOf } from './arrival-table-draft';
import type { ArrivalDraftRow, UnitChoice } from './arrival-table-draft';

/** The editable arrival table; each row shows where its value comes from. */
export function ArrivalTableBlock({ info, onSaved, onError }: {
  readonly info: CalendarInfo;
  readonly onSaved: (info: CalendarInfo) => void;
  readonly onError: (problem: unknown) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ArrivalDraftRow[]>(() => draftOfTable(info.table));
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [saved, setSaved] = useState(false);

  const edit = (index: number, patch: Partial<ArrivalDraftRow>) => {
    setDraft((rows) => rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
    setSaved(false);
    setProblem(undefined);
  };

  async function save(): Promise<void> {
    const check = overridesOf(draft);
    if (!check.ok) {
      setProblem(t('calendar.settings.tableInvalid', { route: t(`calendar.route.${check.route}`) }));
      return;
    }
    try {
      const next = await call('calendar.setArrivalTable', { overrides: check.value });
      setDraft(draftOfTable(next.table));
      onSaved(next);
      setSaved(true);
    } catch (error) {
      onError(error);
    }
  }

  return (
    <div className="settings__block arrival-table">
      <h3 className="field__label">{t('calendar.settings.tableTitle')}</h3>
      <p className="field__hint">{t('calendar.settings.tableHint')}</p>
      <table className="arrival-table__grid">
        <thead>
          <tr>
            <th scope="col">{t('calendar.settings.route')}</th>
            <th scope="col">{t('calendar.settings.unit')}</th>
            <th scope="col">{t('calendar.settings.min')}</th>
            <th scope="col">{t('calendar.settings.max')}</th>
            <th scope="col">{t('calendar.settings.source')}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {draft.map((row, index) => {
            const stored = info.table.find((entry) => entry.route === row.route);
            const routeName = t(`calendar.route.${row.route}`);
            return (
              <tr key={row.route} data-route={row.route}>
                <th scope="row">{routeName}</th>
                <td>
                  <select
                    className="input input--small"
                    aria-label={`${routeName} ${t('calendar.settings.unit')}`}
                    value={row.unit}
                    onChange={(event) => edit(index, { unit: event.target.value as UnitChoice })}
                  >
                    <option value="minutes">{t('calendar.settings.unitMinutes')}</option>
                    <option value="working_days">{t('calendar.settings.unitWorkingDays')}</option>
                    <option value="unset">{t('calendar.settings.unitUnset')}</option>
                  </select>
                </td>
                <td>
                  <input
                    className="input input--small arrival-table__number"
                    inputMode="numeric"
                    aria-label={`${routeName} ${t('calendar.settings.min')}`}
                    disabled={row.unit === 'unset'}
                    value={row.min}
                    maxLength={5}
                    onChange={(event) => edit(index, { min: event.target.value })}
                  />
                </td>
                <td>
                  <input
                    className="input input--small arrival-table__number"
                    inputMode="numeric"
                    aria-label={`${routeName} ${t('calendar.settings.max')}`}
                    disabled={row.unit === 'unset'}
                    value={row.max}
                    maxLength={5}
                    onChange={(event) => edit(index, { max: event.target.value })}
                  />
                </td>
                <td className="cell--muted">{stored === undefined ? '' : t(`calendar.source.${stored.source}`)}</td>
                <td>
                  {stored?.isDefault === false ? (
                    <button type="button" className="button button--quiet button--small" onClick={() => edit(index, defaultDraftRow(row.route))}>
                      {t('calendar.settings.reset')}
                    </button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {problem === undefined ? null : (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      <button type="button" className="button" onClick={() => void save()}>
        {t('calendar.settings.saveTable')}
      </button>
      {saved ? (
        <span className="text--ok" role="status">
          {t('calendar.settings.saved')}
        </span>
      ) : null}
    </div>
  );
}
