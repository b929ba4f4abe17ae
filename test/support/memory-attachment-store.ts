/**
 * The in-memory twin of AttachmentStore: same contract as the disk adapter (content-addressed, verified on
 * read), with a switch to make the next put fail like a full disk and a way to damage a stored file.
 */
import { createHash } from 'node:crypto';
import { DomainError } from '../../electron/common/domain/errors';
import type { AttachmentStore, StoredAttachment } from '../../electron/common/attachments/ports';

export class MemoryAttachmentStore implements AttachmentStore {
  readonly files = new Map<string, Uint8Array>();
  private nextFailure: DomainError | undefined;

  failNextPut(error = new DomainError('disk_full', 'Disk full (injected)')): void {
    this.nextFailure = error;
  }

  put(bytes: Uint8Array): Promise<StoredAttachment> {
    const failure = this.nextFailure;
    if (failure !== undefined) {
      this.nextFailure = undefined;
      return Promise.reject(failure);
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (!this.files.has(sha256)) this.files.set(sha256, Uint8Array.from(bytes));
    return Promise.resolve({ sha256, size: bytes.length });
  }

  read(sha256: string): Promise<Uint8Array> {
    const bytes = this.files.get(sha256);
    if (bytes === undefined) return Promise.reject(new DomainError('attachment_missing', `No file ${sha256}`));
    if (createHash('sha256').update(bytes).digest('hex') !== sha256) {
      return Promise.reject(new DomainError('attachment_corrupt', `File ${sha256} does not match its hash`));
    }
    return Promise.resolve(Uint8Array.from(bytes));
  }
}
