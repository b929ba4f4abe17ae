/**
 * A FileSystem that passes every call to a real one (files really land in a temp folder) but can make a
 * chosen call fail the way a disk does: the k-th open/write/sync/rename/close/link/read throws EIO, a predicate
 * picks calls to fail with any code, or a space budget makes writes come up short and then hit ENOSPC.
 */
import { nodeFileSystem } from '../../electron/node/storage/fs-port';
import type { FileHandle, FileSystem, FileStats } from '../../electron/node/storage/fs-port';

/** The calls that can fail. A save makes no `read`, so reads never shift the step numbers of a save. */
export type FaultOp = 'open' | 'write' | 'sync' | 'rename' | 'close' | 'link' | 'read';

export interface CountedCall {
  readonly n: number;
  readonly op: FaultOp;
  readonly path: string;
}

type Rule = (call: CountedCall) => string | undefined;

export function injectedError(code: string, call: CountedCall): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected fault, ${call.op} '${call.path}'`), {
    code,
    syscall: call.op,
    path: call.path,
  });
}

export class FaultFileSystem implements FileSystem {
  /** Every counted call since the last resetCount(), in order. */
  readonly calls: CountedCall[] = [];
  private rules: Rule[] = [];
  private spaceLeft: number | undefined;

  constructor(private readonly inner: FileSystem = nodeFileSystem) {}

  resetCount(): void {
    this.calls.length = 0;
  }

  /** The k-th counted call from the last resetCount() (1-based) throws `code`. */
  failNth(k: number, code = 'EIO'): void {
    this.rules.push((call) => (call.n === k ? code : undefined));
  }

  /** Every counted call the predicate picks throws `code`, until clear(). */
  failWhen(predicate: (call: CountedCall) => boolean, code: string): void {
    this.rules.push((call) => (predicate(call) ? code : undefined));
  }

  /** Writes beyond `bytes` from now come up short, then throw ENOSPC — a disk filling up mid-save. */
  limitSpace(bytes: number): void {
    this.spaceLeft = bytes;
  }

  /** Removes every fault: the disk is healthy (and has room) again. */
  clear(): void {
    this.rules = [];
    this.spaceLeft = undefined;
  }

  private count(op: FaultOp, path: string): void {
    const call: CountedCall = { n: this.calls.length + 1, op, path };
    this.calls.push(call);
    for (const rule of this.rules) {
      const code = rule(call);
      if (code !== undefined) throw injectedError(code, call);
    }
  }

  async open(path: string, flags: string, mode?: number): Promise<FileHandle> {
    this.count('open', path);
    const handle = await this.inner.open(path, flags, mode);
    return {
      write: async (buffer, offset, length) => {
        this.count('write', path);
        let allowed = length;
        if (this.spaceLeft !== undefined) {
          if (this.spaceLeft <= 0) throw injectedError('ENOSPC', { n: this.calls.length, op: 'write', path });
          allowed = Math.min(length, this.spaceLeft);
          this.spaceLeft -= allowed;
        }
        return handle.write(buffer, offset, allowed);
      },
      sync: async () => {
        this.count('sync', path);
        await handle.sync();
      },
      close: async () => {
        try {
          this.count('close', path);
        } finally {
          // A failed close still releases the descriptor (as on Linux), so injected faults leak nothing.
          await handle.close();
        }
      },
    };
  }

  async rename(from: string, to: string): Promise<void> {
    this.count('rename', from);
    await this.inner.rename(from, to);
  }

  async link(existing: string, newPath: string): Promise<void> {
    this.count('link', existing);
    await this.inner.link(existing, newPath);
  }

  async readFile(path: string): Promise<Buffer> {
    this.count('read', path);
    return this.inner.readFile(path);
  }

  copyFile(from: string, to: string): Promise<void> {
    return this.inner.copyFile(from, to);
  }

  unlink(path: string): Promise<void> {
    return this.inner.unlink(path);
  }

  readdir(path: string): Promise<string[]> {
    return this.inner.readdir(path);
  }

  mkdir(path: string, options: { recursive: true; mode: number }): Promise<string | undefined> {
    return this.inner.mkdir(path, options);
  }

  stat(path: string): Promise<FileStats> {
    return this.inner.stat(path);
  }

  rm(path: string, options: { recursive?: boolean; force?: boolean }): Promise<void> {
    return this.inner.rm(path, options);
  }
}
