/**
 * Evidence files on disk, content-addressed (RELIABILITY §1.8): `<dataDir>/attachments/ab/cdef…` where
 * `abcdef…` is the SHA-256 of the bytes. The path comes only from the hash, never from the original name, so
 * a name like `../../settings.json` cannot reach the file system. A save writes a unique 0600 temp file
 * beside the target, fsyncs it, renames it to the hash name and fsyncs the folder; it resolves only then,
 * and the ledger saves the record that refers to the file after that.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { DomainError } from '../../common/domain/errors';
import { isSha256Hex } from '../../common/attachments/attachment';
import type { AttachmentStore, StoredAttachment } from '../../common/attachments/ports';
import {
  ensureDurableDir,
  isTempOf,
  renameWithRetry,
  syncDir,
  tempNameFor,
  tempTargetOf,
  writeNewFileDurably,
} from '../storage/atomic-write';
import { bestEffort, isMissing, toSaveError } from '../storage/fs-errors';
import type { FileSystem } from '../storage/fs-port';

export const ATTACHMENTS_DIR = 'attachments';

export interface FsAttachmentStoreOptions {
  readonly dataDir: string;
  readonly fs: FileSystem;
}

function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export class FsAttachmentStore implements AttachmentStore {
  private constructor(
    private readonly root: string,
    private readonly fs: FileSystem,
  ) {}

  /** Opens the store and removes temp files a killed process left (safe: the data lock allows one writer). */
  static async open(options: FsAttachmentStoreOptions): Promise<FsAttachmentStore> {
    const store = new FsAttachmentStore(join(options.dataDir, ATTACHMENTS_DIR), options.fs);
    await store.sweepTemps();
    return store;
  }

  async put(bytes: Uint8Array): Promise<StoredAttachment> {
    // The bytes arrive whole over IPC (capped at 20 MB), so they are hashed in memory before anything is
    // written: the hash names the file, and an identical file already stored is found without writing again.
    const sha256 = sha256Hex(bytes);
    const stored = { sha256, size: bytes.length };
    const { dir, file, baseName } = this.locate(sha256);
    if (await this.holdsIntact(file, sha256)) return stored;
    const temp = join(dir, tempNameFor(baseName));
    try {
      await ensureDurableDir(this.fs, dir);
      await writeNewFileDurably(this.fs, temp, bytes);
      // Over a damaged copy too: the rename replaces it atomically with the good bytes.
      await renameWithRetry(this.fs, temp, file);
      await syncDir(this.fs, dir);
    } catch (error) {
      await bestEffort(() => this.fs.unlink(temp));
      throw toSaveError(error, `${ATTACHMENTS_DIR}/${sha256.slice(0, 2)}/${baseName}`);
    }
    return stored;
  }

  async read(sha256: string): Promise<Uint8Array> {
    const { file } = this.locate(sha256);
    let bytes: Buffer;
    try {
      bytes = await this.fs.readFile(file);
    } catch (error) {
      if (isMissing(error)) {
        throw new DomainError('attachment_missing', `The file ${sha256} is missing from the data folder.`, {
          params: { id: sha256 },
        });
      }
      throw error;
    }
    if (sha256Hex(bytes) !== sha256) {
      throw new DomainError('attachment_corrupt', `The file ${sha256} no longer matches its hash.`, {
        params: { id: sha256 },
      });
    }
    // A plain Uint8Array of exactly the file: a Buffer may be a view on a larger shared pool.
    return new Uint8Array(bytes);
  }

  private locate(sha256: string): { readonly dir: string; readonly file: string; readonly baseName: string } {
    // The only way a path is made: from 64 hex digits, checked here as well as at the IPC schema.
    if (!isSha256Hex(sha256)) throw new DomainError('invalid_argument', 'Not a SHA-256 hash.', { field: 'sha256' });
    const dir = join(this.root, sha256.slice(0, 2));
    const baseName = sha256.slice(2);
    return { dir, file: join(dir, baseName), baseName };
  }

  /** True when the file exists and still hashes to its name; a damaged copy is rewritten by the caller. */
  private async holdsIntact(file: string, sha256: string): Promise<boolean> {
    try {
      return sha256Hex(await this.fs.readFile(file)) === sha256;
    } catch (error) {
      if (isMissing(error)) return false;
      throw toSaveError(error, file);
    }
  }

  private async sweepTemps(): Promise<void> {
    let folders: string[];
    try {
      folders = await this.fs.readdir(this.root);
    } catch (error) {
      if (isMissing(error)) return;
      throw error;
    }
    for (const folder of folders) {
      if (!/^[0-9a-f]{2}$/.test(folder)) continue;
      const dir = join(this.root, folder);
      for (const name of await this.fs.readdir(dir)) {
        const target = tempTargetOf(name);
        if (target !== undefined && isTempOf(target, name)) await bestEffort(() => this.fs.unlink(join(dir, name)));
      }
    }
  }
}
