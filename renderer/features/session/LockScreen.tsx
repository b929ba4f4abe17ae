import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../electron/common/domain/errors';
import type { OperatorSummary } from '../../../electron/common/domain/operators';
import type { AppInfo } from '../../../electron/common/ipc/contract';
import { call, toWireError } from '../../bridge';
import { errorMessage } from '../../i18n/error-message';
import { PinInput } from '../../components/PinInput';

interface LockScreenProps {
  readonly info: AppInfo;
  readonly onUnlocked: (info: AppInfo) => void;
}

/** Who is at the till: pick a name; an operator with a PIN types it. Enter unlocks. */
export function LockScreen({ info, onUnlocked }: LockScreenProps) {
  const { t, i18n } = useTranslation();
  const [chosen, setChosen] = useState<OperatorSummary | undefined>(undefined);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<WireError | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  async function unlock(operator: OperatorSummary, typed?: string): Promise<void> {
    setBusy(true);
    setError(undefined);
    try {
      await call('session.unlock', { operatorId: operator.id, ...(typed === undefined ? {} : { pin: typed }) });
      onUnlocked(await call('app.info', {}));
    } catch (problem) {
      setError(toWireError(problem));
      setPin('');
      setBusy(false);
    }
  }

  function choose(operator: OperatorSummary): void {
    if (!operator.hasPin) {
      void unlock(operator);
      return;
    }
    setChosen(operator);
    setPin('');
    setError(undefined);
  }

  return (
    <main className="lock" aria-labelledby="lock-title">
      <div className="lock__card">
        <h1 id="lock-title" className="first-run__title">
          {t('approval.lock.title')}
        </h1>
        <p className="first-run__intro">
          {info.settings.shopName} · {t('approval.lock.intro')}
        </p>
        {chosen === undefined ? (
          <ul className="lock__list">
            {info.settings.operators.map((operator) => (
              <li key={operator.id}>
                <button type="button" className="button button--large lock__person" disabled={busy} onClick={() => choose(operator)}>
                  <span>{operator.name}</span>
                  <span className="cell--muted">
                    {t(`approval.role.${operator.role}`)}
                    {operator.hasPin ? ' · PIN' : ''}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <form
            className="approval__row"
            onSubmit={(event) => {
              event.preventDefault();
              void unlock(chosen, pin);
            }}
          >
            <p className="approval__decision">
              {chosen.name}（{t(`approval.role.${chosen.role}`)}）
            </p>
            <label className="field__label" htmlFor="lock-pin">
              {t('approval.lock.pin')}
            </label>
            <PinInput
              id="lock-pin"
              autoFocus
              value={pin}
              aria-invalid={error !== undefined}
              onValue={setPin}
            />
            <button type="submit" className="button button--primary" disabled={busy || pin === ''}>
              {t('approval.lock.unlock')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setChosen(undefined)}>
              {t('approval.lock.back')}
            </button>
          </form>
        )}
        {error === undefined ? null : (
          <p className="field__error" role="alert">
            {errorMessage(i18n, error)}
          </p>
        )}
      </div>
    </main>
  );
}
