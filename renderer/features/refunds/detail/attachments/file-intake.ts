/**
 * Files as the renderer receives them (file picker, drop, paste) turned into what `attachment.add` takes.
 * The size is checked here before a byte is read, so a 2 GB video dropped by mistake is refused at once
 * instead of being read into memory and sent over IPC; the app re-checks everything on its side.
 */
import { MAX_ATTACHMENT_BYTES } from '../../../../../electron/common/attachments/attachment';
import type { WireError } from '../../../../../electron/common/domain/errors';

export interface PickedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export type Intake = { readonly ok: true; readonly file: PickedFile } | { readonly ok: false; readonly name: string; readonly error: WireError };

/** The accept list for the file picker: a convenience only, the app decides by the bytes. */
export const FILE_ACCEPT = '.jpg,.jpeg,.png,.webp,.heic,.heif,.pdf,image/jpeg,image/png,image/webp,image/heic,image/heif,application/pdf';

export async function readPicked(file: File, fallbackName: string): Promise<Intake> {
  const name = file.name === '' ? fallbackName : file.name;
  if (file.size === 0) return { ok: false, name, error: { code: 'file_empty', message: 'Empty file' } };
  if (file.size > MAX_ATTACHMENT_BYTES) {
    return { ok: false, name, error: { code: 'file_too_large', message: 'File too large', params: { max: MAX_ATTACHMENT_BYTES } } };
  }
  return { ok: true, file: { name, bytes: new Uint8Array(await file.arrayBuffer()) } };
}

/** The files of a drop or paste (a copied screenshot arrives as a File item; copied text has none). */
export function filesOf(data: DataTransfer | null): File[] {
  if (data === null) return [];
  if (data.files.length > 0) return [...data.files];
  const files: File[] = [];
  for (const item of data.items) {
    if (item.kind !== 'file') continue;
    const file = item.getAsFile();
    if (file !== null) files.push(file);
  }
  return files;
}

export function carriesFiles(data: DataTransfer | null): boolean {
  return data !== null && [...data.types].includes('Files');
}
