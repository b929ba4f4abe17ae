/**
 * The install's Ed25519 key on a real temp folder: created once (0600), the same fingerprint after reopening,
 * signatures Node's own verify accepts, and a damaged file quarantined (never overwritten) with a notice.
 */
import { createPublicKey, verify } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEY_DIR, KEY_FILE, openInstallKey } from '../../../electron/node/keys/install-key';
import { nodeFileSystem } from '../../../electron/node/storage/fs-port';
import { FaultFileSystem } from '../../support/fault-fs';
import { makeTempDir, removeTempDir } from '../../support/storage-temp-dir';

let dataDir = '';
const now = () => new Date('2026-11-20T02:00:00.000Z');
const keyPath = () => join(dataDir, KEY_DIR, KEY_FILE);

beforeEach(async () => {
  dataDir = await makeTempDir();
});

afterEach(async () => {
  await removeTempDir(dataDir);
});

describe('openInstallKey', () => {
  it('creates the key once, owner-only, and loads the same key afterwards', async () => {
    const first = await openInstallKey({ dataDir, fs: nodeFileSystem, now });
    expect(first.fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    expect(first.recoveries()).toEqual([]);
    if (process.platform !== 'win32') expect((await stat(keyPath())).mode & 0o777).toBe(0o600);
    const stored = JSON.parse(await readFile(keyPath(), 'utf8')) as Record<string, string>;
    expect(stored['privateKey']).toContain('BEGIN PRIVATE KEY');
    expect(stored['publicKey']).toContain('BEGIN PUBLIC KEY');
    expect(stored['createdAt']).toBe('2026-11-20T02:00:00.000Z');

    const again = await openInstallKey({ dataDir, fs: nodeFileSystem, now: () => new Date() });
    expect(again.fingerprint).toBe(first.fingerprint);
    expect(again.createdAt).toBe(first.createdAt);
  });

  it('signs bytes that node:crypto verifies with the stored public key', async () => {
    const key = await openInstallKey({ dataDir, fs: nodeFileSystem, now });
    const bytes = new TextEncoder().encode('SHA256SUMS content');
    const signature = key.sign(bytes);
    expect(signature).toHaveLength(64);
    expect(verify(null, bytes, createPublicKey(key.publicKeyPem), signature)).toBe(true);
    expect(key.verify(new TextEncoder().encode('tampered'), signature)).toBe(false);
  });

  it('quarantines a damaged key file, makes a new key and says so', async () => {
    const old = await openInstallKey({ dataDir, fs: nodeFileSystem, now });
    const original = await readFile(keyPath(), 'utf8');
    // One character of the public key changed: the two halves no longer match.
    await writeFile(keyPath(), original.replace('MCow', 'MCox'));
    const renewed = await openInstallKey({ dataDir, fs: nodeFileSystem, now });
    expect(renewed.fingerprint).not.toBe(old.fingerprint);
    const [notice] = renewed.recoveries();
    expect(notice).toMatchObject({ file: 'keys/install-ed25519.json', problem: 'checksum', dataMayBeMissing: false });
    const kept = await readdir(join(dataDir, 'quarantine'));
    expect(kept).toHaveLength(1);
    expect(await readFile(join(dataDir, notice?.quarantinedAs ?? ''), 'utf8')).not.toBe(original);
  });

  it('treats half a file as damaged (not_json) and keeps it', async () => {
    await openInstallKey({ dataDir, fs: nodeFileSystem, now });
    await writeFile(keyPath(), '{"format": "refunddesk-install-key/1", "privateKey": "-----BEGIN');
    const renewed = await openInstallKey({ dataDir, fs: nodeFileSystem, now });
    expect(renewed.recoveries()[0]).toMatchObject({ problem: 'not_json' });
    expect(await readdir(join(dataDir, 'quarantine'))).toHaveLength(1);
  });

  it('refuses to open (and replaces nothing) when the file cannot be read', async () => {
    await openInstallKey({ dataDir, fs: nodeFileSystem, now });
    const before = await readFile(keyPath(), 'utf8');
    const disk = new FaultFileSystem();
    disk.failWhen((call) => call.op === 'read' && call.path.endsWith(KEY_FILE), 'EIO');
    await expect(openInstallKey({ dataDir, fs: disk, now })).rejects.toMatchObject({ code: 'EIO' });
    expect(await readFile(keyPath(), 'utf8')).toBe(before);
  });

  it('leaves no key file behind when the first save fails', async () => {
    const disk = new FaultFileSystem();
    disk.failWhen((call) => call.op === 'sync' && call.path.includes(`${KEY_FILE}.`), 'EIO');
    await expect(openInstallKey({ dataDir, fs: disk, now })).rejects.toMatchObject({ code: 'EIO' });
    expect((await readdir(join(dataDir, KEY_DIR))).length).toBe(0);
  });
});
