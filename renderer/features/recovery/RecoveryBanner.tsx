import { useTranslation } from 'react-i18next';
import type { RecoveryNotice } from '../../../electron/common/ports';
import { formatInstant } from '../../lib/format';

interface RecoveryBannerProps {
  readonly notices: readonly RecoveryNotice[];
  readonly onDismiss: () => void;
}

/**
 * Says plainly what the storage layer did with a damaged file: where the original was kept and what came back.
 * When nothing could be restored, it says records may be missing, because the owner must check the paper slips.
 */
export function RecoveryBanner({ notices, onDismiss }: RecoveryBannerProps) {
  const { t } = useTranslation();
  if (notices.length === 0) return null;
  return (
    <section className="banner banner--warning" role="alert" aria-labelledby="recovery-title">
      <div className="banner__content">
        <h2 id="recovery-title" className="banner__title">
          {t('recovery.title')}
        </h2>
        <ul className="banner__list">
          {notices.map((notice) => (
            <li key={`${notice.file}:${notice.quarantinedAs ?? ''}`}>
              {t('recovery.file', { file: notice.file, problem: t(`recovery.problem.${notice.problem}`) })}{' '}
              {notice.quarantinedAs === undefined ? null : t('recovery.quarantined', { path: notice.quarantinedAs })}{' '}
              {notice.dataMayBeMissing || notice.restoredSavedAt === undefined ? (
                <strong>{t('recovery.missing')}</strong>
              ) : (
                t('recovery.restored', { at: formatInstant(notice.restoredSavedAt) })
              )}
            </li>
          ))}
        </ul>
      </div>
      <button type="button" className="button button--small" onClick={onDismiss}>
        {t('common.dismiss')}
      </button>
    </section>
  );
}
