/**
 * "Syncs nothing, calls no network" as code: every request that is not for the app's own origin is cancelled,
 * navigation never leaves the app, and every permission (camera, notifications from the web, geolocation …) is
 * refused. Pure functions over URLs so they are tested without Electron; electron/main wires them to the session.
 */
import { isSameOrigin } from '../ipc/trusted-sender';

/** Schemes that never reach the network: the app's own files and in-memory data. */
const LOCAL_SCHEMES: ReadonlySet<string> = new Set(['data:', 'blob:', 'devtools:']);

export interface RequestPolicy {
  isAllowedRequest(url: string): boolean;
  isAllowedNavigation(url: string): boolean;
}

/**
 * @param appOrigin `app://refunddesk`
 * @param devServerOrigin only while developing with `npm run dev` (the Vite server on localhost); never in a build.
 */
export function createRequestPolicy(appOrigin: string, devServerOrigin?: string): RequestPolicy {
  const ownOrigins = devServerOrigin === undefined ? [appOrigin] : [appOrigin, devServerOrigin];
  const isOwn = (url: string): boolean => ownOrigins.some((origin) => isSameOrigin(url, origin));
  return {
    isAllowedRequest(url) {
      if (isOwn(url)) return true;
      try {
        return LOCAL_SCHEMES.has(new URL(url).protocol);
      } catch {
        return false;
      }
    },
    isAllowedNavigation: isOwn,
  };
}

/** Every permission request and check is refused: the app needs none of them. */
export function denyAllPermissions(): false {
  return false;
}
