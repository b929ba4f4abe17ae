import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../electron/common/app-origin';
import { createRequestPolicy, denyAllPermissions } from '../../../electron/node/security/request-policy';

describe('request policy (the "no network" guarantee)', () => {
  const policy = createRequestPolicy(APP_ORIGIN);

  it.each(['app://refunddesk/index.html', 'app://refunddesk/assets/x.js', 'data:image/png;base64,AAAA', 'blob:app://refunddesk/1'])(
    'allows the app itself: %s',
    (url) => expect(policy.isAllowedRequest(url)).toBe(true),
  );

  it.each([
    'https://example.com/',
    'http://localhost:5173/',
    'http://127.0.0.1/',
    'ws://refunddesk/',
    'file:///etc/passwd',
    'app://refunddesk.evil/',
    'app://other/',
    'ftp://x/',
    'garbage',
  ])('cancels %s', (url) => expect(policy.isAllowedRequest(url)).toBe(false));

  it('never navigates away from the app', () => {
    expect(policy.isAllowedNavigation('app://refunddesk/index.html#/refunds')).toBe(true);
    expect(policy.isAllowedNavigation('https://example.com/')).toBe(false);
    expect(policy.isAllowedNavigation('data:text/html,hi')).toBe(false);
  });

  it('allows the dev server only when one is given', () => {
    const dev = createRequestPolicy(APP_ORIGIN, 'http://localhost:5173');
    expect(dev.isAllowedRequest('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(dev.isAllowedRequest('http://localhost:5174/')).toBe(false);
  });

  it('refuses every permission', () => {
    expect(denyAllPermissions()).toBe(false);
  });
});
