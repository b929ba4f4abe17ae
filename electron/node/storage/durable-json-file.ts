/**
 * lowdb Adapter that loses nothing: checksummed envelope, fsynced temp-then-rename saves through a queue,
 * N generations, and on a damaged load quarantine + restore instead of silently starting empty (RELIABILITY §1).
 */
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { DomainError } from '../../common/domain/errors';
import type { RecoveryNotice } from '../../common/ports';
import { ensureDurableDir, renameWithRetry, sweepTemps, syncDir, tempNameFor, writeNewFileDurably } from './atomic-write';
import { canonicalJson } from '../../common/domain/canonical-json';
import { checksumOf, decodeEnvelope, envelopeInto, envelopeLength, hasBom, peekSeq, sha256Hex, stripBom } from './envelope';
import type { Envelope, Problem } from './envelope';
import { bestEffort, toSaveError } from './fs-errors';
import { nodeFileSystem } from './fs-port';
import type { FileSystem } from './fs-port';
import {
  DEFAULT_GENERATIONS,
  GENERATIONS_DIR,
  generationName,
  keepGeneration,
  listGenerations,
  pruneGenerations,
} from './generations';
import { quarantineFile } from './quarantine';
import { readDataFile } from './read-data-file';
import { ReusedBuffers } from './reused-buffers';
import { SerialQueue } from './serial-queue';
import type { ShapeMemo } from './shape-memo';

export interface DurableJsonFileOptions<T> {
  readonly dataDir: string;
  /** Relative to dataDir with `/` separators, e.g. `ledger/2026-11.json`. Also the name shown in notices. */
  readonly relativePath: string;
  /** Throws when the data has the wrong shape (e.g. a zod schema's parse). Also run before every save. */
  readonly parse: (data: unknown) => T;
  readonly fs?: FileSystem;
  readonly now?: () => Date;
  /** How many previous versions to keep (at least 1, or there is nothing to recover from). Default 5. */
  readonly generations?: number;
  /**
   * Checksums of data already found to have the right shape: such a file is not parsed by `parse` again, and a
   * file checked (read or saved) is noted when the check changed nothing. For large files read at every start.
   */
  readonly shapeMemo?: ShapeMemo;
}

/** Every file of the process builds its new version in one of these: saves run one at a time, mostly. */
const SAVE_BUFFERS = new ReusedBuffers();

export class DurableJsonFile<T> implements Adapter<T> {
  private readonly fs: FileSystem;
  private readonly now: () => Date;
  private readonly keep: number;
  private readonly file: string;
  private readonly dir: string;
  private readonly baseName: string;
  private readonly gensDir: string;
  private readonly queue = new SerialQueue();
  private readonly notices: RecoveryNotice[] = [];
  /** Highest sequence number seen on disk or used; undefined until the folder has been looked at. */
  private lastSeq: number | undefined;
  /** Generation numbers on disk, oldest first; kept in memory so a save never has to list the folder. */
  private gens: number[] = [];
  /** The checksum of the data last loaded or durably saved: what the caller's memory holds. */
  private committed: string | undefined;
  /** The file's seq as the caller read it (adopt), so the first save need not read the file again for it. */
  private adoptedSeq: number | undefined;

  constructor(private readonly options: DurableJsonFileOptions<T>) {
    this.fs = options.fs ?? nodeFileSystem;
    this.now = options.now ?? (() => new Date());
    this.keep = Math.max(1, options.generations ?? DEFAULT_GENERATIONS);
    this.file = join(options.dataDir, ...options.relativePath.split('/'));
    this.dir = dirname(this.file);
    this.baseName = basename(this.file);
    this.gensDir = join(this.dir, GENERATIONS_DIR);
  }

  read(): Promise<T | null> {
    return this.queue.run(() => this.load());
  }

  write(data: T): Promise<void> {
    return this.queue.run(async () => {
      if (this.lastSeq === undefined) await this.start();
      await this.save({ data });
    });
  }

  /**
   * The same durable save for a caller that has already checked the shape of everything it changed and keeps the
   * canonical JSON of its data in pieces (`dataParts` joined: canonicalJson(data) in UTF-8) — the ledger keeps
   * each record's bytes, so saving one change to a month re-encodes and re-checks one record instead of the whole
   * month, and the pieces are copied once, straight into the file's new bytes.
   */
  writeEncoded(dataParts: readonly Uint8Array[]): Promise<void> {
    return this.queue.run(async () => {
      if (this.lastSeq === undefined) await this.start();
      await this.save({ parts: dataParts });
    });
  }

  /**
   * The checksum of the data last loaded or durably saved — what the caller's memory holds. After a save that
   * failed once the new file was in place, the file on disk differs from it (memory kept the old data).
   */
  committedSha256(): string | undefined {
    return this.committed;
  }

  /**
   * Instead of read(), for a caller that has read and verified the file itself (the ledger cuts a month's records
   * out of its bytes): memory now holds the data whose checksum is `sha256`, and numbering continues after `seq`.
   * Temp files and generations are looked at on the first save, as they are after read().
   */
  adopt(seq: number, sha256: string): void {
    this.committed = sha256;
    this.adoptedSeq = seq;
  }

  /** Damaged files found by read(), oldest first. */
  recoveries(): readonly RecoveryNotice[] {
    return [...this.notices];
  }

  /** Sweeps a crashed process's temp files and learns the sequence numbers already on disk. */
  private async start(): Promise<void> {
    await sweepTemps(this.fs, this.dir, this.baseName);
    this.gens = await listGenerations(this.fs, this.gensDir, this.baseName);
    this.lastSeq = Math.max(0, ...this.gens);
    if (this.adoptedSeq !== undefined) {
      this.lastSeq = Math.max(this.lastSeq, this.adoptedSeq);
      return;
    }
    try {
      this.lastSeq = Math.max(this.lastSeq, peekSeq(await this.fs.readFile(this.file)));
    } catch {
      // Unreadable or missing: load() deals with that; here we only want numbering never to go backwards.
    }
  }

  private async load(): Promise<T | null> {
    await sweepTemps(this.fs, this.dir, this.baseName);
    this.gens = await listGenerations(this.fs, this.gensDir, this.baseName);
    this.lastSeq = Math.max(0, ...this.gens);
    const outcome = await readDataFile(this.fs, this.file, this.options.relativePath);
    if (outcome.kind === 'missing') return this.gens.length === 0 ? null : this.recover('missing', false);
    if (outcome.kind === 'unreadable') return this.recover('unreadable', true);
    const { bytes } = outcome;
    const { shapeMemo, relativePath } = this.options;
    const decoded = decodeEnvelope(bytes, this.options.parse, shapeMemo === undefined ? undefined : (sha256) => shapeMemo.knows(relativePath, sha256));
    if (decoded.ok) {
      this.lastSeq = Math.max(this.lastSeq, decoded.envelope.seq);
      this.committed = checksumOf(bytes);
      this.noteShape(decoded.envelope.data, this.committed);
      return decoded.envelope.data;
    }
    this.lastSeq = Math.max(this.lastSeq, peekSeq(bytes));
    // A BOM means an editor saved the file. If the text behind it still verifies, those are exactly the
    // records we wrote: restore them rather than an older generation, but keep the edited file as evidence.
    const behindBom = hasBom(bytes) ? decodeEnvelope(stripBom(bytes), this.options.parse) : undefined;
    return this.recover(decoded.problem, true, behindBom?.ok === true ? behindBom.envelope : undefined);
  }

  /**
   * Never writes over the damaged file: moves it to quarantine, then re-saves the best version we have
   * (the file's own verified data behind a BOM, else the newest generation that verifies) as the current file.
   */
  private async recover(problem: Problem, present: boolean, own?: Envelope<T>): Promise<T | null> {
    const quarantinedAs = present ? await this.quarantine() : undefined;
    const restored = own ?? (await this.newestGoodGeneration());
    const notice: RecoveryNotice = {
      file: this.options.relativePath,
      problem,
      ...(quarantinedAs === undefined ? {} : { quarantinedAs }),
      ...(restored === undefined ? {} : { restoredSavedAt: restored.savedAt }),
      dataMayBeMissing: restored === undefined,
    };
    if (restored !== undefined) await this.save({ data: restored.data });
    this.notices.push(notice);
    return restored?.data ?? null;
  }

  private async quarantine(): Promise<string> {
    const { dataDir, relativePath } = this.options;
    try {
      return await quarantineFile(this.fs, { dataDir, relativePath, file: this.file, at: this.now() });
    } catch (error) {
      // Without the move, restoring would write over the damaged file: refuse to start instead.
      throw toSaveError(error, relativePath);
    }
  }

  private async newestGoodGeneration(): Promise<Envelope<T> | undefined> {
    for (const number of [...this.gens].reverse()) {
      let bytes: Buffer;
      try {
        bytes = await this.fs.readFile(join(this.gensDir, generationName(this.baseName, number)));
      } catch {
        continue;
      }
      const decoded = decodeEnvelope(bytes, this.options.parse);
      if (decoded.ok) return decoded.envelope;
    }
    return undefined;
  }

  /** `data` itself (shape-checked and encoded here), or the canonical JSON bytes of data checked by the caller, in parts. */
  private async save(input: { readonly data: T } | { readonly parts: readonly Uint8Array[] }): Promise<void> {
    const seq = (this.lastSeq ?? 0) + 1;
    // Consumed even if this attempt fails, so a retry never collides with a half-made generation name.
    this.lastSeq = seq;
    const temp = join(this.dir, tempNameFor(this.baseName));
    let kept: string | undefined;
    let replaced = false;
    let sha256: string;
    let checkedShape: string | undefined;
    try {
      // A file we could not read back would be quarantined at next start, losing this very save.
      const encoded = 'parts' in input ? { parts: input.parts, unchangedByCheck: false } : this.encodeChecked(input.data);
      const savedAt = this.now();
      const dataLength = encoded.parts.reduce((sum, part) => sum + part.length, 0);
      sha256 = await SAVE_BUFFERS.use(envelopeLength(dataLength, seq, savedAt), async (buffer) => {
        const envelope = envelopeInto(buffer, encoded.parts, seq, savedAt);
        await ensureDurableDir(this.fs, this.dir);
        await writeNewFileDurably(this.fs, temp, buffer.subarray(0, envelope.length));
        return envelope.sha256;
      });
      if (encoded.unchangedByCheck) checkedShape = sha256;
      kept = await keepGeneration(this.fs, this.file, this.gensDir, this.baseName, seq);
      await renameWithRetry(this.fs, temp, this.file);
      replaced = true;
      await syncDir(this.fs, this.dir);
    } catch (error) {
      const orphan = kept;
      if (!replaced) {
        await bestEffort(() => this.fs.unlink(temp));
        if (orphan !== undefined) await bestEffort(() => this.fs.unlink(orphan));
      } else if (orphan !== undefined) {
        // Only the folder fsync failed: the new file and its generation are in place, so track it for pruning.
        this.gens = [...this.gens, seq];
      }
      throw toSaveError(error, this.options.relativePath);
    }
    this.committed = sha256;
    if (checkedShape !== undefined) this.options.shapeMemo?.note(this.options.relativePath, checkedShape);
    if (kept !== undefined) {
      this.gens = await pruneGenerations(this.fs, this.gensDir, this.baseName, [...this.gens, seq], this.keep);
    }
  }

  /** The canonical bytes of data that passed `parse`, and whether parse's output encodes the same (for the memo). */
  private encodeChecked(data: T): { readonly parts: readonly Uint8Array[]; readonly unchangedByCheck: boolean } {
    const checked = this.checkReadable(data);
    const text = canonicalJson(data);
    return { parts: [Buffer.from(text, 'utf8')], unchangedByCheck: this.options.shapeMemo !== undefined && canonicalJson(checked) === text };
  }

  /**
   * Notes a file's data as having the right shape when `parse` handed back exactly what the file holds: the next
   * read can then skip the check and get the same data. Data taken on the memo's word is not encoded again.
   */
  private noteShape(data: T, sha256: string | undefined): void {
    const { shapeMemo, relativePath } = this.options;
    if (shapeMemo === undefined || sha256 === undefined || shapeMemo.knows(relativePath, sha256)) return;
    if (sha256Hex(canonicalJson(data)) === sha256) shapeMemo.note(relativePath, sha256);
  }

  private checkReadable(data: T): T {
    try {
      return this.options.parse(data);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new DomainError('save_failed', `Refusing to save ${this.options.relativePath}: data has the wrong shape: ${detail}`, {
        params: { file: this.options.relativePath, code: 'SCHEMA' },
      });
    }
  }
}
