import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../electron/common/domain/errors';
import { HOTLINE_SOURCES } from '../../../electron/common/reminders/hotlines';
import type { Hotline, HotlineSource } from '../../../electron/common/reminders/hotlines';
import { call, toWireError } from '../../bridge';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useApp } from '../app/app-context';
import '../../styles/today.css';

/** The hotline directory the Today screen's "whom to call" uses: number, source and last-verified date, owner-edited. */
export function HotlinesBlock() {
  const { t } = useTranslation();
  const { info } = useApp();
  const [rows, setRows] = useState<readonly Hotline[] | undefined>(undefined);
  const [error, setError] = useState<WireError | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  const isOwner = info.currentOperator?.role === 'owner';

  useEffect(() => {
    call('hotline.list', {}).then(setRows, (problem: unknown) => setError(toWireError(problem)));
  }, []);

  function change(index: number, patch: Partial<Hotline>): void {
    setSaved(false);
    setRows((current) => current?.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  }

  async function save(): Promise<void> {
    if (rows === undefined) return;
    setError(undefined);
    try {
      setRows(await call('hotline.update', { hotlines: rows }));
      setSaved(true);
    } catch (problem) {
      setError(toWireError(problem));
    }
  }

  return (
    <div className="settings__block">
      <h2 className="field__label">{t('reminders.hotlines.title')}</h2>
      <p className="field__hint">{t('reminders.hotlines.hint')}</p>
      {error === undefined ? null : <ErrorBanner error={error} />}
      {rows === undefined ? null : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <table className="hotlines">
            <thead>
              <tr>
                <th scope="col">{t('reminders.today.whomToCall')}</th>
                <th scope="col">{t('reminders.hotlines.number')}</th>
                <th scope="col">{t('reminders.hotlines.source')}</th>
                <th scope="col">{t('reminders.hotlines.sourceNote')}</th>
                <th scope="col">{t('reminders.hotlines.lastVerified')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => {
                const name = t(`reminders.hotline.${row.id}`);
                return (
                  <tr key={row.id}>
                    <th scope="row">{name}</th>
                    <td>
                      <input className="input" aria-label={`${name} ${t('reminders.hotlines.number')}`} disabled={!isOwner} value={row.number} maxLength={32} onChange={(event) => change(index, { number: event.target.value })} />
                    </td>
                    <td>
                      <select className="input" aria-label={`${name} ${t('reminders.hotlines.source')}`} disabled={!isOwner} value={row.source} onChange={(event) => change(index, { source: event.target.value as HotlineSource })}>
                        {HOTLINE_SOURCES.map((source) => (
                          <option key={source} value={source}>
                            {t(`reminders.source.${source}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <input className="input" aria-label={`${name} ${t('reminders.hotlines.sourceNote')}`} disabled={!isOwner} value={row.sourceNote} maxLength={200} onChange={(event) => change(index, { sourceNote: event.target.value })} />
                    </td>
                    <td>
                      <input className="input" type="date" aria-label={`${name} ${t('reminders.hotlines.lastVerified')}`} disabled={!isOwner} value={row.lastVerified} onChange={(event) => change(index, { lastVerified: event.target.value })} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <button type="submit" className="button" disabled={!isOwner}>
            {t('reminders.hotlines.save')}
          </button>
          {saved ? (
            <span className="text--ok" role="status">
              {t('reminders.hotlines.saved')} ✓
            </span>
          ) : null}
        </form>
      )}
    </div>
  );
}
