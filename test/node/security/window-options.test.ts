import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../../electron/node/security/window-options';

describe('mainWindowOptions', () => {
  it('sets every security preference explicitly', () => {
    const { webPreferences } = mainWindowOptions('/app/out/preload/index.cjs');
    expect(webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
  });

  it('loads the preload as the one sandboxed CommonJS file', () => {
    expect(mainWindowOptions('/x/index.cjs').webPreferences.preload.endsWith('.cjs')).toBe(true);
  });

  it('starts hidden so no blank window flashes', () => {
    expect(mainWindowOptions('/x/index.cjs').show).toBe(false);
  });
});
