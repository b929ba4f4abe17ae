/**
 * Packaging check: electron-builder `--dir` against a stub Electron, then what the asar holds and which fuses
 * are set. Needs `out/` built (npm test builds it first).
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeStubElectronDist } from './stub-electron';
import { parseChunkStylesheet } from '../../electron/node/receipts/print-fonts/font-chunks';
import { PACKAGED_PRINT_FONT_DIR } from '../../electron/node/receipts/print-fonts/print-font-dir';

const root = join(import.meta.dirname, '../..');
let appDir = '';
let asarEntries: string[] = [];

beforeAll(async () => {
  const work = await mkdtemp(join(tmpdir(), 'refunddesk-package-'));
  const stub = join(work, 'electron-dist');
  const output = join(work, 'release');
  await writeStubElectronDist(stub);
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { devDependencies: { electron: string } };
  const result = spawnSync(
    join(root, 'node_modules/.bin/electron-builder'),
    [
      '--dir',
      '--linux',
      `-c.electronDist=${stub}`,
      `-c.electronVersion=${pkg.devDependencies.electron}`,
      `-c.directories.output=${output}`,
    ],
    { cwd: root, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`electron-builder failed:\n${result.stdout}\n${result.stderr}`);
  appDir = join(output, 'linux-unpacked');
  asarEntries = listPackage(join(appDir, 'resources/app.asar'), { isPack: false }).map((entry) =>
    entry.replaceAll('\\', '/'),
  );
}, 180_000);

describe('the packaged app', () => {
  it('contains main, the sandboxed preload, the renderer and package.json', () => {
    for (const file of ['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/package.json']) {
      expect(asarEntries).toContain(file);
    }
  });

  it('contains the production dependencies main loads at run time', () => {
    for (const dependency of ['lowdb', 'steno', 'zod', 'chinese-days', 'qrcode-generator', 'pdf-lib', 'fflate']) {
      expect(asarEntries).toContain(`/node_modules/${dependency}/package.json`);
    }
    // The holiday data main requires (package.json "main"): the working calendar reads it at start-up, offline.
    expect(asarEntries).toContain('/node_modules/chinese-days/dist/index.min.js');
  });

  it('contains no sources, tests, build tools or renderer-only libraries', () => {
    const forbidden = [
      /^\/electron\//,
      /^\/renderer\//,
      /^\/test\//,
      /^\/scripts\//,
      /^\/out\/harness\//,
      /\.tsx?$/,
      /^\/node_modules\/(react|react-dom|i18next|vitest|vite|typescript|electron|electron-builder|playwright-core)\//,
    ];
    const leaked = asarEntries.filter((entry) => forbidden.some((pattern) => pattern.test(entry)));
    expect(leaked).toEqual([]);
  });

  it('carries the print font where main looks for it: both weights as WOFF, their stylesheets and the licence', async () => {
    const fontDir = join(appDir, 'resources', PACKAGED_PRINT_FONT_DIR);
    const shipped = await readdir(fontDir, { recursive: true });
    expect(shipped).toEqual(expect.arrayContaining(['LICENSE', '400.css', '700.css']));
    for (const weight of [400, 700]) {
      const listed = parseChunkStylesheet(await readFile(join(fontDir, `${String(weight)}.css`), 'utf8'));
      expect(listed.length).toBeGreaterThan(90);
      for (const chunk of listed) expect(shipped, chunk.file).toContain(chunk.file);
    }
    // Nothing else of the 76 MB package: no WOFF2, no other weights, and none of it inside the asar.
    expect(shipped.filter((file) => file.startsWith('files/') && !/-(400|700)-normal\.woff$/u.test(file))).toEqual([]);
    expect(asarEntries.some((entry) => entry.includes('@fontsource'))).toBe(false);
  });

  it('sets the security fuses: no RunAsNode, no NODE_OPTIONS, no inspect, asar integrity and asar-only', async () => {
    const wire = await getCurrentFuseWire(join(appDir, 'refunddesk'));
    const state = (option: FuseV1Options): string => String.fromCharCode(Number(wire[option]));
    expect(state(FuseV1Options.RunAsNode)).toBe('0');
    expect(state(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe('0');
    expect(state(FuseV1Options.EnableNodeCliInspectArguments)).toBe('0');
    expect(state(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe('1');
    expect(state(FuseV1Options.OnlyLoadAppFromAsar)).toBe('1');
    expect(state(FuseV1Options.EnableCookieEncryption)).toBe('1');
    expect(state(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe('0');
  });
});
