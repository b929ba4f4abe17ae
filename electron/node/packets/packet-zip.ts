/**
 * The verification zip: the files, `manifest.json`, `SHA256SUMS` over every other file, its raw Ed25519
 * signature `SHA256SUMS.sig`, the install's `public-key.pem` and `VERIFY.txt` (RELIABILITY §5).
 * Deterministic: entries sorted, every timestamp the packet's `asOf`, compression level fixed, so an unchanged
 * case gives a byte-identical zip. Every name passes isSafeZipPath (no `..`, no absolute paths).
 */
import { createHash } from 'node:crypto';
import { zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import type { PacketManifest } from '../../common/packets/manifest';
import { buildManifest, manifestText } from '../../common/packets/manifest';
import type { ManifestInput } from '../../common/packets/manifest';
import { formatSha256Sums } from '../../common/packets/sha256sums';
import type { HashedFile } from '../../common/packets/sha256sums';
import { isSafeZipPath } from '../../common/packets/zip-names';

export interface PacketFile {
  readonly path: string;
  readonly bytes: Uint8Array;
}

export interface PacketSigner {
  readonly fingerprint: string;
  readonly publicKeyPem: string;
  sign(bytes: Uint8Array): Uint8Array;
}

export interface PacketZip {
  readonly zip: Uint8Array;
  readonly manifest: PacketManifest;
  readonly sha256sums: string;
  /** SHA-256 of the SHA256SUMS bytes: recorded on the case's packet_exported event. */
  readonly manifestSha256: string;
}

export const SUMS_FILE = 'SHA256SUMS';
export const SIG_FILE = 'SHA256SUMS.sig';
export const MANIFEST_FILE = 'manifest.json';
export const PUBLIC_KEY_FILE = 'public-key.pem';

/** zip's DOS timestamps start in 1980; a clock that says otherwise must not make fflate throw. */
const EARLIEST_ZIP_TIME = new Date(1980, 0, 2).getTime();

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function hashed(file: PacketFile): HashedFile {
  return { path: file.path, size: file.bytes.length, sha256: sha256Hex(file.bytes) };
}

export function buildPacketZip(
  files: readonly PacketFile[],
  manifestInput: Omit<ManifestInput, 'files' | 'keyFingerprint'>,
  signer: PacketSigner,
): PacketZip {
  const encoder = new TextEncoder();
  const withKey: PacketFile[] = [...files, { path: PUBLIC_KEY_FILE, bytes: encoder.encode(signer.publicKeyPem.endsWith('\n') ? signer.publicKeyPem : `${signer.publicKeyPem}\n`) }];
  // Each file hashed once: the manifest and SHA256SUMS list the same files (tens of MB in a packet of photos).
  const hashes = withKey.map(hashed);
  const manifest = buildManifest({ ...manifestInput, files: hashes, keyFingerprint: signer.fingerprint });
  const manifestFile: PacketFile = { path: MANIFEST_FILE, bytes: encoder.encode(manifestText(manifest)) };
  const covered: PacketFile[] = [...withKey, manifestFile];
  const sha256sums = formatSha256Sums([...hashes, hashed(manifestFile)]);
  const sumsBytes = encoder.encode(sha256sums);
  const all: PacketFile[] = [...covered, { path: SUMS_FILE, bytes: sumsBytes }, { path: SIG_FILE, bytes: signer.sign(sumsBytes) }];

  const paths = new Set<string>();
  for (const file of all) {
    if (!isSafeZipPath(file.path) || paths.has(file.path)) throw new TypeError(`Unsafe or repeated zip entry: ${file.path}`);
    paths.add(file.path);
  }
  const mtime = Math.max(Date.parse(manifestInput.asOf) || EARLIEST_ZIP_TIME, EARLIEST_ZIP_TIME);
  const entries: Zippable = {};
  for (const file of [...all].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    // PDFs, JPEGs and PNGs are compressed already: storing them saves time and changes nothing in size.
    const level = /\.(?:pdf|jpe?g|png|webp|heic|heif)$/iu.test(file.path) ? 0 : 6;
    entries[file.path] = [file.bytes, { level, mtime }];
  }
  return { zip: zipSync(entries), manifest, sha256sums, manifestSha256: sha256Hex(sumsBytes) };
}
