import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortableExportResult } from '../../../electron/common/portable/portable-export';
import { call } from '../../bridge';
import { useWireAction } from '../../lib/use-wire-action';
import { errorMessage } from '../../i18n/error-message';

/** Settings → 导出到文件夹: every record and original file, in a folder a person can read (owner only, in main). */
export function PortableExportBlock() {
  const { t, i18n } = useTranslation();
  const [done, setDone] = useState<PortableExportResult | undefined>(undefined);
  const { busy, error, run } = useWireAction();

  async function exportNow(): Promise<void> {
    setDone(undefined);
    const result = await run(() => call('data.exportFolder', {}));
    if (result?.folder !== undefined) setDone(result);
  }

  return (
    <section className="settings__block" aria-labelledby="portable-export-title" data-testid="portable-export-block">
      <h2 id="portable-export-title" className="field__label">
        {t('integrity.export.title')}
      </h2>
      <p className="field__hint">{t('integrity.export.intro')}</p>
      {error === undefined ? null : (
        <p className="banner banner--error" role="alert">
          {errorMessage(i18n, error)}
        </p>
      )}
      <div className="approval__row">
        <button type="button" className="button" disabled={busy} onClick={() => void exportNow()}>
          {t('integrity.export.button')}
        </button>
      </div>
      {done?.folder === undefined ? null : (
        <p className="text--ok settings__path" role="status">
          {t('integrity.export.done', { folder: done.folder, refunds: done.refunds ?? 0, attachments: done.attachments ?? 0 })}
        </p>
      )}
    </section>
  );
}
