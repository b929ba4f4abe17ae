/**
 * The loop behind "I/O error at every step" and "disk full at every step": for each store kind, count the calls one
 * save makes (a dry run), then for every k make the k-th fail with `code` on a fresh folder, and check what the owner
 * would be left with — the error reaches the caller, memory unchanged, no temp file, the file is the state before or
 * after the save (never between), and once the disk behaves again the same save succeeds.
 */
import { DomainError } from '../../../electron/common/domain/errors';
import { FaultFileSystem } from '../../support/fault-fs';
import { STORE_KINDS } from '../../support/store-kinds';
import type { StoreKind } from '../../support/store-kinds';
import { listTempFiles, makeTempDir, removeTempDir } from '../../support/storage-temp-dir';
import { isDeepStrictEqual as same } from 'node:util';

export interface StepTally {
  kind: string;
  steps: number;
  surfaced: number;
  memoryUnchanged: number;
  torn: number;
  tempsLeft: number;
  retried: number;
}

async function stepsOf(kind: StoreKind): Promise<number> {
  const dataDir = await makeTempDir('refunddesk-faults-');
  try {
    const fs = new FaultFileSystem();
    const session = await kind.open(dataDir, fs);
    fs.resetCount();
    await session.save();
    return fs.calls.length;
  } finally {
    await removeTempDir(dataDir);
  }
}

/** `expectedCode`: the DomainError code the owner must see (`save_failed` for EIO, `disk_full` for ENOSPC). */
export async function failEveryStep(kind: StoreKind, inject: (fs: FaultFileSystem, k: number) => void, expectedCode: string): Promise<StepTally> {
  const tally: StepTally = { kind: kind.name, steps: 0, surfaced: 0, memoryUnchanged: 0, torn: 0, tempsLeft: 0, retried: 0 };
  const steps = await stepsOf(kind);
  for (let k = 1; k <= steps; k += 1) {
    const dataDir = await makeTempDir('refunddesk-faults-');
    try {
      const fs = new FaultFileSystem();
      const session = await kind.open(dataDir, fs);
      const memoryBefore = await session.memory();
      fs.resetCount();
      inject(fs, k);
      const error: unknown = await session.save().then(
        () => undefined,
        (e: unknown) => e,
      );
      tally.steps += 1;
      // The install key is made at start-up, where the raw OS error stops the start; every data save says its code.
      const code = error instanceof DomainError ? error.code : (error as { code?: string } | undefined)?.code;
      if (code === expectedCode || (kind.name === 'install key' && (code === 'EIO' || code === 'ENOSPC'))) tally.surfaced += 1;
      if (same(await session.memory(), memoryBefore)) tally.memoryUnchanged += 1;
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

export { STORE_KINDS };
