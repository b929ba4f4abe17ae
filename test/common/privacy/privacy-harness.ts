/** A ledger with evidence files, a few refunds in known states and cases about them, for the privacy tests. */
import type { AttachmentRef } from '../../../electron/common/attachments/attachment';
import type { Case } from '../../../electron/common/cases/case';
import { withCaseEvidence } from '../../../electron/common/cases/case-attachments';
import { openCase } from '../../../electron/common/cases/case-open';
import { withCaseContact, withCoverLetter } from '../../../electron/common/cases/case-records';
import type { ContactEntry } from '../../../electron/common/domain/misdirect';
import { RefundLedger } from '../../../electron/common/ledger/refund-ledger';
import type { Refund } from '../../../electron/common/domain/types';
import { FixedClock } from '../../support/fixed-clock';
import { MemoryAttachmentStore } from '../../support/memory-attachment-store';
import { MemoryLedgerStore } from '../../support/memory-ledger-store';
import { nodeHasher } from '../../support/node-hasher';
import { SequentialIds } from '../../support/sequential-ids';
import { NOW, refundInput } from '../ledger/ledger-harness';
import type { InputOptions } from '../ledger/ledger-harness';

export const DAY_MS = 24 * 60 * 60 * 1000;

export async function openPrivacyLedger() {
  const clock = new FixedClock(NOW, 1_000);
  const attachments = new MemoryAttachmentStore();
  const store = new MemoryLedgerStore();
  const ledger = await RefundLedger.open({ store, clock, hasher: nodeHasher, ids: new SequentialIds(), attachments });
  let slip = 0;
  async function refund(options: InputOptions & { readonly arrived?: boolean }): Promise<Refund> {
    slip += 1;
    const ids = { referenceNo: `1520000${String(slip).padStart(5, '0')}`, voucherNo: `00${slip}`, cardLast4: '1234' };
    const created = await ledger.create(refundInput({ ids, ...options }));
    if (options.arrived !== true) return created.refund;
    await ledger.advance({ id: created.refund.id, to: 'done', actor: '王店长' });
    return (await ledger.advance({ id: created.refund.id, to: 'arrived', actor: '王店长' })).refund;
  }
  return { ledger, clock, attachments, store, refund };
}

export interface CaseScript {
  readonly refundIds: readonly string[];
  readonly contacts?: readonly ContactEntry[];
  readonly files?: readonly AttachmentRef[];
  readonly coverLetter?: string;
  readonly demand?: string;
}

/** A 退款未到账 case about these refunds of the ledger, with its contacts, files and letter, as the case screens record them. */
export function caseAbout(shop: Awaited<ReturnType<typeof openPrivacyLedger>>, id: string, script: CaseScript): Case {
  const now = shop.clock.now();
  const lookup = {
    refund: (refundId: string) => {
      const detail = shop.ledger.get(refundId);
      return { refund: detail.refund, payment: detail.payment };
    },
    payment: () => undefined,
    settlement: () => undefined,
  };
  const input = {
    requestId: `req-${id}`,
    kind: 'not_arrived' as const,
    links: script.refundIds.map((refundId) => ({ type: 'refund' as const, id: refundId })),
    counterparty: { kind: 'bank' as const, name: '工商银行' },
    actor: '王店长',
    ...(script.demand === undefined ? {} : { demand: script.demand }),
  };
  let kase = openCase({ input, id, number: `AJ-202611-${id.slice(-4).padStart(4, '0')}`, now, today: '2026-11-20', lookup, hasher: nodeHasher });
  for (const contact of script.contacts ?? []) kase = withCaseContact(kase, { id, contact, actor: '王店长' }, now, nodeHasher);
  for (const ref of script.files ?? []) kase = withCaseEvidence(kase, { actor: '王店长', ref }, now, nodeHasher);
  if (script.coverLetter !== undefined) kase = withCoverLetter(kase, { id, text: script.coverLetter, actor: '王店长' }, now, nodeHasher);
  return kase;
}
