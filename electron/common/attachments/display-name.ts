/**
 * The original file name, made safe to show (RELIABILITY §4 "Files"). It is display text only — the store
 * names files by hash — but it still reaches the screen, receipts and packets, so: no folders (`../`, `C:\`),
 * no bidi overrides (`invoice\u202Efdp.exe` shows as `invoiceexe.pdf`), no control characters, no full card
 * number, bounded length. Chinese and other scripts are kept as they are.
 */
import { passesLuhn } from '../domain/card-number';
import type { AttachmentMediaType } from './attachment';
import { MAX_ATTACHMENT_NAME_CHARS } from './attachment';

// Bidi embeddings/overrides/isolates (U+202A–U+202E, U+2066–U+2069) and the invisible marks that do the same
// job more quietly (LRM, RLM, ALM), zero-width characters and the BOM.
const BIDI_AND_INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200B-\u200F\u061C\uFEFF]/gu;
// C0, DEL and C1 controls, plus line and paragraph separators: a name is one line.
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/gu;
// Same shape as card-number.ts: 13–19 digits with single spaces or dashes between them.
const CARD_CANDIDATE = /(?<!\d[ \-]?)\d(?:[ \-]?\d){12,18}(?![ \-]?\d)/gu;
const MAX_EXTENSION_CHARS = 10;

const FALLBACK_EXTENSION: { readonly [T in AttachmentMediaType]: string } = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'image/heif': 'heif',
  'application/pdf': 'pdf',
};

function lastPathPart(name: string): string {
  const parts = name.split(/[/\\]/u);
  return parts.at(-1) ?? '';
}

/** A screenshot named by a 13-digit millisecond timestamp can pass Luhn by chance: mask rather than refuse. */
function maskCardNumbers(name: string): string {
  return name.replace(CARD_CANDIDATE, (run) => {
    const digits = run.replace(/[ \-]/gu, '');
    return passesLuhn(digits) ? `****${digits.slice(-4)}` : run;
  });
}

/** Cuts by code point (never splitting a surrogate pair) and keeps a short extension visible. */
function capLength(name: string): string {
  const chars = [...name];
  if (chars.length <= MAX_ATTACHMENT_NAME_CHARS) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? [...name.slice(dot)] : [];
  const keep = extension.length > 0 && extension.length <= MAX_EXTENSION_CHARS + 1 ? extension : [];
  const stem = chars.slice(0, MAX_ATTACHMENT_NAME_CHARS - keep.length - 1);
  return `${stem.join('')}…${keep.join('')}`;
}

/**
 * A name safe to display. An empty result (a name made only of `..`, slashes or invisible characters, or a
 * pasted image without one) becomes `证据.<ext>` from the sniffed type — the ledger never stores an empty name.
 */
export function sanitiseDisplayName(raw: string, mediaType: AttachmentMediaType): string {
  const cleaned = lastPathPart(
    raw.normalize('NFC').replace(BIDI_AND_INVISIBLE, '').replace(CONTROLS, ''),
  )
    .normalize('NFC')
    .trim()
    // A leading dot would make a hidden file if a packet ever uses the name; `..` alone means nothing.
    .replace(/^\.+/u, '')
    .trim();
  const name = capLength(maskCardNumbers(cleaned));
  return name === '' ? `证据.${FALLBACK_EXTENSION[mediaType]}` : name;
}
