/** A ledger with evidence files and a few refunds in known states, for the privacy tests. */
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
