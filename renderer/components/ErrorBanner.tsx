import { useTranslation } from 'react-i18next';
import type { WireError } from '../../electron/common/domain/errors';
import { errorMessage } from '../i18n/error-message';

/** A whole-screen problem (disk full, save failed): said once, at the top, in words. */
export function ErrorBanner({ error, onDismiss }: { readonly error: WireError; readonly onDismiss?: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="banner banner--error" role="alert">
      <p className="banner__text">{errorMessage(i18n, error)}</p>
      {onDismiss === undefined ? null : (
        <button type="button" className="button button--small" onClick={onDismiss}>
          {t('common.dismiss')}
        </button>
      )}
    </div>
  );
}
