import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../../electron/common/calendar/iso-date';
import type { WireError } from '../../../electron/common/domain/errors';
import type { CalendarInfo } from '../../../electron/common/ipc/contract-calendar';
import { call, toWireError } from '../../bridge';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ArrivalTableBlock } from './ArrivalTableBlock';
import '../../styles/calendar.css';

/** Holiday coverage (built-in and loaded years), loading a new year's file, shop closures, the arrival table. */
export function CalendarSettingsSection() {
  const { t } = useTranslation();
  const [info, setInfo] = useState<CalendarInfo | undefined>(undefined);
  const [error, setError] = useState<WireError | undefined>(undefined);
  const [closures, setClosures] = useState('');
  const [closuresProblem, setClosuresProblem] = useState<string | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);

  useEffect(() => {
    let live = true;
    call('calendar.info', {}).then(
      (value) => {
        if (!live) return;
        setInfo(value);
        setClosures(value.closures.join('\n'));
      },
      (problem: unknown) => {
        if (live) setError(toWireError(problem));
      },
    );
    return () => {
      live = false;
    };
  }, []);

  const fail = (problem: unknown) => setError(toWireError(problem));

  async function loadFile(file: File): Promise<void> {
    setError(undefined);
    setNotice(undefined);
    try {
      const next = await call('calendar.loadYear', { fileName: file.name, text: await file.text() });
      setInfo(next);
      const newest = next.loadedYears.at(-1);
      setNotice(t('calendar.settings.loadedOk', { year: String(newest?.year ?? '') }));
    } catch (problem) {
      fail(problem);
    }
  }

  async function saveClosures(): Promise<void> {
    setError(undefined);
    setNotice(undefined);
    const lines = closures.split(/\r?\n/u).map((line) => line.trim());
    const bad = lines.findIndex((line) => line !== '' && !isIsoDate(line));
    if (bad >= 0) {
      setClosuresProblem(t('calendar.settings.closuresInvalid', { line: String(bad + 1) }));
      return;
    }
    setClosuresProblem(undefined);
    try {
      const next = await call('calendar.setClosures', { dates: lines.filter((line) => line !== '') });
      setInfo(next);
      setClosures(next.closures.join('\n'));
      setNotice(t('calendar.settings.saved'));
    } catch (problem) {
      fail(problem);
    }
  }

  return (
    <section className="settings__block calendar-settings" aria-labelledby="calendar-settings-title">
      <h2 id="calendar-settings-title" className="field__label">
        {t('calendar.settings.title')}
      </h2>
      <p className="field__hint">{t('calendar.settings.intro')}</p>
      {error === undefined ? null : <ErrorBanner error={error} onDismiss={() => setError(undefined)} />}
      {info === undefined ? null : (
        <>
          <p>{t('calendar.settings.builtin', { from: String(info.builtin.from), to: String(info.builtin.to) })}</p>
          {info.loadedYears.length === 0 ? null : (
            <ul className="facts__list">
              {info.loadedYears.map((year) => (
                <li key={year.year}>
                  {t('calendar.settings.loaded', {
                    year: String(year.year),
                    holidays: String(year.holidays),
                    workdays: String(year.workdays),
                    fileName: year.fileName,
                  })}
                </li>
              ))}
            </ul>
          )}
          {info.todayCoverage === 'beyond' ? (
            <p className="text--danger" role="note">
              ⚠ {t('calendar.settings.todayBeyond', { today: info.today })}
            </p>
          ) : null}
          <p className="field__hint">{t('calendar.settings.nextMissing', { year: String(info.nextMissingYear) })}</p>
          <label className="field">
            <span className="field__label">{t('calendar.settings.loadFile')}</span>
            <input
              type="file"
              accept=".json,application/json"
              data-testid="holiday-file"
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file !== undefined) void loadFile(file);
              }}
            />
            <span className="field__hint">{t('calendar.settings.fileFormat')}</span>
          </label>
          {notice === undefined ? null : (
            <p className="text--ok" role="status">
              {notice}
            </p>
          )}
          <label className="field">
            <span className="field__label">{t('calendar.settings.closuresTitle')}</span>
            <textarea
              className="input"
              rows={3}
              value={closures}
              placeholder="2027-01-28"
              aria-invalid={closuresProblem === undefined ? undefined : true}
              onChange={(event) => {
                setClosures(event.target.value);
                setClosuresProblem(undefined);
              }}
            />
            <span className="field__hint">{t('calendar.settings.closuresHint')}</span>
          </label>
          {closuresProblem === undefined ? null : (
            <p className="field__error" role="alert">
              {closuresProblem}
            </p>
          )}
          <button type="button" className="button" onClick={() => void saveClosures()}>
            {t('calendar.settings.saveClosures')}
          </button>
          <ArrivalTableBlock info={info} onSaved={setInfo} onError={fail} />
        </>
      )}
    </section>
  );
}
