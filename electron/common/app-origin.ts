/**
 * The app's own origin. The UI is served from `app://refunddesk/` (never file://), and only frames on this
 * origin may call the IPC contract. The Chromium test harness serves the same files from its own routed
 * origin and trusts that one instead.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'refunddesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The renderer's Content-Security-Policy, sent as a header on every app:// response and repeated in index.html.
 * Nothing may load from anywhere but the app itself; no inline scripts, no plugins, no forms, no framing.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
