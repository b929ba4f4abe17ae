import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../bridge';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useWireAction } from '../../lib/use-wire-action';
import { backupErrorText } from '../backups/backup-text';
import { importErrorText } from '../integrity/ImportFolderBlock';

type Source = 'backup' | 'folder';

/**
 * On the first-run screen: a shop owner whose PC died brings their shop to the new one before setting anything
 * up — a backup file, or an export folder. Main allows this without an owner only while the shop is not set up
 * (app-backups.ts, ownerOrNewShop); the same checks, refusals and restart as in Settings.
 */
interface RestoreOnNewPcProps {
  /** The shop is being set up: no restore meanwhile. */
  readonly disabled: boolean;
  /** A restore or import is staged and the app is restarting: setting up a shop now would be lost. */
  readonly onStaged: () => void;
}

export function RestoreOnNewPc({ disabled, onStaged }: RestoreOnNewPcProps) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState<Source | undefined>(undefined);
  const [failed, setFailed] = useState<Source | undefined>(undefined);
  const [restarting, setRestarting] = useState(false);
  const { busy, error, run } = useWireAction();

  async function bring(source: Source): Promise<void> {
    setConfirming(undefined);
    setFailed(source);
    const staged = await run(async () => {
      const result = source === 'backup' ? await call('backup.restore', { fromFile: true }) : await call('data.importFolder', {});
      // Cancelled in the file dialog: nothing happened, the screen stays as it was.
      return 'restartRequired' in result && result.restartRequired === true;
    });
    if (staged === true) {
      setRestarting(true);
      onStaged();
    }
  }

  const blocked = disabled || busy || restarting;
  return (
    <section className="first-run__restore" aria-labelledby="first-run-restore-title" data-testid="first-run-restore">
      <h2 id="first-run-restore-title" className="field__label">
        {t('setup.restore.title')}
      </h2>
      <p className="first-run__hint">{t('setup.restore.intro')}</p>
      {error === undefined ? null : (
        <p className="banner banner--error" role="alert">
          {failed === 'folder' ? importErrorText(i18n, error) : backupErrorText(i18n, error)}
        </p>
      )}
      {restarting ? (
        <p className="banner" role="status">
          {t('setup.restore.restarting')}
        </p>
      ) : null}
      <div className="first-run__buttons">
        <button type="button" className="button" disabled={blocked} onClick={() => setConfirming('backup')}>
          {t('setup.restore.fromBackup')}
        </button>
        <button type="button" className="button" disabled={blocked} onClick={() => setConfirming('folder')}>
          {t('setup.restore.fromFolder')}
        </button>
      </div>
      <ConfirmDialog
        open={confirming !== undefined}
        title={t(confirming === 'folder' ? 'setup.restore.folderTitle' : 'setup.restore.backupTitle')}
        confirmLabel={t(confirming === 'folder' ? 'setup.restore.folderConfirm' : 'setup.restore.backupConfirm')}
        cancelLabel={t('setup.restore.cancel')}
        onConfirm={() => {
          if (confirming !== undefined) void bring(confirming);
        }}
        onCancel={() => setConfirming(undefined)}
      >
        <p>{t(confirming === 'folder' ? 'setup.restore.folderBody' : 'setup.restore.backupBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
