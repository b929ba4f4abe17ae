/**
 * A stand-in for the unpacked Electron distribution, so electron-builder can package here without downloading
 * Electron. The "binary" carries a real fuse wire (sentinel, version 1, eight fuses at Electron's defaults), so
 * packaging must actually flip the fuses and the test can read them back.
 */
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ON = 0x31;
const OFF = 0x30;
// Electron's shipped defaults, in FuseV1Options order: RunAsNode, CookieEncryption, NODE_OPTIONS, inspect args,
// asar integrity, only-load-from-asar, browser V8 snapshot, file:// extra privileges.
const ELECTRON_DEFAULT_FUSES = [ON, OFF, ON, ON, OFF, OFF, OFF, ON];

export async function writeStubElectronDist(dir: string): Promise<void> {
  await mkdir(join(dir, 'locales'), { recursive: true });
  for (const locale of ['en-US', 'zh-CN', 'de', 'fr']) await writeFile(join(dir, 'locales', `${locale}.pak`), '');
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stub electron"\nexit 0\n# '),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, ELECTRON_DEFAULT_FUSES.length, ...ELECTRON_DEFAULT_FUSES]),
    Buffer.from('\n'),
  ]);
  await writeFile(join(dir, 'electron'), binary);
  await chmod(join(dir, 'electron'), 0o755);
  await writeFile(join(dir, 'version'), '45.4.1');
}
