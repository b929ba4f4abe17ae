import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../bridge';
import { useApp } from '../app/app-context';

/** How often to ask whether the background self-check has found anything (it starts a few seconds after launch). */
const POLL_MS = 5_000;

/**
 * The background self-check runs in main without blocking the window; when its last report names damaged records,
 * this says so on every screen until dismissed, and leads to 设置 → 数据自检 where each one is listed.
 */
export function IntegrityBanner() {
  const { t } = useTranslation();
  const { navigate } = useApp();
  const [problems, setProblems] = useState(0);
  const [dismissedAt, setDismissedAt] = useState<string | undefined>(undefined);
  const [checkedAt, setCheckedAt] = useState<string | undefined>(undefined);

  useEffect(() => {
    let live = true;
    const ask = () => {
      call('integrity.status', {}).then(
        (status) => {
          if (!live || status.last === undefined) return;
          setProblems(status.last.problems.length);
          setCheckedAt(status.last.checkedAt);
        },
        () => undefined,
      );
    };
    ask();
    const timer = window.setInterval(ask, POLL_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, []);

  if (problems === 0 || checkedAt === undefined || checkedAt === dismissedAt) return null;
  return (
    <section className="banner banner--warning" role="alert" aria-label={t('integrity.banner', { count: problems })}>
      <div className="banner__content">
        <p className="banner__title">{t('integrity.banner', { count: problems })}</p>
      </div>
      <button type="button" className="button button--small" onClick={() => navigate({ name: 'settings' })}>
        {t('integrity.bannerOpen')}
      </button>
      <button type="button" className="button button--small button--quiet" onClick={() => setDismissedAt(checkedAt)}>
        {t('common.dismiss')}
      </button>
    </section>
  );
}
