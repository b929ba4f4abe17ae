import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupStatus, BackupSummary, RestoreInput } from '../../../electron/common/backups/backup-contract';
import { call, toWireError } from '../../bridge';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useWireAction } from '../../lib/use-wire-action';
import { backupErrorText, sizeText, takenAtText } from './backup-text';

function VerifiedMark({ backup }: { readonly backup: BackupSummary }) {
  const { t } = useTranslation();
  if (backup.verified === undefined) return <span>{t('backups.unchecked')}</span>;
  return <span className={backup.verified ? 'text--ok' : 'text--danger'}>{t(backup.verified ? 'backups.verified' : 'backups.notVerified')}</span>;
}

/**
 * Settings → 备份与恢复: the last backup, "back up now", the list with restore, restore from a file, and the
 * opt-in second location. A restore is staged in main and applied by a restart (pending-restore.ts).
 */
export function BackupBlock() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<BackupStatus | undefined>(undefined);
  const [confirming, setConfirming] = useState<RestoreInput | undefined>(undefined);
  const [restarting, setRestarting] = useState<string | undefined>(undefined);
  const [created, setCreated] = useState(false);
  const { busy, error, setError, run } = useWireAction();

  useEffect(() => {
    let live = true;
    call('backup.status', {}).then(
      (value) => {
        if (live) setStatus(value);
      },
      (problem: unknown) => {
        if (live) setError(toWireError(problem));
      },
    );
    return () => {
      live = false;
    };
  }, [setError]);

  async function create(): Promise<void> {
    setCreated(false);
    const next = await run(() => call('backup.create', {}));
    if (next !== undefined) {
      setStatus(next);
      setCreated(true);
    }
  }

  async function restore(input: RestoreInput): Promise<void> {
    setConfirming(undefined);
    const result = await run(() => call('backup.restore', input));
    if (result === undefined || !('restartRequired' in result)) return;
    setRestarting(result.safetyBackup);
    // The list now has the before_restore backup: the way back, shown before the app goes away.
    const next = await run(() => call('backup.status', {}));
    if (next !== undefined) setStatus(next);
  }

  async function setSecond(enabled: boolean): Promise<void> {
    const next = await run(() => call('backup.setSecondLocation', { enabled }));
    if (next !== undefined) setStatus(next);
  }

  const last = status?.last;
  const second = status?.secondLocation;
  return (
    <section className="settings__block" aria-labelledby="backups-title" data-testid="backup-block">
      <h2 id="backups-title" className="field__label">
        {t('backups.title')}
      </h2>
      <p className="field__hint">{t('backups.intro')}</p>
      {error === undefined ? null : (
        <p className="banner banner--error" role="alert">
          {backupErrorText(i18n, error)}
        </p>
      )}
      {restarting === undefined ? null : (
        <p className="banner" role="status">
          {t('backups.restarting', { file: restarting })}
        </p>
      )}
      <p data-testid="backup-last">
        {last === undefined ? t('backups.none') : t('backups.last', { time: takenAtText(last.takenAt), size: sizeText(i18n, last.size) })}{' '}
        {last === undefined ? null : <VerifiedMark backup={last} />}
      </p>
      {status?.lastError === undefined ? null : <p className="text--danger">{t('backups.lastError', { error: status.lastError })}</p>}
      <div className="approval__row">
        <button type="button" className="button" disabled={busy || restarting !== undefined} onClick={() => void create()}>
          {t('backups.createNow')}
        </button>
        <button type="button" className="button" disabled={busy || restarting !== undefined} onClick={() => setConfirming({ fromFile: true })}>
          {t('backups.restoreFromFile')}
        </button>
        {created ? (
          <span className="text--ok" role="status">
            {t('backups.created')}
          </span>
        ) : null}
      </div>
      {status === undefined || status.backups.length === 0 ? null : (
        <table className="table" aria-label={t('backups.list')}>
          <tbody>
            {status.backups.map((backup) => (
              <tr key={backup.fileName} data-file={backup.fileName}>
                <td>{takenAtText(backup.takenAt)}</td>
                <td>{t(`backups.kind.${backup.kind}`)}</td>
                <td>{sizeText(i18n, backup.size)}</td>
                <td>
                  <VerifiedMark backup={backup} />
                </td>
                <td>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={busy || restarting !== undefined}
                    onClick={() => setConfirming({ fileName: backup.fileName })}
                  >
                    {t('backups.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3 className="field__label">{t('backups.secondTitle')}</h3>
      <p className="field__hint">{t('backups.secondHint')}</p>
      <label className="settlement-account__check">
        <input type="checkbox" checked={second?.enabled ?? false} disabled={busy} onChange={(event) => void setSecond(event.target.checked)} />
        <span>{t('backups.secondEnable')}</span>
      </label>
      {second?.path === undefined ? null : <p className="settings__path cell--mono">{t('backups.secondFolder', { path: second.path })}</p>}
      {second?.problem === undefined ? null : <p className="text--danger">{t('backups.secondProblem', { problem: second.problem })}</p>}
      <ConfirmDialog
        open={confirming !== undefined}
        title={t('backups.confirmTitle')}
        confirmLabel={t('backups.confirm')}
        cancelLabel={t('backups.cancel')}
        danger
        onConfirm={() => {
          if (confirming !== undefined) void restore(confirming);
        }}
        onCancel={() => setConfirming(undefined)}
      >
        <p>{t('backups.confirmBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
