import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { i18n } from 'i18next';
import type { WireError } from '../../../electron/common/domain/errors';
import { IMPORT_INVALID_REASONS } from '../../../electron/common/portable/portable-import';
import type { PortableImportResult } from '../../../electron/common/portable/portable-import';
import { call } from '../../bridge';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useWireAction } from '../../lib/use-wire-action';
import { errorMessage } from '../../i18n/error-message';

export function importErrorText(instance: i18n, error: WireError): string {
  if (error.code !== 'import_invalid') return errorMessage(instance, error);
  const reason = IMPORT_INVALID_REASONS.find((candidate) => candidate === error.params?.['reason']);
  return reason === undefined ? errorMessage(instance, error) : instance.t(`integrity.import.invalid.${reason}`);
}

/**
 * Settings → 从导出的文件夹导入 (owner only, in main): the folder is checked completely, the current data backed up
 * (`before_import`), and the import staged like a restore; the app restarts to apply it. Operators and PINs stay.
 */
export function ImportFolderBlock() {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [restarting, setRestarting] = useState<PortableImportResult | undefined>(undefined);
  const { busy, error, run } = useWireAction();

  async function importNow(): Promise<void> {
    setConfirming(false);
    const result = await run(() => call('data.importFolder', {}));
    if (result?.restartRequired === true) setRestarting(result);
  }

  return (
    <section className="settings__block" aria-labelledby="portable-import-title" data-testid="portable-import-block">
      <h2 id="portable-import-title" className="field__label">
        {t('integrity.import.title')}
      </h2>
      <p className="field__hint">{t('integrity.import.intro')}</p>
      {error === undefined ? null : (
        <p className="banner banner--error" role="alert">
          {importErrorText(i18n, error)}
        </p>
      )}
      {restarting === undefined ? null : (
        <p className="banner" role="status">
          {t('integrity.import.restarting', { refunds: restarting.refunds ?? 0, attachments: restarting.attachments ?? 0, file: restarting.safetyBackup ?? '' })}
        </p>
      )}
      <div className="approval__row">
        <button type="button" className="button" disabled={busy || restarting !== undefined} onClick={() => setConfirming(true)}>
          {t('integrity.import.button')}
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('integrity.import.confirmTitle')}
        confirmLabel={t('integrity.import.confirm')}
        cancelLabel={t('integrity.import.cancel')}
        danger
        onConfirm={() => void importNow()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('integrity.import.confirmBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
