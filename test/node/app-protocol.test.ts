/** The app:// handler: serves only files inside the bundle, always with the CSP. Real files in a temp folder. */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_HOST, CONTENT_SECURITY_POLICY } from '../../electron/common/app-origin';
import { resolveAppFile, serveAppRequest } from '../../electron/node/app-protocol';

let root = '';
let outside = '';

beforeAll(async () => {
  const base = await mkdtemp(join(tmpdir(), 'refunddesk-protocol-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>ok</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
  outside = join(base, 'secret.txt');
  await writeFile(outside, 'secret');
});

describe('resolveAppFile', () => {
  it('maps / and paths to files inside the bundle', () => {
    expect(resolveAppFile(root, 'app://refunddesk/', APP_HOST)).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://refunddesk/assets/app.js?v=1#x', APP_HOST)).toBe(join(root, 'assets', 'app.js'));
  });

  // The URL parser itself folds `..` and `%2e%2e` segments, so these land inside the bundle (and 404).
  it.each([
    'app://refunddesk/../secret.txt',
    'app://refunddesk/%2e%2e/secret.txt',
    'app://refunddesk/assets/%2e%2e/%2e%2e/secret.txt',
  ])('keeps %s inside the bundle', async (url) => {
    expect(resolveAppFile(root, url, APP_HOST)?.startsWith(join(root, '/'))).toBe(true);
    const response = await serveAppRequest(root, url, APP_HOST);
    expect(response.status).toBe(404);
    expect(response.body.toString()).not.toContain('secret');
  });

  it.each([
    'app://refunddesk/..%2fsecret.txt',
    'app://refunddesk/..%5csecret.txt',
    'app://refunddesk/%00index.html',
    'app://refunddesk/%E0%A4%A',
    'app://other/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(root, url, APP_HOST)).toBeNull();
  });
});

describe('serveAppRequest', () => {
  it('serves a file with its type and the CSP header', async () => {
    const response = await serveAppRequest(root, 'app://refunddesk/assets/app.js', APP_HOST);
    expect(response.status).toBe(200);
    expect(response.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(response.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(response.body.toString()).toBe('console.log(1)');
  });

  it('answers an escape attempt with 403 and never the file outside', async () => {
    const response = await serveAppRequest(root, 'app://refunddesk/..%2fsecret.txt', APP_HOST);
    expect(response.status).toBe(403);
    expect(response.body.toString()).not.toContain('secret');
    expect(response.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers a missing file with 404 and the CSP', async () => {
    const response = await serveAppRequest(root, 'app://refunddesk/nope.js', APP_HOST);
    expect(response.status).toBe(404);
    expect(response.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('the CSP', () => {
  it('allows nothing from outside the app', () => {
    for (const directive of ["default-src 'none'", "script-src 'self'", "connect-src 'self'", "object-src 'none'", "frame-ancestors 'none'"]) {
      expect(CONTENT_SECURITY_POLICY).toContain(directive);
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
});
