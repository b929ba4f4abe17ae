/** The contract's evidence-file methods (`attachment.*`), kept beside contract.ts which lists them in Handlers. */
import type { AttachmentMediaType } from '../attachments/attachment';

export interface AddAttachmentInput {
  readonly refundId: string;
  readonly actor: string;
  /** The original file name: display text only, sanitised before it is stored. */
  readonly name: string;
  /** The whole file. Survives structured cloning, so it crosses IPC as bytes, not as base64 text. */
  readonly bytes: Uint8Array;
}

export interface ReadAttachmentInput {
  readonly refundId: string;
  readonly sha256: string;
}

export interface AttachmentContent {
  readonly mediaType: AttachmentMediaType;
  readonly bytes: Uint8Array;
}
