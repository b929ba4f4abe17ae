/**
 * What five years add to a refund's history beyond its lifecycle (demo-history.ts): evidence files attached,
 * receipts printed, calls with the customer logged. Each is appended with the ledger's own record functions
 * (the same hash-chained events the handlers save), at a time after the refund's last event and before now.
 */
import { chainHead } from '../../../electron/common/domain/hash-chain';
import { formatLocalMinute } from '../../../electron/common/domain/local-time';
import type { Refund } from '../../../electron/common/domain/types';
import type { Random } from '../../../electron/common/demo/prng';
import { withEvidence } from '../../../electron/common/ledger/attachment-records';
import type { StoredEvidence } from '../../../electron/common/ledger/attachment-records';
import { withContact } from '../../../electron/common/ledger/counter-records';
import type { Hasher } from '../../../electron/common/ports';
import { nextCopy, withReceiptIssued } from '../../../electron/common/receipts/receipt-records';

const MINUTE = 60_000;

const CONTACT_SUMMARIES = [
  '顾客来电询问到账时间，已告知预计日期',
  '已微信告知顾客退款已发起，请留意原支付账户',
  '顾客确认已收到退款',
  '银行客服称款项已退回原卡，请顾客查看账单',
  '顾客到店询问进度，已出示退款凭证',
] as const;

export interface ExtraPlan {
  readonly attachments: number;
  readonly receipts: number;
  readonly contacts: number;
}

export interface ExtraCounts {
  readonly attachments: number;
  readonly receipts: number;
  readonly contacts: number;
}

function nextInstant(random: Random, refund: Refund, now: Date): Date {
  const last = Date.parse(refund.events.at(-1)?.at ?? refund.createdAt);
  return new Date(Math.min(now.getTime(), last + random.int(1, 180) * MINUTE));
}

/** Appends the planned events to randomly chosen refunds (in place in `refunds`); returns what was added. */
export function addExtraEvents(refunds: Refund[], plan: ExtraPlan, pool: readonly StoredEvidence['ref'][], random: Random, now: Date, hasher: Hasher): ExtraCounts {
  const pick = (): number => random.int(0, refunds.length - 1);
  let attachments = 0;
  let receipts = 0;
  let contacts = 0;
  // Bounded: a refund that already holds the chosen file is simply skipped by withEvidence.
  for (let tries = 0; attachments < plan.attachments && pool.length > 0 && tries < plan.attachments * 3; tries += 1) {
    const at = pick();
    const refund = refunds[at];
    if (refund === undefined) continue;
    const ref = random.pick(pool);
    const next = withEvidence(refund, { actor: refund.operator, ref }, nextInstant(random, refund, now), hasher);
    if (next !== refund) attachments += 1;
    refunds[at] = next;
  }
  for (; receipts < plan.receipts; receipts += 1) {
    const at = pick();
    const refund = refunds[at];
    if (refund === undefined) continue;
    const issue = { copy: nextCopy(refund), size: 'thermal80', language: 'zh-CN', via: 'printer' as const, printerName: 'XP-80C', chainHead: chainHead(refund.events) };
    refunds[at] = withReceiptIssued(refund, issue, refund.operator, nextInstant(random, refund, now), hasher);
  }
  for (; contacts < plan.contacts; contacts += 1) {
    const at = pick();
    const refund = refunds[at];
    if (refund === undefined) continue;
    const when = nextInstant(random, refund, now);
    const contact = { at: formatLocalMinute(when), channel: random.pick(['phone', 'message', 'visit'] as const), party: 'customer' as const, summary: random.pick(CONTACT_SUMMARIES) };
    refunds[at] = withContact(refund, { id: refund.id, actor: refund.operator, contact }, when, hasher);
  }
  return { attachments, receipts, contacts };
}
