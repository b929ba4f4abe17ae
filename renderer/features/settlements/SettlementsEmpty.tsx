import { useTranslation } from 'react-i18next';
import { useApp } from '../app/app-context';

/** No accounts yet: nothing can be expected without a cycle and a rate, so say where to add them. */
export function NoSettlementAccounts() {
  const { t } = useTranslation();
  const { info, navigate } = useApp();
  const isOwner = info.currentOperator?.role === 'owner';
  return (
    <div className="empty" role="status">
      <div className="empty__art" aria-hidden="true">
        ¥
      </div>
      <h2 className="empty__title">{t('settlements.noAccounts.title')}</h2>
      <p className="empty__body">{t('settlements.noAccounts.body')}</p>
      {isOwner ? null : <p className="field__hint">{t('settlements.noAccounts.clerkHint')}</p>}
      <button type="button" className="button button--primary" onClick={() => navigate({ name: 'settings' })}>
        {t('settlements.noAccounts.open')}
      </button>
    </div>
  );
}

/** A month with no days recorded: how to start. */
export function EmptySettlementMonth() {
  const { t } = useTranslation();
  return (
    <div className="empty empty--inline" role="status">
      <h2 className="empty__title">{t('settlements.empty.title')}</h2>
      <p className="empty__body">{t('settlements.empty.body')}</p>
    </div>
  );
}
