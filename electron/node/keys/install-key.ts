/**
 * The install's Ed25519 key pair (RELIABILITY §5): its fingerprint is printed on every receipt, and Step 5 signs
 * case packets with it, so paper the shop does not control names the key that vouches for the files.
 *
 * Created on first open in `<dataDir>/keys/install-ed25519.json` (0600, temp → fsync → rename → fsync folder),
 * loaded afterwards. A damaged file is NOT silently replaced: it is moved to quarantine/ (the private key may still
 * be recoverable by hand, and earlier packets stay checkable with the public key kept there and the fingerprint on
 * paper), a new key is made, and a RecoveryNotice tells the owner the fingerprint changed. Refusing to start instead
 * would lock the shop out of its whole ledger over a file that only anchors signatures. A file that cannot be READ
 * (EIO, EACCES) is not damaged — it may be fine tomorrow — so that error propagates and nothing is replaced.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { join } from 'node:path';
import type { RecoveryNotice } from '../../common/ports';
import { ensureDurableDir, renameWithRetry, syncDir, sweepTemps, tempNameFor, writeNewFileDurably } from '../storage/atomic-write';
import { bestEffort, isMissing } from '../storage/fs-errors';
import type { FileSystem } from '../storage/fs-port';
import { quarantineFile } from '../storage/quarantine';

export const KEY_DIR = 'keys';
export const KEY_FILE = 'install-ed25519.json';
const FORMAT = 'refunddesk-install-key/1';

interface KeyFile {
  readonly format: typeof FORMAT;
  readonly algorithm: 'ed25519';
  /** PKCS#8 PEM. */
  readonly privateKey: string;
  /** SPKI PEM: kept beside the private key so a damaged half is detected (they must match). */
  readonly publicKey: string;
  readonly createdAt: string;
}

export interface InstallKey {
  /** SHA-256 of the SPKI DER, first 16 bytes, upper-case hex in groups of 4: `3F2A 9C01 …` (8 groups). */
  readonly fingerprint: string;
  readonly publicKeyPem: string;
  readonly createdAt: string;
  sign(bytes: Uint8Array): Uint8Array;
  verify(bytes: Uint8Array, signature: Uint8Array): boolean;
  /** A damaged key file that was quarantined and replaced at this open. */
  recoveries(): readonly RecoveryNotice[];
}

export interface InstallKeyOptions {
  readonly dataDir: string;
  readonly fs: FileSystem;
  readonly now: () => Date;
}

export function fingerprintOf(publicKey: KeyObject): string {
  const digest = createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest();
  const hex = digest.subarray(0, 16).toString('hex').toUpperCase();
  return hex.match(/.{4}/g)?.join(' ') ?? hex;
}

export async function openInstallKey(options: InstallKeyOptions): Promise<InstallKey> {
  const dir = join(options.dataDir, KEY_DIR);
  const file = join(dir, KEY_FILE);
  await ensureDurableDir(options.fs, dir);
  await sweepTemps(options.fs, dir, KEY_FILE);

  let text: string | undefined;
  try {
    text = (await options.fs.readFile(file)).toString('utf8');
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
  if (text !== undefined) {
    const parsed = parseKeyFile(text);
    if (parsed.ok) return installKeyOf(parsed.key, parsed.file, []);
    const quarantinedAs = await quarantineFile(options.fs, { dataDir: options.dataDir, relativePath: `${KEY_DIR}/${KEY_FILE}`, file, at: options.now() });
    const created = await createKeyFile(options.fs, dir, file, options.now());
    const notice: RecoveryNotice = { file: `${KEY_DIR}/${KEY_FILE}`, problem: parsed.problem, quarantinedAs, dataMayBeMissing: false };
    return installKeyOf(created.key, created.file, [notice]);
  }
  const created = await createKeyFile(options.fs, dir, file, options.now());
  return installKeyOf(created.key, created.file, []);
}

function installKeyOf(privateKey: KeyObject, file: KeyFile, recoveries: readonly RecoveryNotice[]): InstallKey {
  const publicKey = createPublicKey(privateKey);
  return {
    fingerprint: fingerprintOf(publicKey),
    publicKeyPem: file.publicKey,
    createdAt: file.createdAt,
    // Ed25519 hashes internally: the algorithm argument must be null.
    sign: (bytes) => new Uint8Array(sign(null, bytes, privateKey)),
    verify: (bytes, signature) => verify(null, bytes, publicKey, signature),
    recoveries: () => recoveries,
  };
}

type Parsed = { readonly ok: true; readonly key: KeyObject; readonly file: KeyFile } | { readonly ok: false; readonly problem: RecoveryNotice['problem'] };

function parseKeyFile(text: string): Parsed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not_json' };
  }
  if (!isKeyFile(data)) return { ok: false, problem: 'schema' };
  try {
    const key = createPrivateKey({ key: data.privateKey, format: 'pem' });
    if (key.asymmetricKeyType !== 'ed25519') return { ok: false, problem: 'schema' };
    const derived = createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString();
    // A flipped byte in either half shows up here, like an envelope's checksum would.
    if (derived.trim() !== data.publicKey.trim()) return { ok: false, problem: 'checksum' };
    return { ok: true, key, file: data };
  } catch {
    return { ok: false, problem: 'checksum' };
  }
}

function isKeyFile(value: unknown): value is KeyFile {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    record['format'] === FORMAT &&
    record['algorithm'] === 'ed25519' &&
    typeof record['privateKey'] === 'string' &&
    typeof record['publicKey'] === 'string' &&
    typeof record['createdAt'] === 'string'
  );
}

async function createKeyFile(fs: FileSystem, dir: string, file: string, now: Date): Promise<{ key: KeyObject; file: KeyFile }> {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const content: KeyFile = {
    format: FORMAT,
    algorithm: 'ed25519',
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    createdAt: now.toISOString(),
  };
  const temp = join(dir, tempNameFor(KEY_FILE));
  try {
    // writeNewFileDurably creates the file 0600: a private key is for this account only.
    await writeNewFileDurably(fs, temp, new TextEncoder().encode(`${JSON.stringify(content, null, 2)}\n`));
    await renameWithRetry(fs, temp, file);
  } catch (error) {
    await bestEffort(() => fs.unlink(temp));
    throw error;
  }
  await syncDir(fs, dir);
  return { key: privateKey, file: content };
}
