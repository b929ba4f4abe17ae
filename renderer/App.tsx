import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, PublicSettings, SettingsPatch } from '../electron/common/ipc/contract';
import type { Language } from '../electron/common/ports';
import { call } from './bridge';
import { AppContext } from './features/app/app-context';
import type { AppContextValue } from './features/app/app-context';
import { AppHeader } from './features/app/AppHeader';
import type { Route } from './features/app/route';
import { useAppInfo } from './features/app/use-app-info';
import { RecoveryBanner } from './features/recovery/RecoveryBanner';
import { IntegrityBanner } from './features/integrity/IntegrityBanner';
import { RefundDetailScreen } from './features/refunds/detail/RefundDetailScreen';
import { NewRefundScreen } from './features/refunds/form/NewRefundScreen';
import { INITIAL_LIST_MEMORY, RefundListScreen } from './features/refunds/list/RefundListScreen';
import type { ListMemory } from './features/refunds/list/RefundListScreen';
import { FirstRunScreen } from './features/setup/FirstRunScreen';
import { LockScreen } from './features/session/LockScreen';
import { useLockShortcut } from './features/session/use-lock-shortcut';
import { useAutoLock } from './features/privacy/use-auto-lock';
import { SettingsScreen } from './features/settings/SettingsScreen';
import { SettlementsScreen } from './features/settlements/SettlementsScreen';
import { TodayScreen } from './features/today/TodayScreen';
import { CasesScreen } from './features/cases/CasesScreen';
import { CaseDetailScreen } from './features/cases/CaseDetailScreen';
import { applyLanguage } from './i18n';
import { errorMessage } from './i18n/error-message';
import { isDialogOpen, isTypingTarget } from './lib/keys';

export function App() {
  const { t, i18n } = useTranslation();
  const { state, setInfo, reload } = useAppInfo();
  const [setupLanguage, setSetupLanguage] = useState<Language>('zh-CN');

  const language = state.kind === 'ready' && state.info.settings.setupDone ? state.info.settings.language : setupLanguage;
  useEffect(() => {
    applyLanguage(i18n, language);
  }, [i18n, language]);

  if (state.kind === 'loading') {
    return (
      <p className="splash" role="status">
        {t('app.loading')}
      </p>
    );
  }
  if (state.kind === 'failed') {
    return (
      <div className="splash" role="alert">
        <p>{t('app.loadFailed', { message: errorMessage(i18n, state.error) })}</p>
        <button type="button" className="button" onClick={reload}>
          {t('app.retry')}
        </button>
      </div>
    );
  }
  if (!state.info.settings.setupDone) {
    return <FirstRunScreen language={setupLanguage} onLanguage={setSetupLanguage} onDone={setInfo} />;
  }
  // Nobody is working (locked, or PINs exist and the app just started): ask who is.
  if (state.info.currentOperator === undefined) return <LockScreen info={state.info} onUnlocked={setInfo} />;
  return <Shell info={state.info} onInfo={setInfo} />;
}

function Shell({ info, onInfo }: { readonly info: AppInfo; readonly onInfo: (info: AppInfo) => void }) {
  // Today first: what needs the owner now matters more than the whole list (reminders/). A shop with no refunds
  // yet has nothing to be reminded of; its list's empty state says how to start.
  const [route, setRoute] = useState<Route>(() => (info.refundCount === 0 ? { name: 'list' } : { name: 'today' }));
  const [listMemory, setListMemory] = useState<ListMemory>(INITIAL_LIST_MEMORY);
  const [recoveriesDismissed, setRecoveriesDismissed] = useState(0);

  const updateSettings = useCallback(
    async (patch: SettingsPatch): Promise<PublicSettings> => {
      const settings = await call('settings.update', patch);
      onInfo({ ...info, settings });
      return settings;
    },
    [info, onInfo],
  );
  const navigate = useCallback((next: Route) => {
    setRoute(next);
    window.scrollTo(0, 0);
  }, []);

  const { lock, refresh } = useLockShortcut(info, onInfo);
  useAutoLock(info.settings.privacy?.autoLockMinutes ?? null, info.currentOperator !== undefined, lock);
  const context = useMemo<AppContextValue>(
    () => ({
      info,
      // The unlocked operator is who every default names (new refunds, the detail's "acting as").
      settings: { ...info.settings, lastOperator: info.currentOperator?.name ?? info.settings.lastOperator },
      updateSettings,
      navigate,
      lock,
      refresh,
    }),
    [info, updateSettings, navigate, lock, refresh],
  );

  useEffect(() => {
    document.title = `${info.settings.shopName} · 退款台账 RefundDesk`;
  }, [info.settings.shopName]);

  // N (when not typing) or Ctrl+N (anywhere) opens a new refund: the most frequent job, one key away.
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if (isDialogOpen() || event.altKey || event.metaKey) return;
      const isN = event.key === 'n' || event.key === 'N';
      if (!isN) return;
      if (!event.ctrlKey && (isTypingTarget(event.target) || event.shiftKey)) return;
      event.preventDefault();
      setRoute((current) => (current.name === 'new' ? current : { name: 'new' }));
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  // Notices that arrive later are appended; only those after the last dismissal are shown.
  const notices = info.recoveries.slice(recoveriesDismissed);
  return (
    <AppContext.Provider value={context}>
      <div className="app">
        <AppHeader route={route} />
        <RecoveryBanner notices={notices} onDismiss={() => setRecoveriesDismissed(info.recoveries.length)} />
        <IntegrityBanner />
        <Screen route={route} listMemory={listMemory} onListMemory={setListMemory} />
      </div>
    </AppContext.Provider>
  );
}

function Screen(props: { readonly route: Route; readonly listMemory: ListMemory; readonly onListMemory: (memory: ListMemory) => void }) {
  const { route } = props;
  switch (route.name) {
    case 'today':
      return <TodayScreen />;
    case 'list':
      return <RefundListScreen memory={props.listMemory} onMemory={props.onListMemory} />;
    case 'new':
      return <NewRefundScreen />;
    case 'detail':
      // Keyed by id: opening a sibling refund starts fresh instead of showing the previous one's state.
      return <RefundDetailScreen key={route.id} id={route.id} />;
    case 'settings':
      return <SettingsScreen />;
    case 'settlements':
      // Keyed by month: a reminder's "open" lands on its month even when the screen is already showing.
      return <SettlementsScreen key={route.month ?? 'current'} initialMonth={route.month} />;
    case 'cases':
      return <CasesScreen />;
    case 'case':
      return <CaseDetailScreen key={route.id} id={route.id} />;
  }
}
