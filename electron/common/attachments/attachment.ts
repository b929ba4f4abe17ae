/**
 * Evidence files on a refund: photos of slips, chat screenshots, PDFs. The bytes live in a content-addressed
 * store (ports.ts) under their SHA-256; the refund's hash chain records which file, so the chain covers the
 * evidence too (an `attachment_added` event). The original file name is display text only, never a path.
 */
import type { RefundEvent } from '../domain/types';

/** The only types accepted, decided from the bytes (sniff.ts), never from the name or the browser's guess. */
export const ATTACHMENT_MEDIA_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'image/heif',
  'application/pdf',
] as const;
export type AttachmentMediaType = (typeof ATTACHMENT_MEDIA_TYPES)[number];

/**
 * 20 MB: a phone photo is 2–6 MB and a bank PDF well under that. Every file crosses IPC whole and is held in
 * memory once on each side, so the cap also bounds memory. The i18n texts `errors.file_too_large` and
 * `attachments.hint` name this figure: change them with it.
 */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** Display names are capped (in code points) so a 10,000-character name cannot break a layout or a receipt. */
export const MAX_ATTACHMENT_NAME_CHARS = 120;

/** What an `attachment_added` event records, and what the hash chain covers. */
export interface AttachmentRef {
  /** Lowercase hex SHA-256 of the bytes: the file's identity and its name in the store. */
  readonly sha256: string;
  readonly mediaType: AttachmentMediaType;
  readonly size: number;
  /** Sanitised original name (display-name.ts), for people only. */
  readonly name: string;
}

/** One evidence file as the detail screen shows it: the event's record plus who added it and when. */
export interface Attachment extends AttachmentRef {
  /** ISO instant of the event. */
  readonly addedAt: string;
  readonly addedBy: string;
}

/**
 * The refund's evidence files, oldest first, rebuilt from its events. Derived rather than stored on the refund:
 * the events are already hash-chained and saved, so a second copy could only disagree with them.
 */
export function attachmentsOf(events: readonly RefundEvent[]): Attachment[] {
  const out: Attachment[] = [];
  for (const event of events) {
    if (event.kind !== 'attachment_added' || event.attachment === undefined) continue;
    out.push({ ...event.attachment, addedAt: event.at, addedBy: event.actor });
  }
  return out;
}

export function isImage(mediaType: AttachmentMediaType): boolean {
  return mediaType !== 'application/pdf';
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** A store key must be exactly 64 lowercase hex digits: nothing else can become part of a path. */
export function isSha256Hex(value: string): boolean {
  return SHA256_HEX.test(value);
}
