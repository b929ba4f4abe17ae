/**
 * The port for evidence files. The Node adapter is electron/node/attachments/fs-attachment-store.ts; the
 * in-memory twin for tests is test/support/memory-attachment-store.ts.
 */

export interface StoredAttachment {
  /** Lowercase hex SHA-256 of the bytes. */
  readonly sha256: string;
  readonly size: number;
}

export interface AttachmentStore {
  /**
   * Stores the bytes under their SHA-256 and resolves only once they are durable (file and folder fsynced),
   * so a record saved afterwards never points at a file a power cut could take away (RELIABILITY §1.8).
   * The same bytes stored twice are kept once. Rejects with 'disk_full' or 'save_failed' and leaves no
   * partial file behind.
   */
  put(bytes: Uint8Array): Promise<StoredAttachment>;
  /**
   * The bytes, checked against their hash on every read. Rejects with 'attachment_corrupt' when they no
   * longer match (a flipped byte on disk) and 'attachment_missing' when the file is gone.
   */
  read(sha256: string): Promise<Uint8Array>;
}
