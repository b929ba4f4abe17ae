import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { canonicalJson } from '../../../electron/common/domain/canonical-json';
import { DurableJsonFile } from '../../../electron/node/storage/durable-json-file';
import { encodeEnvelope, sha256Hex } from '../../../electron/node/storage/envelope';
import { nodeFileSystem } from '../../../electron/node/storage/fs-port';
import type { FileSystem } from '../../../electron/node/storage/fs-port';
import { FileShapeMemo } from '../../../electron/node/storage/shape-memo';
import { makeTempDir, removeTempDir } from '../../support/storage-temp-dir';
import { steppingClock } from '../../support/storage-records';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dir);
});

const PATH = 'cases/2026.json';
const yearSchema = z.object({ items: z.array(z.object({ id: z.string(), fen: z.int() })) });
type Year = z.infer<typeof yearSchema>;
const parseYear = (data: unknown): Year => yearSchema.parse(data);

/** The schema's parse, counting its calls: a memo hit must not call it. */
function countingParse(): { parse: (data: unknown) => Year; calls: () => number } {
  let calls = 0;
  return {
    parse: (data) => {
      calls += 1;
      return yearSchema.parse(data);
    },
    calls: () => calls,
  };
}

function yearFile(memo: FileShapeMemo | undefined, parse: (data: unknown) => Year): DurableJsonFile<Year> {
  return new DurableJsonFile<Year>({ dataDir: dir, relativePath: PATH, parse, now: steppingClock(), ...(memo === undefined ? {} : { shapeMemo: memo }) });
}

/** A year file written the way an editor (or another program) would, with a correct envelope checksum. */
async function writeByHand(data: unknown): Promise<void> {
  await mkdir(join(dir, 'cases'), { recursive: true });
  await writeFile(join(dir, PATH), encodeEnvelope(data, 7, new Date('2026-11-22T02:00:00Z')));
}

const YEAR: Year = { items: [{ id: 'c-1', fen: 1200 }, { id: 'c-2', fen: 50 }] };

describe('shape memo: a file checked once is not checked again', () => {
  it('a file saved with the memo is read back without its shape checked, and gives the same data', async () => {
    const memo = await FileShapeMemo.open(nodeFileSystem, dir, '1.0.0');
    await yearFile(memo, parseYear).write(YEAR);
    await memo.save();

    const reopened = await FileShapeMemo.open(nodeFileSystem, dir, '1.0.0');
    const counted = countingParse();
    expect(await yearFile(reopened, counted.parse).read()).toEqual(YEAR);
    expect(counted.calls()).toBe(0);
  });

  it('a file not yet noted is checked once when read, and not at the next start', async () => {
    await writeByHand(YEAR);
    const memo = await FileShapeMemo.open(nodeFileSystem, dir, '1.0.0');
    const first = countingParse();
    expect(await yearFile(memo, first.parse).read()).toEqual(YEAR);
    expect(first.calls()).toBe(1);
    await memo.save();

    const second = countingParse();
    expect(await yearFile(await FileShapeMemo.open(nodeFileSystem, dir, '1.0.0'), second.parse).read()).toEqual(YEAR);
    expect(second.calls()).toBe(0);
  });

  it('a file changed behind the app, even with a correct checksum, is checked in full: a wrong shape is quarantined', async () => {
    const memo = await FileShapeMemo.open(nodeFileSystem, dir, '1.0.0');
    const saved = yearFile(memo, parseYear);
    // Twice, so the good data is also a generation to restore.
    await saved.write(YEAR);
    await saved.write(YEAR);
    await memo.save();
    // Same path, new content: an amount as text, with the envelope's checksum recomputed to match.
    await writeByHand({ items: [{ id: 'c-1', fen: '12.00' }] });

    const counted = countingParse();
    const file = yearFile(await FileShapeMemo.open(nodeFileSystem, dir, '1.0.0'), counted.parse);
    expect(await file.read()).toEqual(YEAR);
    expect(counted.calls()).toBeGreaterThan(0);
    expect(file.recoveries()).toMatchObject([{ file: PATH, problem: 'schema' }]);
    expect(await readdir(join(dir, 'quarantine'), { recursive: true })).not.toEqual([]);
  });

  it('data the check would change (a key the schema drops) is never noted, so it is checked at every read', async () => {
    await writeByHand({ items: [{ id: 'c-1', fen: 1, extra: 'dropped by zod' }] });
    const memo = await FileShapeMemo.open(nodeFileSystem, dir, '1.0.0');
    expect(await yearFile(memo, parseYear).read()).toEqual({ items: [{ id: 'c-1', fen: 1 }] });
    const again = countingParse();
    expect(await yearFile(memo, again.parse).read()).toEqual({ items: [{ id: 'c-1', fen: 1 }] });
    expect(again.calls()).toBe(1);
  });

  it('a memo written by another app version is not trusted', async () => {
    const memo = await FileShapeMemo.open(nodeFileSystem, dir, '1.0.0');
    await yearFile(memo, parseYear).write(YEAR);
    await memo.save();
    const counted = countingParse();
    await yearFile(await FileShapeMemo.open(nodeFileSystem, dir, '1.1.0'), counted.parse).read();
    expect(counted.calls()).toBe(1);
  });

  it('a damaged memo is ignored, and anything in it that is not a checksum is dropped', async () => {
    const sha = sha256Hex(canonicalJson(YEAR));
    await mkdir(join(dir, 'cache'), { recursive: true });
    await writeFile(join(dir, 'cache', 'checked-shapes.json'), '{"format":"refunddesk/checked-shapes","version":"1.0.0","fi');
    expect((await FileShapeMemo.open(nodeFileSystem, dir, '1.0.0')).knows(PATH, sha)).toBe(false);

    const files = { [PATH]: sha, 'cases/2025.json': 'not a checksum', 'cases/2024.json': 42 };
    await writeFile(join(dir, 'cache', 'checked-shapes.json'), JSON.stringify({ format: 'refunddesk/checked-shapes', version: '1.0.0', files }));
    const memo = await FileShapeMemo.open(nodeFileSystem, dir, '1.0.0');
    expect(memo.knows(PATH, sha)).toBe(true);
    memo.note('cases/2023.json', sha);
    await memo.save();
    const written = JSON.parse(await readFile(join(dir, 'cache', 'checked-shapes.json'), 'utf8')) as { files: Record<string, unknown> };
    expect(written.files).toEqual({ 'cases/2023.json': sha, [PATH]: sha });
  });

  it('writes nothing when nothing was noted, and keeps what it noted when a save fails', async () => {
    const idle = await FileShapeMemo.open(nodeFileSystem, dir, '1.0.0');
    await idle.save();
    await expect(readdir(join(dir, 'cache'))).rejects.toMatchObject({ code: 'ENOENT' });

    const failing: FileSystem = { ...nodeFileSystem, rename: () => Promise.reject(Object.assign(new Error('disk full'), { code: 'ENOSPC' })) };
    const memo = await FileShapeMemo.open(failing, dir, '1.0.0');
    const sha = sha256Hex(canonicalJson(YEAR));
    memo.note(PATH, sha);
    await expect(memo.save()).rejects.toThrow('disk full');
    // No temp file left behind, and the next save (here through a working disk) still has the note.
    expect(await readdir(join(dir, 'cache'))).toEqual([]);
    Object.assign(failing, { rename: (from: string, to: string) => nodeFileSystem.rename(from, to) });
    await memo.save();
    expect((await FileShapeMemo.open(nodeFileSystem, dir, '1.0.0')).knows(PATH, sha)).toBe(true);
  });
});
