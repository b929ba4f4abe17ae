/** Argument shapes of `attachment.*` (contract-attachments.ts), used by ARG_SCHEMAS in schemas.ts. */
import { z } from 'zod';
import { MAX_ATTACHMENT_BYTES } from '../attachments/attachment';

// Far above any real file name (255 bytes on most file systems); the display name is cut to 120 later.
const MAX_RAW_NAME = 4096;
const id = z.string().min(1).max(100);

// The renderer checks the size first and says "too large" itself; this cap is the hard limit for anything else.
export const fileBytesSchema = z
  .instanceof(Uint8Array)
  .refine((bytes) => bytes.length <= MAX_ATTACHMENT_BYTES, { message: `At most ${MAX_ATTACHMENT_BYTES} bytes` });

export const addAttachmentArgSchema = z.strictObject({
  refundId: id,
  actor: z.string().max(100),
  name: z.string().max(MAX_RAW_NAME),
  bytes: fileBytesSchema,
});

export const readAttachmentArgSchema = z.strictObject({
  refundId: id,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
