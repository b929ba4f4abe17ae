/**
 * RELIABILITY §2 "I/O error at every step", for every kind of file RefundDesk saves: EIO on the k-th
 * open/write/sync/rename/close/link/read of one save, for every k. The adapter-level version (both the first and
 * a replacing save of DurableJsonFile, with the call plan printed) is test/node/storage/durable-json-file.faults.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { failEveryStep, STORE_KINDS } from './every-step';

describe('I/O error at every step of a save, each store kind', () => {
  it('fails cleanly at every step: 0 torn files, memory unchanged, retry succeeds', { timeout: 120_000 }, async () => {
    const tallies = [];
    for (const kind of STORE_KINDS) tallies.push(await failEveryStep(kind, (fs, k) => fs.failNth(k, 'EIO'), 'save_failed'));
    const total = tallies.reduce((sum, t) => sum + t.steps, 0);
    const torn = tallies.reduce((sum, t) => sum + t.torn, 0);
    for (const t of tallies) {
      console.log(
        `  ${t.kind}: ${t.steps} steps failed, ${t.surfaced} errors surfaced, ${t.memoryUnchanged} memory unchanged, ` +
          `${t.torn} torn, ${t.tempsLeft} temp files left, ${t.retried} retries succeeded`,
      );
    }
    console.log(`I/O error at every step: ${total} faults over ${tallies.length} store kinds, ${torn} torn files, 0 lost`);
    for (const t of tallies) {
      expect(t, t.kind).toEqual({ ...t, surfaced: t.steps, memoryUnchanged: t.steps, torn: 0, tempsLeft: 0, retried: t.steps });
      expect(t.steps, t.kind).toBeGreaterThanOrEqual(5);
    }
  });
});
