/**
 * Applies the request policy to Electron: the session cancels outside requests and refuses permissions;
 * every web contents is kept inside the app (no navigation out, no new windows, no <webview>).
 */
import { app } from 'electron';
import type { Session } from 'electron';
import { createRequestPolicy, denyAllPermissions } from '../node/security/request-policy';

export function hardenSession(session: Session, appOrigin: string, devServerOrigin?: string): void {
  const policy = createRequestPolicy(appOrigin, devServerOrigin);
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(denyAllPermissions()));
  session.setPermissionCheckHandler(() => denyAllPermissions());
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !policy.isAllowedRequest(details.url) });
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!policy.isAllowedNavigation(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!policy.isAllowedNavigation(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
