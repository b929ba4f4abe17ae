/**
 * Names of files inside a packet zip (RELIABILITY §4, zip-slip): one folder level at most, no `..`, no absolute
 * or drive paths, no backslashes, no control or bidi characters, nothing `sha256sum` would escape. Originals are
 * `originals/<sha256>.<ext>`: ASCII only, because zip tools disagree about non-ASCII names (Windows' built-in zip
 * reads them as the local code page, Info-ZIP as CP437 without the UTF-8 flag) and a garbled name fails
 * `sha256sum -c`. The hash ties the file to its `attachment_added` event, which carries the display name.
 */
import type { AttachmentMediaType } from '../attachments/attachment';
import { isSha256Hex } from '../attachments/attachment';

const EXTENSIONS: { readonly [T in AttachmentMediaType]: string } = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'image/heif': 'heif',
  'application/pdf': 'pdf',
};

export function originalPath(sha256: string, mediaType: AttachmentMediaType): string {
  if (!isSha256Hex(sha256)) throw new TypeError('originalPath: not a SHA-256');
  return `originals/${sha256}.${EXTENSIONS[mediaType]}`;
}

/** The last line of defence before a name goes into the zip. */
export function isSafeZipPath(path: string): boolean {
  if (path === '' || path.startsWith('/') || /^[A-Za-z]:/u.test(path)) return false;
  if (/[\\\u0000-\u001F\u007F\u202A-\u202E\u2066-\u2069]/u.test(path)) return false;
  return path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}
