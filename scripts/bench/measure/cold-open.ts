/**
 * Cold open: a fresh process from spawn to "data ready" (the first list page computed), for RefundDesk's data
 * folder and for lowdb's stock single file. The child is bundled first and run with plain `node`, so the time
 * is the app's (read, verify, validate, index), not a TypeScript loader's.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { timingOf } from './stats';
import type { Timing } from './stats';

export async function bundleOpenChild(outDir: string): Promise<string> {
  const outfile = join(outDir, 'open-child.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'open-child.ts')],
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    // Code the app loads on first use (pdf-lib for packets) in chunks of its own, as electron-vite builds main.
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    logLevel: 'warning',
    // Some bundled CommonJS dependencies call require(); give the ES module one.
    banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
  });
  return outfile;
}

interface ChildResult {
  readonly readyMs: number;
  readonly messages: readonly Record<string, unknown>[];
}

export function runOpenChild(bundle: string, args: readonly string[]): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [bundle, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const messages: Record<string, unknown>[] = [];
    let readyMs = Number.NaN;
    let buffered = '';
    let errors = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (text: string) => {
      buffered += text;
      for (let newline = buffered.indexOf('\n'); newline !== -1; newline = buffered.indexOf('\n')) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        const message = JSON.parse(line) as Record<string, unknown>;
        if (message['ready'] === true) readyMs = performance.now() - started;
        messages.push(message);
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text: string) => (errors += text));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0 && Number.isFinite(readyMs)) resolve({ readyMs, messages });
      else reject(new Error(`open child exited with ${String(code)}: ${errors.slice(-2000)}`));
    });
  });
}

export async function measureColdOpen(bundle: string, args: readonly string[], runs: number): Promise<Timing> {
  await runOpenChild(bundle, args); // warms the OS page cache, as a shop's PC has its own files cached after boot
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) times.push((await runOpenChild(bundle, args)).readyMs);
  return timingOf(times);
}
