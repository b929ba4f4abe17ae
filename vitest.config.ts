import { defineConfig } from 'vitest/config';

// Two projects: fast plain-Node unit tests, and the end-to-end suite that drives Debian's Chromium
// (or the real Electron app when E2E_TARGET=electron). `npm test` runs both.
export default defineConfig({
  test: {
    env: { TZ: 'Asia/Shanghai' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/{common,node,main,renderer}/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          env: { TZ: 'Asia/Shanghai' },
        },
      },
      {
        test: {
          name: 'package',
          include: ['test/package/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.spec.ts'],
          // Fault injection reaches the stores only in the Chromium harness; the real app runs the rest.
          exclude: process.env['E2E_TARGET'] === 'electron' ? ['test/e2e/chromium-only/**'] : [],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          env: { TZ: 'Asia/Shanghai' },
        },
      },
    ],
  },
});
