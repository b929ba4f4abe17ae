/** The stored shape of an `attachment_added` event's `attachment` (ledger-schema.ts), mirrored on AttachmentRef. */
import { z } from 'zod';
import { ATTACHMENT_MEDIA_TYPES } from '../../common/attachments/attachment';
import type { AttachmentRef } from '../../common/attachments/attachment';

export const attachmentRefSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  mediaType: z.enum(ATTACHMENT_MEDIA_TYPES),
  size: z.int().min(0),
  name: z.string(),
});

// Compile-time: the schema and the interface have the same keys and compatible types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const mirrors: Same<z.output<typeof attachmentRefSchema>, { -readonly [K in keyof AttachmentRef]: AttachmentRef[K] }> = true;
void mirrors;
