import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../../electron/common/attachments/attachment';
import { checkAttachmentBytes, sniffMediaType } from '../../../electron/common/attachments/sniff';
import { DomainError } from '../../../electron/common/domain/errors';
import {
  AVIF_HEAD,
  BLUE_PNG,
  EXE,
  HEIC_HEAD,
  HEIF_HEAD,
  HTML,
  JPEG_HEAD,
  MP4_HEAD,
  PDF_AFTER_JUNK,
  PDF_HEAD,
  RED_PNG,
  SVG,
  WEBP_HEAD,
  randomLookingBytes,
} from '../../fixtures/evidence-files';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof DomainError ? error.code : 'not a DomainError';
  }
}

describe('file type from magic bytes', () => {
  it.each([
    ['JPEG', JPEG_HEAD, 'image/jpeg'],
    ['PNG', RED_PNG, 'image/png'],
    ['another PNG', BLUE_PNG, 'image/png'],
    ['WebP', WEBP_HEAD, 'image/webp'],
    ['HEIC (iPhone)', HEIC_HEAD, 'image/heic'],
    ['HEIF (mif1)', HEIF_HEAD, 'image/heif'],
    ['PDF', PDF_HEAD, 'application/pdf'],
  ])('accepts %s', (_label, bytes, expected) => {
    expect(sniffMediaType(bytes)).toBe(expected);
    expect(checkAttachmentBytes(bytes)).toBe(expected);
  });

  it.each([
    ['SVG (script inside)', SVG],
    ['HTML', HTML],
    ['a PDF header after junk (polyglot)', PDF_AFTER_JUNK],
    ['a Windows executable', EXE],
    ['AVIF (declares mif1 too)', AVIF_HEAD],
    ['MP4 video', MP4_HEAD],
    ['random bytes', randomLookingBytes(4096)],
    ['a truncated PNG signature', RED_PNG.slice(0, 5)],
  ])('refuses %s', (_label, bytes) => {
    expect(sniffMediaType(bytes)).toBeUndefined();
    expect(codeOf(() => checkAttachmentBytes(bytes))).toBe('file_type_refused');
  });

  it('never looks at a name: an SVG called receipt.png is still SVG', () => {
    // checkAttachmentBytes takes no name at all; the ledger test sends the name "receipt.png" end to end.
    expect(checkAttachmentBytes.length).toBe(1);
    expect(codeOf(() => checkAttachmentBytes(SVG))).toBe('file_type_refused');
  });

  it('refuses an empty file before anything else', () => {
    expect(codeOf(() => checkAttachmentBytes(new Uint8Array(0)))).toBe('file_empty');
  });

  it('refuses a file one byte over the cap, and accepts one exactly at it', () => {
    const atCap = new Uint8Array(MAX_ATTACHMENT_BYTES);
    atCap.set(PDF_HEAD);
    expect(checkAttachmentBytes(atCap)).toBe('application/pdf');
    const over = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    over.set(PDF_HEAD);
    expect(codeOf(() => checkAttachmentBytes(over))).toBe('file_too_large');
  });
});
