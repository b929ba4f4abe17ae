/**
 * `cache/checked-shapes.json`: for each data file, the checksum of the data this version of the app last found to
 * have the right shape. The same bytes have the same shape, so a file whose verified checksum is the one noted here
 * is not shape-checked again: at 50,000 refunds the settlement and case year files (~3 MB) took ~160 ms of zod
 * parsing at every start. Anything else — another checksum, another app version, a damaged or missing memo — is
 * checked in full as before. It is derived data like the catalog cache: not in backups, never quarantined, never
 * trusted over a file (the file's own checksum is always verified first: durable-json-file.ts).
 *
 * A checksum is noted only when the check changed nothing (the schema's output encodes to the same canonical
 * JSON), so handing back the parsed JSON unchecked gives the caller exactly what the check would have.
 */
import { join } from 'node:path';
import { replaceFileDurably } from './atomic-write';
import type { FileSystem } from './fs-port';

const MEMO_DIR = 'cache';
const MEMO_FILE = 'checked-shapes.json';
const FORMAT = 'refunddesk/checked-shapes';
const SHA256_HEX = /^[0-9a-f]{64}$/u;

/** What durable-json-file.ts asks and tells; a store without one checks every file it reads. */
export interface ShapeMemo {
  /** Whether data with this checksum, read from this file, was found to have the right shape. */
  knows(relativePath: string, sha256: string): boolean;
  /** The data of this file with this checksum has the right shape (the check changed nothing). */
  note(relativePath: string, sha256: string): void;
}

interface StoredMemo {
  readonly format: string;
  readonly version: string;
  readonly files: Record<string, string>;
}

export class FileShapeMemo implements ShapeMemo {
  private dirty = false;

  private constructor(
    private readonly fs: FileSystem,
    private readonly dataDir: string,
    private readonly version: string,
    private readonly files: Map<string, string>,
  ) {}

  /**
   * The memo this app version wrote, or an empty one. `version` is the app's: a new version may check shapes
   * differently, so it trusts nothing an older one noted.
   */
  static async open(fs: FileSystem, dataDir: string, version: string): Promise<FileShapeMemo> {
    return new FileShapeMemo(fs, dataDir, version, await readMemo(fs, dataDir, version));
  }

  knows(relativePath: string, sha256: string): boolean {
    return this.files.get(relativePath) === sha256;
  }

  note(relativePath: string, sha256: string): void {
    if (this.files.get(relativePath) === sha256) return;
    this.files.set(relativePath, sha256);
    this.dirty = true;
  }

  /** Written only when something was noted; atomic like every file here, so a crash leaves the old memo or the new. */
  async save(): Promise<void> {
    if (!this.dirty) return;
    this.dirty = false;
    const memo: StoredMemo = { format: FORMAT, version: this.version, files: Object.fromEntries([...this.files].sort()) };
    try {
      await replaceFileDurably(this.fs, join(this.dataDir, MEMO_DIR), MEMO_FILE, Buffer.from(JSON.stringify(memo), 'utf8'));
    } catch (error) {
      this.dirty = true;
      throw error;
    }
  }
}

async function readMemo(fs: FileSystem, dataDir: string, version: string): Promise<Map<string, string>> {
  try {
    const stored = JSON.parse((await fs.readFile(join(dataDir, MEMO_DIR, MEMO_FILE))).toString('utf8')) as Partial<StoredMemo> | null;
    if (stored?.format !== FORMAT || stored.version !== version || typeof stored.files !== 'object' || stored.files === null) return new Map();
    // A value that is not a checksum matches no file; dropped so it is never written back.
    return new Map(Object.entries(stored.files).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && SHA256_HEX.test(entry[1])));
  } catch {
    // Missing, unreadable or not JSON alike: every file is checked in full, and the memo written again.
    return new Map();
  }
}
