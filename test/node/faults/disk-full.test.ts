/**
 * RELIABILITY §2 "disk full", for every kind of file RefundDesk saves: ENOSPC on the k-th call of one save for every
 * k (a full disk can surface at open, write, fsync — delayed allocation — or rename), and a space budget running out
 * part-way through the bytes. The owner must get `disk_full`, nothing partial may stay on disk, memory stays as it
 * was, and the same save works once space is freed. The UI side is test/e2e/chromium-only/disk-full.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../electron/common/domain/errors';
import { FaultFileSystem } from '../../support/fault-fs';
import type { StoreKind } from '../../support/store-kinds';
import { listTempFiles, makeTempDir, removeTempDir } from '../../support/storage-temp-dir';
import { failEveryStep, STORE_KINDS } from './every-step';
import type { StepTally } from './every-step';

// Budgets below, inside and just short of one save's bytes (a ledger month here is ~1 KB, the attachment ~6 KB).
const BUDGETS = [0, 1, 100, 1000, 4000];

/** The disk fills part-way through the bytes (short writes, then ENOSPC); budgets a save fits into are skipped. */
async function spaceRunsOut(kind: StoreKind): Promise<StepTally> {
  const tally: StepTally = { kind: kind.name, steps: 0, surfaced: 0, memoryUnchanged: 0, torn: 0, tempsLeft: 0, retried: 0 };
  for (const budget of BUDGETS) {
    const dataDir = await makeTempDir('refunddesk-faults-');
    try {
      const fs = new FaultFileSystem();
      const session = await kind.open(dataDir, fs);
      const memoryBefore = JSON.stringify(await session.memory());
      fs.limitSpace(budget);
      const error: unknown = await session.save().then(
        () => undefined,
        (e: unknown) => e,
      );
      if (error === undefined) continue;
      tally.steps += 1;
      const code = error instanceof DomainError ? error.code : (error as { code?: string }).code;
      if (code === 'disk_full' || (kind.name === 'install key' && code === 'ENOSPC')) tally.surfaced += 1;
      if (JSON.stringify(await session.memory()) === memoryBefore) tally.memoryUnchanged += 1;
      if ((await session.disk()) === 'torn') tally.torn += 1;
      tally.tempsLeft += (await listTempFiles(dataDir)).length;
      fs.clear();
      await session.save();
      if ((await session.disk()) === 'after') tally.retried += 1;
    } finally {
      await removeTempDir(dataDir);
    }
  }
  return tally;
}

function report(name: string, tallies: readonly StepTally[]): number {
  for (const t of tallies) {
    console.log(
      `  ${name} / ${t.kind}: ${t.steps} faults, ${t.surfaced} said disk_full, ${t.memoryUnchanged} memory unchanged, ` +
        `${t.torn} torn, ${t.tempsLeft} temp files left, ${t.retried} retries succeeded`,
    );
    expect(t, `${name} / ${t.kind}`).toEqual({ ...t, surfaced: t.steps, memoryUnchanged: t.steps, torn: 0, tempsLeft: 0, retried: t.steps });
  }
  return tallies.reduce((sum, t) => sum + t.steps, 0);
}

describe('disk full during a save, each store kind', () => {
  it('ENOSPC at every step, and space running out mid-write: disk_full, nothing partial, memory unchanged, retry works', { timeout: 120_000 }, async () => {
    const everyStep: StepTally[] = [];
    for (const kind of STORE_KINDS) everyStep.push(await failEveryStep(kind, (fs, k) => fs.failNth(k, 'ENOSPC'), 'disk_full'));
    const budgets: StepTally[] = [];
    for (const kind of STORE_KINDS) budgets.push(await spaceRunsOut(kind));
    const faults = report('ENOSPC at step k', everyStep) + report('space budget', budgets);
    const torn = [...everyStep, ...budgets].reduce((sum, t) => sum + t.torn, 0);
    console.log(`disk full: ${faults} faults over ${STORE_KINDS.length} store kinds, ${torn} torn files, 0 lost`);
  });
});
