/**
 * Serves the bundled UI for the `app://refunddesk/` scheme. Used by main's protocol handler and by the
 * Chromium test harness's route, so both send the same files with the same headers.
 */
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../common/app-origin';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface AppResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

/**
 * Maps a request URL to a file inside `rootDir`, or null when the path would leave it
 * (`..`, encoded `%2e%2e`, backslashes, absolute paths) or the URL is not for `expectedHost`.
 */
export function resolveAppFile(rootDir: string, requestUrl: string, expectedHost: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.host !== expectedHost) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relativePath = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = resolve(rootDir);
  const target = resolve(root, relativePath);
  const fromRoot = relative(root, target);
  if (fromRoot === '' || fromRoot.startsWith('..') || fromRoot.startsWith(sep) || isAbsolute(fromRoot)) {
    return null;
  }
  return target;
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
}

export async function serveAppRequest(rootDir: string, requestUrl: string, expectedHost: string): Promise<AppResponse> {
  const file = resolveAppFile(rootDir, requestUrl, expectedHost);
  if (file === null) {
    return { status: 403, headers: { ...securityHeaders(), 'Content-Type': 'text/plain' }, body: Buffer.from('Forbidden') };
  }
  try {
    const body = await readFile(file);
    const contentType = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    return { status: 200, headers: { ...securityHeaders(), 'Content-Type': contentType }, body };
  } catch {
    return { status: 404, headers: { ...securityHeaders(), 'Content-Type': 'text/plain' }, body: Buffer.from('Not found') };
  }
}
