/**
 * "Import it back" (从导出的文件夹导入), pure: what the handler answers and why a folder is refused. The folder is
 * checked completely before anything changes; the import is then staged like a restore and applied at the next
 * start. An import never replaces who can sign in: this install's operators and PINs stay.
 */
export interface PortableImportResult {
  readonly cancelled?: true;
  /** The import is staged; the app restarts to apply it (like a restore). */
  readonly restartRequired?: true;
  /** The `before_import` backup taken first: the way back. */
  readonly safetyBackup?: string;
  readonly refunds?: number;
  readonly attachments?: number;
}

/** Why a folder is not imported; each has its own sentence in the owner's language. */
export const IMPORT_INVALID_REASONS = [
  'not_an_export',
  'unsafe_name',
  'unlisted_file',
  'missing_file',
  'hash_mismatch',
  'too_large',
  'bad_record',
  'history_broken',
  'attachment_missing',
] as const;
export type ImportInvalidReason = (typeof IMPORT_INVALID_REASONS)[number];

/** The limits of an export folder we are willing to read (an attachment is at most 20 MB). */
export const IMPORT_LIMITS = {
  maxFiles: 10_000,
  maxFileBytes: 256 * 1024 * 1024,
  maxTotalBytes: 2 * 1024 * 1024 * 1024,
} as const;

const SUM_LINE = /^([0-9a-f]{64}) {2}(.+)$/u;
const JSON_NAMES = new Set(['refunds.json', 'settlements.json', 'cases.json', 'settings.json', 'README.txt']);
const ATTACHMENT_NAME = /^attachments\/([0-9a-f]{64})\.(jpg|png|webp|heic|heif|pdf)$/u;

/** A name SHA256SUMS may list: one of the export's own files, never `..`, absolute or with a backslash. */
export function isExportFileName(name: string): boolean {
  if (name.includes('\\') || name.startsWith('/') || name.split('/').some((part) => part === '..' || part === '.' || part === '')) return false;
  return JSON_NAMES.has(name) || ATTACHMENT_NAME.test(name);
}

/** The hash in an attachment's name, or undefined. */
export function attachmentHashOfName(name: string): string | undefined {
  return ATTACHMENT_NAME.exec(name)?.[1];
}

export type ParsedSums = { readonly ok: true; readonly hashes: ReadonlyMap<string, string> } | { readonly ok: false; readonly reason: ImportInvalidReason; readonly detail: string };

/** `sha256sum` format as the export writes it; any unsafe or unknown name refuses the whole list. */
export function parseSha256Sums(text: string): ParsedSums {
  const hashes = new Map<string, string>();
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (const line of lines) {
    const match = SUM_LINE.exec(line);
    if (match === null) return { ok: false, reason: 'not_an_export', detail: 'SHA256SUMS has a line that is not "<sha256>  <name>"' };
    const [, hash = '', name = ''] = match;
    if (!isExportFileName(name)) return { ok: false, reason: 'unsafe_name', detail: `SHA256SUMS names ${JSON.stringify(name)}` };
    if (hashes.has(name)) return { ok: false, reason: 'not_an_export', detail: `SHA256SUMS lists ${name} twice` };
    hashes.set(name, hash);
  }
  return { ok: true, hashes };
}
