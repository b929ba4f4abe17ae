/**
 * Writes the readable export into the folder the owner chose. It is built under a hidden `.…-partial` name and
 * renamed at the end, so a folder named `RefundDesk-export-…` is always complete (an unplugged USB drive leaves
 * only the partial one, which says what it is).
 */
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { attachmentFileName, exportFolderName, portableAttachments, portableJsonFiles, README_TEXT, sha256Sums } from '../../common/portable/portable-export';
import type { PortableRecords } from '../../common/portable/portable-export';
import { ensureDurableDir, renameWithRetry, syncDir, writeNewFileDurably } from '../storage/atomic-write';
import type { FileSystem } from '../storage/fs-port';
import { yieldToEventLoop } from '../integrity/attachment-scan';

export interface ExportFolderInput {
  readonly fs: FileSystem;
  /** The folder the owner picked; the export goes into a new folder inside it. */
  readonly parent: string;
  readonly at: Date;
  readonly records: PortableRecords;
  /** The attachment store's read: re-hashes, so a damaged file stops the export instead of being copied. */
  readonly readAttachment: (sha256: string) => Promise<Uint8Array>;
}

export interface ExportFolderResult {
  readonly folder: string;
  readonly attachments: number;
}

const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function freeName(fs: FileSystem, parent: string, at: Date): Promise<string> {
  const taken = new Set(await fs.readdir(parent));
  for (let shift = 0; ; shift += 1) {
    const name = exportFolderName(new Date(at.getTime() + shift * 1000));
    if (!taken.has(name) && !taken.has(`.${name}.partial`)) return name;
  }
}

export async function writeExportFolder(input: ExportFolderInput): Promise<ExportFolderResult> {
  const { fs, parent } = input;
  const name = await freeName(fs, parent, input.at);
  const partial = join(parent, `.${name}.partial`);
  const hashes = new Map<string, string>();
  const write = async (relative: string, bytes: Uint8Array) => {
    const target = join(partial, ...relative.split('/'));
    await ensureDurableDir(fs, dirname(target));
    await writeNewFileDurably(fs, target, bytes);
    if (relative !== 'SHA256SUMS') hashes.set(relative, sha256Hex(bytes));
  };
  const text = (value: string) => new TextEncoder().encode(value);
  const attachments = portableAttachments(input.records);
  try {
    await write('README.txt', text(README_TEXT));
    for (const [file, json] of portableJsonFiles(input.records)) await write(file, text(json));
    for (const [sha256, mediaType] of attachments) {
      await write(attachmentFileName(sha256, mediaType), await input.readAttachment(sha256));
      await yieldToEventLoop();
    }
    await write('SHA256SUMS', text(sha256Sums(hashes)));
  } catch (error) {
    // A failed export leaves nothing that could be mistaken for one (the error itself reaches the owner).
    await fs.rm(partial, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
  const folder = join(parent, name);
  await renameWithRetry(fs, partial, folder);
  await syncDir(fs, parent);
  return { folder, attachments: attachments.size };
}
