/**
 * The slice of `node:fs/promises` the storage layer uses. Everything in storage takes a FileSystem by
 * injection, so tests can wrap the real one and make any single call fail (EIO, ENOSPC) or count calls,
 * while still writing real files in a real temp folder.
 */
import * as fsp from 'node:fs/promises';

export interface FileHandle {
  /** May write fewer bytes than asked (for example when the disk fills up); callers loop. */
  write(buffer: Uint8Array, offset: number, length: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface FileStats {
  readonly size: number;
  readonly mode: number;
  isFile(): boolean;
  isDirectory(): boolean;
}

export interface FileSystem {
  open(path: string, flags: string, mode?: number): Promise<FileHandle>;
  readFile(path: string): Promise<Buffer>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, newPath: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  /** Resolves to the first folder it created, or undefined when all already existed (as fs.mkdir recursive). */
  mkdir(path: string, options: { recursive: true; mode: number }): Promise<string | undefined>;
  stat(path: string): Promise<FileStats>;
  rm(path: string, options: { recursive?: boolean; force?: boolean }): Promise<void>;
}

export const nodeFileSystem: FileSystem = {
  open: (path, flags, mode) => fsp.open(path, flags, mode),
  readFile: (path) => fsp.readFile(path),
  rename: (from, to) => fsp.rename(from, to),
  link: (existing, newPath) => fsp.link(existing, newPath),
  copyFile: (from, to) => fsp.copyFile(from, to),
  unlink: (path) => fsp.unlink(path),
  readdir: (path) => fsp.readdir(path),
  mkdir: (path, options) => fsp.mkdir(path, options),
  stat: (path) => fsp.stat(path),
  rm: (path, options) => fsp.rm(path, options),
};
