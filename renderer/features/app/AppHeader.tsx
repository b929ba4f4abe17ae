import { useTranslation } from 'react-i18next';
import { useApp } from './app-context';
import type { Route } from './route';
import { useReminderCount } from '../today/use-reminder-count';

/** The bar across the top: whose ledger this is, and the places to go. */
export function AppHeader({ route }: { readonly route: Route }) {
  const { t } = useTranslation();
  const { info, settings, navigate, lock } = useApp();
  const working = info.currentOperator;
  const onList = route.name === 'list' || route.name === 'detail';
  const onCases = route.name === 'cases' || route.name === 'case';
  const reminderCount = useReminderCount(route);
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <span className="app-header__title">{t('app.title')}</span>
        <span className="app-header__shop">{settings.shopName}</span>
        {working === undefined ? null : (
          <span className="app-header__who">
            <span data-testid="working-operator">
              {t('approval.lock.working', { name: working.name, role: t(`approval.role.${working.role}`) })}
            </span>
            <button type="button" className="button button--quiet" aria-keyshortcuts="Control+L" onClick={lock}>
              {t('approval.lock.shortcut')}
            </button>
          </span>
        )}
      </div>
      <nav className="app-header__nav" aria-label={t('app.title')}>
        <button
          type="button"
          className={`nav-button${route.name === 'today' ? ' nav-button--on' : ''}`}
          aria-current={route.name === 'today' ? 'page' : undefined}
          onClick={() => navigate({ name: 'today' })}
        >
          {t('nav.today')}
          {reminderCount === undefined || reminderCount === 0 ? null : (
            <span className="nav-badge" data-testid="today-count">
              {reminderCount}
            </span>
          )}
        </button>
        <button
          type="button"
          className={`nav-button${onList ? ' nav-button--on' : ''}`}
          aria-current={onList ? 'page' : undefined}
          onClick={() => navigate({ name: 'list' })}
        >
          {t('nav.list')}
        </button>
        <button
          type="button"
          className={`nav-button${route.name === 'settlements' ? ' nav-button--on' : ''}`}
          aria-current={route.name === 'settlements' ? 'page' : undefined}
          onClick={() => navigate({ name: 'settlements' })}
        >
          {t('nav.settlements')}
        </button>
        <button
          type="button"
          className={`nav-button${onCases ? ' nav-button--on' : ''}`}
          aria-current={onCases ? 'page' : undefined}
          onClick={() => navigate({ name: 'cases' })}
        >
          {t('nav.cases')}
        </button>
        <button
          type="button"
          className={`nav-button nav-button--new${route.name === 'new' ? ' nav-button--on' : ''}`}
          aria-current={route.name === 'new' ? 'page' : undefined}
          aria-keyshortcuts="N Control+N"
          title={t('nav.shortcutNew')}
          onClick={() => navigate({ name: 'new' })}
        >
          + {t('nav.newRefund')} <kbd className="kbd">N</kbd>
        </button>
        <button
          type="button"
          className={`nav-button${route.name === 'settings' ? ' nav-button--on' : ''}`}
          aria-current={route.name === 'settings' ? 'page' : undefined}
          onClick={() => navigate({ name: 'settings' })}
        >
          {t('nav.settings')}
        </button>
      </nav>
    </header>
  );
}
