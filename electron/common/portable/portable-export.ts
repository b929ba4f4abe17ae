/**
 * The readable export (导出到文件夹), pure: which files it has and what is in each. Meant for a person with a
 * text editor and for `sha256sum -c SHA256SUMS`, so everything is pretty-printed JSON or the original file,
 * named by its SHA-256 with the extension of its type. PIN hashes never leave the app (publicSettings).
 */
import { attachmentsOf } from '../attachments/attachment';
import type { AttachmentMediaType } from '../attachments/attachment';
import type { Case } from '../cases/case';
import type { Payment, Refund } from '../domain/types';
import type { PublicSettings } from '../ipc/contract';
import type { SettlementAccount, SettlementDay } from '../settlements/settlement';

export interface PortableExportResult {
  readonly cancelled?: true;
  /** The folder written, `<chosen>/RefundDesk-export-YYYYMMDD-HHmmss`. */
  readonly folder?: string;
  readonly refunds?: number;
  readonly attachments?: number;
}

export interface PortableRecords {
  readonly refunds: readonly { readonly refund: Refund; readonly payment: Payment | undefined }[];
  readonly settlementAccounts: readonly SettlementAccount[];
  readonly settlementDays: readonly SettlementDay[];
  readonly cases: readonly Case[];
  readonly settings: PublicSettings;
}

const EXTENSIONS: Record<AttachmentMediaType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'image/heif': 'heif',
  'application/pdf': 'pdf',
};

export const attachmentFileName = (sha256: string, mediaType: AttachmentMediaType): string => `attachments/${sha256}.${EXTENSIONS[mediaType]}`;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** Local time, as the owner reads the clock; seconds keep two exports in one minute apart. */
export function exportFolderName(at: Date): string {
  const date = `${pad(at.getFullYear(), 4)}${pad(at.getMonth() + 1)}${pad(at.getDate())}`;
  return `RefundDesk-export-${date}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
}

const pretty = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** The JSON files by name. Sorted inputs give the same bytes for the same records (a re-export diffs clean). */
export function portableJsonFiles(records: PortableRecords): Map<string, string> {
  return new Map([
    ['refunds.json', pretty(records.refunds.map(({ refund, payment }) => ({ refund, payment: payment ?? null })))],
    ['settlements.json', pretty({ accounts: records.settlementAccounts, days: records.settlementDays })],
    ['cases.json', pretty(records.cases)],
    ['settings.json', pretty(records.settings)],
  ]);
}

/** Every attachment the records refer to, once, with its type (for the extension). */
export function portableAttachments(records: PortableRecords): Map<string, AttachmentMediaType> {
  const found = new Map<string, AttachmentMediaType>();
  const add = (ref: { readonly sha256: string; readonly mediaType: AttachmentMediaType } | undefined) => {
    if (ref !== undefined && !found.has(ref.sha256)) found.set(ref.sha256, ref.mediaType);
  };
  // attachmentsOf: the refund's current files, as its detail lists them.
  for (const { refund } of records.refunds) for (const file of attachmentsOf(refund.events)) add(file);
  for (const kase of records.cases) for (const event of kase.events) add(event.attachment);
  return found;
}

/** `sha256sum` format: two spaces, forward slashes, sorted by name; checkable with `sha256sum -c`. */
export function sha256Sums(hashes: ReadonlyMap<string, string>): string {
  return [...hashes.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, hash]) => `${hash}  ${name}\n`)
    .join('');
}

export const README_TEXT = `退款台账 RefundDesk — 数据导出 / data export

这个文件夹是退款台账里全部记录的一份可阅读的副本。 This folder is a readable copy of every record in RefundDesk.

refunds.json      每笔退款，含它对应的收款和全部事件（哈希链）。 Every refund with its payment and its events (hash chain).
settlements.json  结算账户和每个结算日（含事件链）。 Settlement accounts and every settlement day (with its event chain).
cases.json        案件（调单、拒付、未到账等），含事件链。 Cases (retrievals, chargebacks, missing money), with their event chains.
settings.json     店铺设置；不含任何 PIN。 Shop settings; no PIN is included.
attachments/      证据原件，文件名是内容的 SHA-256。 Original evidence files, named by the SHA-256 of their content.
SHA256SUMS        以上每个文件的 SHA-256。 The SHA-256 of every file above.

检查文件是否完整 / to check the files:
  Linux:   sha256sum -c SHA256SUMS
  macOS:   shasum -a 256 -c SHA256SUMS
  Windows: certutil -hashfile <文件 file> SHA256  （逐个与 SHA256SUMS 比较 / compare with SHA256SUMS）
`;
