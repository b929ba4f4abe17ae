/**
 * "Delete this customer's data": which refunds belong to the customer. The same two ways the list search finds
 * a customer (refund-list.ts): the tail of their phone (at least MIN_PHONE_TAIL digits) or their exact name.
 * Exact, not "contains": erasing is irreversible, so 张 must not match 张三 and 张伟.
 */
import { MIN_PHONE_TAIL } from '../ledger/refund-list';
import type { Case } from '../cases/case';
import type { Refund } from '../domain/types';
import { caseFileHashes } from './case-erasure';
import { erasedAttachmentHashes } from './erasure';
import type { PersonalNeedles } from './personal-text';
import { needlesOf } from './personal-text';

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

export interface CaseErasure {
  readonly kase: Case;
  /** Its files not erased yet when the case concerns only this customer's refunds; none otherwise. */
  readonly files: readonly string[];
}

export interface ErasurePlan {
  readonly refunds: readonly Refund[];
  /** Cases linking one of those refunds (a case about a settlement day or other customers keeps its files). */
  readonly cases: readonly CaseErasure[];
  /** What identifies the customer in free text: every name and phone on their refunds. */
  readonly needles: PersonalNeedles;
  /** Files on those refunds and cases not yet erased, by hash: each gets an `attachment_erased` event. */
  readonly attachments: readonly string[];
  /** Of those, the files whose bytes another record (another refund, another case) still uses: they stay on disk. */
  readonly shared: readonly string[];
}

/** The refunds a query names; the plan follows from them (planErasure). */
export function customerRefunds(all: readonly Refund[], query: string): Refund[] {
  return all.filter((refund) => matchesCustomer(refund, query));
}

export interface PlanOptions {
  /** Every refund of the customer, erased already or not: which cases concern them. Default: `refunds`. */
  readonly refundIds?: ReadonlySet<string>;
  /**
   * Cases opened at or after this instant are left alone: a restored backup re-applies an old erasure
   * (privacy-service.ts) without reaching cases the shop opened later about the same refund.
   */
  readonly casesOpenedBefore?: string;
  /** Cases already done (their files still count as used by another record). */
  readonly skipCase?: (kase: Case) => boolean;
}

/** Plans the erasure of these refunds' customer across refunds, cases and files. */
export function planErasure(all: readonly Refund[], allCases: readonly Case[], refunds: readonly Refund[], options: PlanOptions = {}): ErasurePlan {
  const planned = new Set(refunds.map((refund) => refund.id));
  const ids = options.refundIds ?? planned;
  const concerns = (kase: Case) => kase.links.some((link) => link.type === 'refund' && ids.has(link.id));
  const onlyThisCustomer = (kase: Case) => kase.links.every((link) => link.type !== 'refund' || ids.has(link.id));
  const before = options.casesOpenedBefore;
  const cases = allCases
    .filter((kase) => concerns(kase) && (before === undefined || kase.createdAt < before) && options.skipCase?.(kase) !== true)
    .map((kase) => ({ kase, files: onlyThisCustomer(kase) ? caseFileHashes(kase) : [] }));
  const erasing = new Set([...refunds.flatMap(liveAttachmentHashes), ...cases.flatMap((entry) => entry.files)]);
  // Bytes other records still use: refunds outside the plan, and cases whose files are not being erased.
  const used = new Set<string>();
  for (const refund of all) if (!planned.has(refund.id)) for (const sha of liveAttachmentHashes(refund)) used.add(sha);
  const casesErasingFiles = new Set(cases.filter((entry) => entry.files.length > 0).map((entry) => entry.kase.id));
  for (const kase of allCases) if (!casesErasingFiles.has(kase.id)) for (const sha of caseFileHashes(kase)) used.add(sha);
  const attachments = [...erasing];
  return { refunds, cases, needles: needlesOf(refunds), attachments, shared: attachments.filter((sha) => used.has(sha)) };
}

/** Files (by hash) no record uses any more: the bytes may go. */
export function unusedFiles(candidates: Iterable<string>, all: readonly Refund[], allCases: readonly Case[]): string[] {
  const used = new Set<string>();
  for (const refund of all) for (const sha of liveAttachmentHashes(refund)) used.add(sha);
  for (const kase of allCases) for (const sha of caseFileHashes(kase)) used.add(sha);
  return [...new Set(candidates)].filter((sha) => !used.has(sha));
}

function liveAttachmentHashes(refund: Refund): string[] {
  const erased = erasedAttachmentHashes(refund);
  return attachmentHashes(refund).filter((sha) => !erased.has(sha));
}

function attachmentHashes(refund: Refund): string[] {
  return refund.events.flatMap((event) =>
    event.kind === 'attachment_added' && event.attachment !== undefined ? [event.attachment.sha256] : [],
  );
}
