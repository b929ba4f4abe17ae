/** Registers `app://` so the UI is served from the bundle with the CSP header, never from file://. */
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from '../common/app-origin';
import { serveAppRequest } from '../node/app-protocol';

/** Must run before the app is ready: makes app:// a standard, secure origin (so 'self' and fetch work). */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const response = await serveAppRequest(rendererDir, request.url, APP_HOST);
    return new Response(new Uint8Array(response.body), { status: response.status, headers: response.headers });
  });
}
