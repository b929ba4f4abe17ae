/**
 * `manifest.json`: what the packet is (case, language, redaction and what it masked), which files it holds
 * (size and SHA-256 each), which key signed it, and the chain heads it shows. It is itself listed in SHA256SUMS.
 *
 * Determinism: no wall-clock time is written here. `asOf` is the time of the newest event the packet shows, so
 * the same case exported twice gives the same manifest, the same SHA256SUMS and the same signature (Ed25519 is
 * deterministic); a changed case gives a new `asOf` or new event lines, hence different sums. When each export
 * happened is recorded as a `packet_exported` event on the case, not in the packet.
 */
import type { CaseKind, CaseStatus } from '../cases/case';
import type { PacketLanguage, RedactionEntry } from './packet-data';
import type { HashedFile } from './sha256sums';
import type { RemovedMetadata, WithheldReason } from './image-metadata';
import { byPath } from './sha256sums';

/**
 * One attached file in a redacted packet: the SHA-256 the chain's `attachment_added` event holds, the SHA-256 of
 * the copy in `originals/` (different when metadata was removed) and what was removed; or why it was withheld.
 */
export interface ExportedAttachment {
  readonly originalSha256: string;
  readonly mediaType: string;
  /** Absent when withheld. */
  readonly path?: string;
  readonly exportedSha256?: string;
  readonly removed: readonly RemovedMetadata[];
  readonly withheld?: { readonly reason: WithheldReason; readonly note: string };
}

export const PACKET_FORMAT = 'refunddesk-packet/1';

export interface PacketManifest {
  readonly format: typeof PACKET_FORMAT;
  readonly case: { readonly number: string; readonly kind: CaseKind; readonly status: CaseStatus };
  readonly asOf: string;
  readonly language: PacketLanguage;
  readonly redacted: boolean;
  readonly redactions: readonly RedactionEntry[];
  /** Said out loud so nobody assumes otherwise. */
  readonly notRedacted: readonly string[];
  readonly files: readonly HashedFile[];
  /** Redacted packets only: per attached file, original and exported hashes and the metadata removed. */
  readonly attachments?: readonly ExportedAttachment[];
  readonly signature: { readonly algorithm: 'Ed25519'; readonly keyFingerprint: string; readonly signs: 'SHA256SUMS'; readonly publicKey: 'public-key.pem' };
  readonly chains: {
    readonly formula: string;
    readonly case: { readonly file: 'events.jsonl'; readonly head: string; readonly events: number };
    readonly refunds: readonly { readonly number: string; readonly head: string; readonly events: number }[];
  };
}

export interface ManifestInput {
  readonly caseNumber: string;
  readonly kind: CaseKind;
  readonly status: CaseStatus;
  readonly asOf: string;
  readonly language: PacketLanguage;
  readonly redacted: boolean;
  readonly redactions: readonly RedactionEntry[];
  readonly files: readonly HashedFile[];
  /** Used when redacted. */
  readonly attachments?: readonly ExportedAttachment[];
  readonly keyFingerprint: string;
  readonly caseHead: string;
  readonly caseEvents: number;
  readonly refundHeads: readonly { readonly number: string; readonly head: string; readonly events: number }[];
}

export const CHAIN_FORMULA = 'hash = SHA-256(canonicalJson(event without hash, redacted, refund) + prevHash); canonicalJson: keys sorted, no spaces';

export function buildManifest(input: ManifestInput): PacketManifest {
  return {
    format: PACKET_FORMAT,
    case: { number: input.caseNumber, kind: input.kind, status: input.status },
    asOf: input.asOf,
    language: input.language,
    redacted: input.redacted,
    redactions: input.redacted ? input.redactions : [],
    notRedacted: [
      'shop name, address and phone (the sender)',
      'counterparty (an institution) and operators (the shop staff who acted)',
      'payment identifiers (the card only ever as its last 4 digits)',
      input.redacted
        ? 'originals/: the content of the attached files; photos without their metadata (see attachments: the chain holds the originals\' hashes)'
        : 'originals/: the attached files as they were attached (their content is not changed; their hashes are in the chain)',
    ],
    files: [...input.files].sort(byPath),
    ...(input.redacted ? { attachments: [...(input.attachments ?? [])].sort((a, b) => (a.originalSha256 < b.originalSha256 ? -1 : a.originalSha256 > b.originalSha256 ? 1 : 0)) } : {}),
    signature: { algorithm: 'Ed25519', keyFingerprint: input.keyFingerprint, signs: 'SHA256SUMS', publicKey: 'public-key.pem' },
    chains: {
      formula: CHAIN_FORMULA,
      case: { file: 'events.jsonl', head: input.caseHead, events: input.caseEvents },
      refunds: input.refundHeads,
    },
  };
}

/** Fixed key order (the object literal above) and a final newline: equal manifests are equal bytes. */
export function manifestText(manifest: PacketManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
