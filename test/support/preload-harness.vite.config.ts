import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, '../..');

// Bundles the real preload as one classic script for Debian's Chromium, with `electron` replaced by a fake
// whose ipcRenderer talks to the harness's Playwright binding. Output is a test artefact, never packaged.
export default defineConfig({
  root,
  resolve: { alias: { electron: resolve(import.meta.dirname, 'fake-electron-renderer.ts') } },
  build: {
    outDir: resolve(root, 'out/harness'),
    emptyOutDir: true,
    minify: false,
    lib: {
      entry: resolve(root, 'electron/preload/index.ts'),
      formats: ['iife'],
      name: 'refunddeskPreload',
      fileName: () => 'preload.js',
    },
  },
});
