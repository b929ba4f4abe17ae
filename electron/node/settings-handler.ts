/**
 * 'settings.update': every part of the patch is checked and cleaned by its own pure rule before one durable
 * save. Kept out of app-services.ts so the composition root stays a list of wiring.
 */
import { checkSettingsText } from '../common/setup/first-run';
import type { Handlers } from '../common/ipc/contract';
import type { OperatorDirectory } from '../common/operators/operator-directory';
import { publicSettings } from '../common/operators/approval-handlers';
import type { Settings, SettingsStore } from '../common/ports';
import { checkNotificationPrefs } from '../common/reminders/notification-prefs';
import { cleanReceiptPrefs, cleanShopProfile } from '../common/receipts/shop-profile';

export function createSettingsUpdateHandler(deps: {
  readonly settings: SettingsStore;
  readonly directory: Pick<OperatorDirectory, 'requireOwnerSession'>;
}): Handlers['settings.update'] {
  // async: a refused patch rejects the promise like every other handler, instead of throwing at the call.
  return async (patch) => {
    checkSettingsText(patch);
    if (patch.approval !== undefined) deps.directory.requireOwnerSession();
    const cleaned: Partial<Settings> = {
      ...patch,
      ...(patch.notifications === undefined ? {} : { notifications: checkNotificationPrefs(patch.notifications) }),
      ...(patch.shop === undefined ? {} : { shop: cleanShopProfile(patch.shop) }),
      ...(patch.receipt === undefined ? {} : { receipt: cleanReceiptPrefs(patch.receipt) }),
    };
    return publicSettings(await deps.settings.update(cleaned));
  };
}
