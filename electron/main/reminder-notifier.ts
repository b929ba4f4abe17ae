/**
 * The desktop side of the reminders: a tray icon with the count, and a notification at start-up, on resume
 * and every morning. What to show is decided by electron/node/notifications (pure, tested); this file only
 * connects it to Electron's Notification, Tray and powerMonitor.
 */
import { Menu, Notification, Tray, app, nativeImage, powerMonitor } from 'electron';
import { DEFAULT_NOTIFICATION_PREFS } from '../common/reminders/notification-prefs';
import type { AppServices } from '../node/app-services';
import { planNotification } from '../node/notifications/notification-plan';
import type { NotificationTrigger } from '../node/notifications/notification-plan';
import { notificationText, trayTooltip } from '../node/notifications/notification-text';

// A 16×16 blue square; the app ships no run-time image files (build/ is for the packager only).
const TRAY_ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAHElEQVR4nGNgGDRAKn7Lf1LwqAGjBgxXAwYMAACWFjjQQ280QAAAAABJRU5ErkJggg==';

export interface ReminderNotifierOptions {
  readonly services: AppServices;
  readonly showWindow: () => void;
}

/** Starts the tray and the checks; returns a function that stops them. */
export function startReminderNotifier({ services, showWindow }: ReminderNotifierOptions): () => void {
  let lastNotifiedAt: string | undefined;
  let timer: NodeJS.Timeout | undefined;
  let tray: Tray | undefined;
  try {
    tray = new Tray(nativeImage.createFromDataURL(TRAY_ICON));
    tray.on('click', showWindow);
  } catch (error) {
    // Some Linux desktops have no tray: the notifications still work.
    console.error('[tray] not available', error);
  }

  async function check(trigger: NotificationTrigger): Promise<void> {
    const [list, info] = await Promise.all([services.handlers['reminder.list']({}), services.handlers['app.info']({})]);
    const language = info.settings.language;
    const count = list.items.length;
    tray?.setToolTip(trayTooltip(count, language));
    // The count beside the tray icon (macOS) and on the dock/launcher icon (macOS, Unity); Windows shows the tooltip.
    tray?.setTitle(count > 0 ? String(count) : '');
    app.setBadgeCount(count);
    tray?.setContextMenu(Menu.buildFromTemplate([{ label: info.settings.shopName || 'RefundDesk', click: showWindow }]));
    const prefs = info.settings.notifications ?? DEFAULT_NOTIFICATION_PREFS;
    const plan = planNotification({
      reminders: list.items,
      now: new Date(list.now),
      trigger,
      enabled: prefs.enabled,
      morningTime: prefs.morningTime,
      quietHours: { start: prefs.quietStart, end: prefs.quietEnd },
      ...(lastNotifiedAt === undefined ? {} : { lastNotifiedAt }),
    });
    if (plan.show && Notification.isSupported()) {
      const notification = new Notification(notificationText(plan, language));
      notification.on('click', showWindow);
      notification.show();
      lastNotifiedAt = list.now;
    }
    if (timer !== undefined) clearTimeout(timer);
    // Timers drift across sleep; resume triggers a fresh check anyway.
    timer = setTimeout(() => run('morning'), Math.max(60_000, Date.parse(plan.nextCheckAt) - Date.parse(list.now)));
  }

  function run(trigger: NotificationTrigger): void {
    check(trigger).catch((error: unknown) => console.error('[reminders] check failed', error));
  }

  const onResume = () => run('resume');
  powerMonitor.on('resume', onResume);
  run('startup');
  return () => {
    powerMonitor.off('resume', onResume);
    if (timer !== undefined) clearTimeout(timer);
    tray?.destroy();
  };
}
