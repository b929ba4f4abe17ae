import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const module = pathToFileURL(join(import.meta.dirname, '../../electron/node/main-heap.ts')).href;

// A burst of objects that live a little while (each outlives a few young collections), as opening five years of
// months does; the child reports how big its young generation grew. Its own process: V8's flags are process-wide.
const burst = (hold: boolean) => `
import { getHeapSpaceStatistics } from 'node:v8';
import { holdYoungGeneration } from ${JSON.stringify(module)};
if (${String(hold)}) holdYoungGeneration(16);
const ring = new Array(300000);
for (let round = 0; round < 80; round += 1) {
  for (let i = 0; i < 50000; i += 1) ring[(round * 50000 + i) % ring.length] = { i, text: 'row ' + i };
  // A turn of the event loop, as main has between pieces of work: the collector's reports are delivered in it.
  await new Promise((resolve) => setImmediate(resolve));
}
const young = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
process.stdout.write(String(young.space_size / 1048576));
`;

async function youngGenerationMb(hold: boolean): Promise<number> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', burst(hold)], { cwd: join(import.meta.dirname, '../..') });
  return Number(stdout);
}

describe('main heap', () => {
  it('lets the young generation grow to 16 MB and holds it there, where by default it grows to 64 MB and more', async () => {
    const [byDefault, held] = await Promise.all([youngGenerationMb(false), youngGenerationMb(true)]);
    expect(byDefault).toBeGreaterThanOrEqual(64);
    expect(held).toBeGreaterThanOrEqual(16);
    // The hold is set after the collection that grew it: at most one doubling past the size asked for.
    expect(held).toBeLessThanOrEqual(32);
  });
});
