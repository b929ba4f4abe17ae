/**
 * "Delete this customer's data": which refunds belong to the customer. The same two ways the list search finds
 * a customer (refund-list.ts): the tail of their phone (at least MIN_PHONE_TAIL digits) or their exact name.
 * Exact, not "contains": erasing is irreversible, so 张 must not match 张三 and 张伟.
 */
import { MIN_PHONE_TAIL } from '../ledger/refund-list';
import type { Refund } from '../domain/types';
import { erasedAttachmentHashes } from './erasure';

export function matchesCustomer(refund: Refund, query: string): boolean {
  const text = query.trim();
  if (text === '') return false;
  const digits = text.replace(/[\s\-+]/gu, '');
  if (/^\d+$/u.test(digits) && digits.length >= MIN_PHONE_TAIL) {
    const phone = (refund.customerPhone ?? '').replace(/\D/gu, '');
    if (phone !== '' && phone.endsWith(digits)) return true;
  }
  return (refund.customerName ?? '').trim() === text;
}

export interface ErasurePlan {
  readonly refunds: readonly Refund[];
  /** Files on those refunds not yet erased, by hash: each gets an `attachment_erased` event. */
  readonly attachments: readonly string[];
  /** Of those, the files whose bytes another record (another refund, a case) still uses: they stay on disk. */
  readonly shared: readonly string[];
}

/**
 * Plans the erasure. `otherReferences` are the hashes used by records outside the plan (cases' evidence);
 * refunds outside the plan are checked here. A file is deleted only when nothing else points at its bytes.
 */
export function planCustomerErasure(all: readonly Refund[], query: string, otherReferences: ReadonlySet<string>): ErasurePlan {
  const refunds = all.filter((refund) => matchesCustomer(refund, query));
  const ids = new Set(refunds.map((refund) => refund.id));
  const used = new Set(otherReferences);
  for (const refund of all) {
    if (ids.has(refund.id)) continue;
    const erased = erasedAttachmentHashes(refund);
    for (const sha of attachmentHashes(refund)) if (!erased.has(sha)) used.add(sha);
  }
  const attachments = new Set<string>();
  for (const refund of refunds) {
    const erased = erasedAttachmentHashes(refund);
    for (const sha of attachmentHashes(refund)) if (!erased.has(sha)) attachments.add(sha);
  }
  const list = [...attachments];
  return { refunds, attachments: list, shared: list.filter((sha) => used.has(sha)) };
}

function attachmentHashes(refund: Refund): string[] {
  return refund.events.flatMap((event) =>
    event.kind === 'attachment_added' && event.attachment !== undefined ? [event.attachment.sha256] : [],
  );
}
