/**
 * An in-memory FileSystem (electron/node/storage/fs-port.ts) that models the page cache, so a test can pull the
 * plug. POSIX promises only what fsync promises: a file's bytes are durable once the file is fsynced, and a
 * directory entry (create, rename, link, unlink, mkdir) once its directory is fsynced. Everything else may or may
 * not have reached the disk when the power goes.
 *
 * `cutAfter(k)` makes the k-th call from now fail and every later call fail too (the machine is off: nothing the
 * dying process does afterwards lands anywhere). `powerCut()` then decides, with the seeded PRNG, what of the
 * not-yet-durable state survived — per directory: its durable entries, or (the kernel happened to write it back)
 * its entries as they were at the cut; per file: its durable bytes, its bytes at the cut, or a tear of the two at
 * a 4 KiB page boundary — and the file system is alive again for the store to reopen on what survived.
 */
import { basename, dirname, posix } from 'node:path';
import type { FileHandle, FileStats, FileSystem } from '../../electron/node/storage/fs-port';

const PAGE = 4096;

interface FileNode {
  readonly kind: 'file';
  /** What a read sees now (page cache). */
  data: Buffer;
  /** What is on the platter. A new file has no durable bytes: if only its entry survives, it is empty. */
  durable: Buffer;
  mode: number;
}

interface DirNode {
  readonly kind: 'dir';
  entries: Map<string, Node>;
  durableEntries: Map<string, Node>;
}

type Node = FileNode | DirNode;

/** Thrown by every call at and after the cut: the process never learns whether that call happened. */
export class PowerCutError extends Error {
  readonly code = 'EPOWERCUT';
}

function fsError(code: string, op: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${op} '${path}'`), { code, syscall: op, path });
}

/** mulberry32: small, seeded, good enough to pick pages and cut points reproducibly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface PowerCutReport {
  /** Files whose un-fsynced bytes were thrown away (fully or in part). */
  readonly filesReverted: number;
  readonly filesTorn: number;
  /** Directories whose un-fsynced entries were thrown away. */
  readonly dirsReverted: number;
}

export class PowerLossFileSystem implements FileSystem {
  private readonly root: DirNode = { kind: 'dir', entries: new Map(), durableEntries: new Map() };
  private readonly random: () => number;
  /** Calls made since the last cutAfter(); the cut is at call number `cutAt`. */
  private calls = 0;
  private cutAt: number | undefined;
  private dead = false;

  constructor(seed: number) {
    this.random = seededRandom(seed);
  }

  /** Number of calls since construction or the last cutAfter()/powerCut(): a dry run measures a workload with it. */
  get callCount(): number {
    return this.calls;
  }

  /** The k-th call from now (1-based) never happens: the power goes just before it. */
  cutAfter(k: number): void {
    this.calls = 0;
    this.cutAt = k;
  }

  get isDead(): boolean {
    return this.dead;
  }

  /** Pulls the plug now (if the cut point was not reached) and keeps only what the disk may hold. */
  powerCut(): PowerCutReport {
    const report = { filesReverted: 0, filesTorn: 0, dirsReverted: 0 };
    const seen = new Set<Node>();
    const settle = (node: Node): void => {
      if (seen.has(node)) return; // a hard link: one inode, settled once
      seen.add(node);
      if (node.kind === 'file') {
        if (!node.data.equals(node.durable)) {
          const roll = this.random();
          if (roll < 0.4) {
            node.data = node.durable;
            report.filesReverted += 1;
          } else if (roll < 0.8) {
            node.data = this.tear(node.durable, node.data);
            report.filesTorn += 1;
          }
          // else: writeback happened to finish; the cached bytes are what the disk holds.
          node.durable = node.data;
        }
        return;
      }
      if (!sameEntries(node.entries, node.durableEntries) && this.random() < 0.5) {
        node.entries = new Map(node.durableEntries);
        report.dirsReverted += 1;
      }
      node.durableEntries = new Map(node.entries);
      for (const child of node.entries.values()) settle(child);
    };
    settle(this.root);
    this.dead = false;
    this.cutAt = undefined;
    this.calls = 0;
    return report;
  }

  /** Some dirty pages written back, others not; the size is either the old or the new one. */
  private tear(durable: Buffer, cached: Buffer): Buffer {
    const length = this.random() < 0.5 ? durable.length : cached.length;
    const out = Buffer.alloc(length);
    for (let page = 0; page * PAGE < length; page += 1) {
      const source = this.random() < 0.5 ? durable : cached;
      const start = page * PAGE;
      const end = Math.min(length, start + PAGE);
      // Past the end of the chosen version a page reads as zeros, as a hole in a file does.
      if (start < source.length) source.copy(out, start, start, Math.min(end, source.length));
    }
    return out;
  }

  /** Every call goes through here: past the cut, the machine is off. */
  private step(): void {
    if (this.dead) throw new PowerCutError('the power is off');
    this.calls += 1;
    if (this.cutAt !== undefined && this.calls >= this.cutAt) {
      this.dead = true;
      throw new PowerCutError('the power went');
    }
  }

  private lookup(path: string): Node | undefined {
    let node: Node = this.root;
    for (const part of parts(path)) {
      if (node.kind !== 'dir') return undefined;
      const next = node.entries.get(part);
      if (next === undefined) return undefined;
      node = next;
    }
    return node;
  }

  private parentOf(path: string, op: string): DirNode {
    const parent = this.lookup(dirname(posix.resolve(path)));
    if (parent === undefined) throw fsError('ENOENT', op, path);
    if (parent.kind !== 'dir') throw fsError('ENOTDIR', op, path);
    return parent;
  }

  private fileAt(path: string, op: string): FileNode {
    const node = this.lookup(path);
    if (node === undefined) throw fsError('ENOENT', op, path);
    if (node.kind !== 'file') throw fsError('EISDIR', op, path);
    return node;
  }

  async open(path: string, flags: string, mode = 0o666): Promise<FileHandle> {
    this.step();
    await Promise.resolve();
    let node = this.lookup(path);
    if (flags === 'r') {
      if (node === undefined) throw fsError('ENOENT', 'open', path);
    } else if (flags === 'w' || flags === 'wx') {
      if (node !== undefined && flags === 'wx') throw fsError('EEXIST', 'open', path);
      if (node?.kind === 'dir') throw fsError('EISDIR', 'open', path);
      if (node === undefined) {
        node = { kind: 'file', data: Buffer.alloc(0), durable: Buffer.alloc(0), mode };
        this.parentOf(path, 'open').entries.set(basename(path), node);
      } else {
        node.data = Buffer.alloc(0);
      }
    } else {
      throw new Error(`PowerLossFileSystem: flags ${flags} not modelled`);
    }
    const target = node;
    let position = 0;
    return {
      write: async (buffer, offset, length) => {
        this.step();
        await Promise.resolve();
        if (target.kind !== 'file') throw fsError('EBADF', 'write', path);
        const chunk = Buffer.from(buffer.subarray(offset, offset + length));
        const before = target.data;
        const next = Buffer.alloc(Math.max(before.length, position + chunk.length));
        before.copy(next);
        chunk.copy(next, position);
        target.data = next;
        position += chunk.length;
        return { bytesWritten: chunk.length };
      },
      sync: async () => {
        this.step();
        await Promise.resolve();
        if (target.kind === 'file') target.durable = target.data;
        else target.durableEntries = new Map(target.entries);
      },
      close: async () => {
        this.step();
        await Promise.resolve();
      },
    };
  }

  async readFile(path: string): Promise<Buffer> {
    this.step();
    await Promise.resolve();
    return Buffer.from(this.fileAt(path, 'open').data);
  }

  async rename(from: string, to: string): Promise<void> {
    this.step();
    await Promise.resolve();
    const node = this.lookup(from);
    if (node === undefined) throw fsError('ENOENT', 'rename', from);
    const source = this.parentOf(from, 'rename');
    const target = this.parentOf(to, 'rename');
    if (this.lookup(to)?.kind === 'dir') throw fsError('EISDIR', 'rename', to);
    source.entries.delete(basename(from));
    target.entries.set(basename(to), node);
  }

  async link(existing: string, newPath: string): Promise<void> {
    this.step();
    await Promise.resolve();
    const node = this.fileAt(existing, 'link');
    const parent = this.parentOf(newPath, 'link');
    if (parent.entries.has(basename(newPath))) throw fsError('EEXIST', 'link', newPath);
    parent.entries.set(basename(newPath), node);
  }

  async copyFile(from: string, to: string): Promise<void> {
    this.step();
    await Promise.resolve();
    const source = this.fileAt(from, 'copyfile');
    const node: FileNode = { kind: 'file', data: Buffer.from(source.data), durable: Buffer.alloc(0), mode: source.mode };
    this.parentOf(to, 'copyfile').entries.set(basename(to), node);
  }

  async unlink(path: string): Promise<void> {
    this.step();
    await Promise.resolve();
    this.fileAt(path, 'unlink');
    this.parentOf(path, 'unlink').entries.delete(basename(path));
  }

  async readdir(path: string): Promise<string[]> {
    this.step();
    await Promise.resolve();
    const node = this.lookup(path);
    if (node === undefined) throw fsError('ENOENT', 'scandir', path);
    if (node.kind !== 'dir') throw fsError('ENOTDIR', 'scandir', path);
    return [...node.entries.keys()];
  }

  async mkdir(path: string, options: { recursive: true; mode: number }): Promise<string | undefined> {
    this.step();
    await Promise.resolve();
    void options;
    let node: Node = this.root;
    let current = '/';
    let first: string | undefined;
    for (const part of parts(path)) {
      current = posix.join(current, part);
      const next: Node | undefined = node.entries.get(part);
      if (next === undefined) {
        const created: DirNode = { kind: 'dir', entries: new Map(), durableEntries: new Map() };
        node.entries.set(part, created);
        first ??= current;
        node = created;
      } else if (next.kind === 'dir') {
        node = next;
      } else {
        throw fsError('ENOTDIR', 'mkdir', path);
      }
    }
    return first;
  }

  async stat(path: string): Promise<FileStats> {
    this.step();
    await Promise.resolve();
    const node = this.lookup(path);
    if (node === undefined) throw fsError('ENOENT', 'stat', path);
    const isFile = node.kind === 'file';
    return { size: isFile ? node.data.length : 0, mode: isFile ? node.mode : 0o700, isFile: () => isFile, isDirectory: () => !isFile };
  }

  async rm(path: string, options: { recursive?: boolean; force?: boolean }): Promise<void> {
    this.step();
    await Promise.resolve();
    const node = this.lookup(path);
    if (node === undefined) {
      if (options.force === true) return;
      throw fsError('ENOENT', 'rm', path);
    }
    if (node.kind === 'dir' && node.entries.size > 0 && options.recursive !== true) throw fsError('ENOTEMPTY', 'rm', path);
    this.parentOf(path, 'rm').entries.delete(basename(path));
  }

  /** Test-side peek/poke that bypasses the cut machinery (for damaging a file, or reading what survived). */
  peek(path: string): Buffer | undefined {
    const node = this.lookup(path);
    return node?.kind === 'file' ? Buffer.from(node.data) : undefined;
  }
}

function parts(path: string): string[] {
  return posix.resolve(path).split('/').filter((part) => part.length > 0);
}

function sameEntries(a: ReadonlyMap<string, Node>, b: ReadonlyMap<string, Node>): boolean {
  if (a.size !== b.size) return false;
  for (const [name, node] of a) if (b.get(name) !== node) return false;
  return true;
}
