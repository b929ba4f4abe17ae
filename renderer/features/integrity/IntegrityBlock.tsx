import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntegrityProblem, IntegrityStatus } from '../../../electron/common/integrity/integrity-report';
import { call, toWireError } from '../../bridge';
import { useWireAction } from '../../lib/use-wire-action';
import { errorMessage } from '../../i18n/error-message';

// While a background check is running, ask again now and then so the block fills in without a click.
const POLL_MS = 2000;

function ProblemRow({ problem }: { readonly problem: IntegrityProblem }) {
  const { t } = useTranslation();
  return (
    <tr data-kind={problem.kind} data-id={problem.id}>
      <td>{t(`integrity.kind.${problem.kind}`)}</td>
      <td className="cell--mono">{problem.number ?? t('integrity.unknownRecord')}</td>
      <td>{t(`integrity.what.${problem.what}`)}</td>
    </tr>
  );
}

/** Settings → 数据自检: when the last check ran, what it covered, and each problem with the record's number. */
export function IntegrityBlock() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<IntegrityStatus | undefined>(undefined);
  const { busy, error, setError, run } = useWireAction();

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () => {
      call('integrity.status', {}).then(
        (value) => {
          if (!live) return;
          setStatus(value);
          if (value.running || value.last === undefined) timer = setTimeout(load, POLL_MS);
        },
        (problem: unknown) => {
          if (live) setError(toWireError(problem));
        },
      );
    };
    load();
    return () => {
      live = false;
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [setError]);

  async function runNow(): Promise<void> {
    const next = await run(() => call('integrity.run', {}));
    if (next !== undefined) setStatus(next);
  }

  const last = status?.last;
  return (
    <section className="settings__block" aria-labelledby="integrity-title" data-testid="integrity-block">
      <h2 id="integrity-title" className="field__label">
        {t('integrity.title')}
      </h2>
      <p className="field__hint">{t('integrity.intro')}</p>
      {error === undefined ? null : (
        <p className="banner banner--error" role="alert">
          {errorMessage(i18n, error)}
        </p>
      )}
      <p data-testid="integrity-last">
        {last === undefined ? t(status?.running === true ? 'integrity.running' : 'integrity.never') : t('integrity.last', { time: new Date(last.checkedAt).toLocaleString(i18n.language) })}
      </p>
      {last === undefined ? null : <p>{t('integrity.counts', { refunds: last.refunds, settlementDays: last.settlementDays, cases: last.cases, attachments: last.attachments })}</p>}
      {last === undefined ? null : (
        <p className={last.problems.length === 0 ? 'text--ok' : 'text--danger'} data-testid="integrity-result">
          {last.problems.length === 0 ? t('integrity.clean') : t('integrity.found', { count: last.problems.length })}
        </p>
      )}
      {status?.lastError === undefined ? null : <p className="text--danger">{t('integrity.failed', { error: status.lastError })}</p>}
      {last === undefined || last.problems.length === 0 ? null : (
        <>
          <p className="field__hint">{t('integrity.whatToDo')}</p>
          <table className="table" aria-label={t('integrity.title')}>
            <tbody>
              {last.problems.map((problem) => (
                <ProblemRow key={`${problem.kind} ${problem.id}`} problem={problem} />
              ))}
            </tbody>
          </table>
        </>
      )}
      <div className="approval__row">
        <button type="button" className="button" disabled={busy} onClick={() => void runNow()}>
          {t('integrity.runNow')}
        </button>
      </div>
    </section>
  );
}
