import { useTranslation } from 'react-i18next';

/** Two different silences: a new shop with nothing yet, and a search that found nothing. */
export function ListEmpty({ filtered, onNew, onClear }: { readonly filtered: boolean; readonly onNew: () => void; readonly onClear: () => void }) {
  const { t } = useTranslation();
  if (filtered) {
    return (
      <div className="empty" role="status">
        <h2 className="empty__title">{t('list.noMatchTitle')}</h2>
        <p className="empty__body">{t('list.noMatchBody')}</p>
        <button type="button" className="button" onClick={onClear}>
          {t('list.clearFilters')}
        </button>
      </div>
    );
  }
  return (
    <div className="empty" role="status">
      <div className="empty__art" aria-hidden="true">
        ¥
      </div>
      <h2 className="empty__title">{t('list.emptyTitle')}</h2>
      <p className="empty__body">{t('list.emptyBody')}</p>
      <button type="button" className="button button--primary button--large" onClick={onNew}>
        + {t('nav.newRefund')}
      </button>
    </div>
  );
}
