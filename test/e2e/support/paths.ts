import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../../..');
export const rendererDir = join(projectRoot, 'out/renderer');
export const harnessPreload = join(projectRoot, 'out/harness/preload.js');
export const mainEntry = join(projectRoot, 'out/main/index.js');
export const screenshotDir = join(projectRoot, 'test-results/screenshots');
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** The Electron binary npm would have downloaded, or undefined where it could not be (this machine, CI). */
export function electronBinary(): string | undefined {
  const pathFile = join(projectRoot, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(projectRoot, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

export function assertBuilt(): void {
  for (const file of [join(rendererDir, 'index.html'), harnessPreload]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build && npm run build:harness\` first.`);
  }
}
/** Files the app wrote for a spec to inspect (saved receipt PDFs); kept after the run like screenshots. */
export const artifactDir = join(projectRoot, 'test-results/artifacts');
