import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../electron/common/domain/errors';
import type { OperatorRole, OperatorSummary } from '../../../electron/common/domain/operators';
import { call, toWireError } from '../../bridge';
import { errorMessage } from '../../i18n/error-message';
import { useApp } from '../app/app-context';
import { PinInput } from '../../components/PinInput';

/** Operators with their roles; an owner adds people and sets PINs. PINs go to main and are never shown. */
export function OperatorsBlock() {
  const { t, i18n } = useTranslation();
  const { info, settings, refresh } = useApp();
  const isOwner = info.currentOperator?.role === 'owner';
  const [pinFor, setPinFor] = useState<OperatorSummary | undefined>(undefined);
  const [pin, setPin] = useState('');
  const [currentPin, setCurrentPin] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<OperatorRole>('clerk');
  const [error, setError] = useState<WireError | undefined>(undefined);
  const [done, setDone] = useState<string | undefined>(undefined);

  async function run(action: () => Promise<unknown>, message: string): Promise<boolean> {
    setError(undefined);
    setDone(undefined);
    try {
      await action();
      await refresh();
      setDone(message);
      return true;
    } catch (problem) {
      setError(toWireError(problem));
      return false;
    }
  }

  // Changing an existing PIN of an owner (or one's own) needs the current one (operator-directory.ts).
  const needsCurrent = pinFor !== undefined && pinFor.hasPin && (pinFor.role === 'owner' || pinFor.id === info.currentOperator?.id);

  return (
    <div className="settings__block">
      <h2 className="field__label">{t('approval.settings.operators')}</h2>
      <table className="operators">
        <tbody>
          {settings.operators.map((operator) => (
            <tr key={operator.id}>
              <td>{operator.name}</td>
              <td>{t(`approval.role.${operator.role}`)}</td>
              <td className="cell--muted">{operator.hasPin ? t('approval.settings.hasPin') : t('approval.settings.noPin')}</td>
              <td>
                {isOwner || operator.id === info.currentOperator?.id ? (
                  <button
                    type="button"
                    className="button button--quiet"
                    onClick={() => {
                      setPinFor(operator);
                      setPin('');
                      setCurrentPin('');
                      setError(undefined);
                    }}
                  >
                    {operator.hasPin ? t('approval.settings.changePin') : t('approval.settings.setPin')}：{operator.name}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pinFor === undefined ? null : (
        <form
          className="approval__row"
          onSubmit={(event) => {
            event.preventDefault();
            const target = pinFor;
            void run(
              () => call('operator.setPin', { operatorId: target.id, pin, ...(needsCurrent ? { currentPin } : {}) }),
              t('approval.settings.pinSaved'),
            ).then((ok) => {
              if (ok) setPinFor(undefined);
            });
          }}
        >
          {needsCurrent ? (
            <label>
              <span className="field__label">{t('approval.settings.currentPin')}</span>
              <PinInput
                value={currentPin}
                onValue={setCurrentPin}
              />
            </label>
          ) : null}
          <label>
            <span className="field__label">
              {t('approval.settings.newPin')}（{pinFor.name}）
            </span>
            <PinInput
              isNew
              autoFocus
              value={pin}
              onValue={setPin}
            />
          </label>
          <button type="submit" className="button button--primary" disabled={pin === ''}>
            {t('approval.settings.savePin')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setPinFor(undefined)}>
            {t('common.cancel')}
          </button>
        </form>
      )}
      {isOwner ? (
        <form
          className="approval__row"
          aria-label={t('approval.settings.addOperator')}
          onSubmit={(event) => {
            event.preventDefault();
            void run(() => call('operator.add', { name: name.trim(), role }), t('approval.settings.added')).then((ok) => {
              if (ok) setName('');
            });
          }}
        >
          <label>
            <span className="field__label">{t('approval.settings.name')}</span>
            <input className="input" maxLength={100} value={name} onChange={(event) => setName(event.target.value)} />
          </label>
          <label>
            <span className="field__label">{t('approval.settings.role')}</span>
            <select className="input" value={role} onChange={(event) => setRole(event.target.value === 'owner' ? 'owner' : 'clerk')}>
              <option value="clerk">{t('approval.role.clerk')}</option>
              <option value="owner">{t('approval.role.owner')}</option>
            </select>
          </label>
          <button type="submit" className="button" disabled={name.trim() === ''}>
            {t('approval.settings.add')}
          </button>
        </form>
      ) : (
        <p className="field__hint">{t('approval.settings.ownerOnly')}</p>
      )}
      {done === undefined ? null : (
        <p className="text--ok" role="status">
          {done} ✓
        </p>
      )}
      {error === undefined ? null : (
        <p className="field__error" role="alert">
          {errorMessage(i18n, error)}
        </p>
      )}
    </div>
  );
}
