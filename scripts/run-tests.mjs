#!/usr/bin/env node
// `npm test`: builds what the end-to-end suite loads (the renderer, main, the preload and its harness bundle),
// runs every vitest project, and ends with the plain line CI reads: `N passed, N failed`.
// Extra arguments go to vitest, e.g. `npm test -- --project unit`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const report = join(root, 'test-results', 'vitest.json');

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  return result.status ?? 1;
}

for (const [command, args] of [
  [bin('electron-vite'), ['build']],
  [bin('vite'), ['build', '--config', 'test/support/preload-harness.vite.config.ts', '--logLevel', 'warn']],
]) {
  if (run(command, args) !== 0) {
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

mkdirSync(dirname(report), { recursive: true });
rmSync(report, { force: true });
const status = run(bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
]);

let summary;
try {
  summary = JSON.parse(readFileSync(report, 'utf8'));
} catch {
  console.log('0 passed, 1 failed');
  process.exit(status === 0 ? 1 : status);
}
const passed = summary.numPassedTests;
// A suite that failed to load has no tests to count, so count it as a failure of its own.
const brokenFiles = summary.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0);
const failed = summary.numFailedTests + brokenFiles.length;
const skipped = summary.numPendingTests + summary.numTodoTests;
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
// Skipped tests are not passes: a run that skips anything is not green.
process.exit(status !== 0 || failed > 0 || skipped > 0 || passed === 0 ? 1 : 0);
