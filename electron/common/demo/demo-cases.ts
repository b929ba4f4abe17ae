/**
 * The demo shop's cases, so the owner sees what a case and its packet look like before needing one: a 调单 on a
 * card sale with its deadline tomorrow (from the "notice"), a refund that did not arrive where the bank has been
 * called, and the card terminal's held-back settlement day. Built from the demo's own records and clock.
 */
import { addDays } from '../calendar/iso-date';
import type { DemoCasePlan } from '../cases/case-service';
import { channelKind } from '../domain/channels';
import { formatLocalDate, formatLocalMinute } from '../domain/local-time';
import type { Payment, Refund } from '../domain/types';
import type { SettlementDay } from '../settlements/settlement';

export interface DemoCaseSource {
  readonly now: Date;
  /** Newest first, as the ledger lists them. */
  readonly records: readonly { readonly refund: Refund; readonly payment: Payment }[];
  readonly settlementDays: readonly SettlementDay[];
  readonly actor: string;
}

const HOUR = 3_600_000;

export function buildDemoCases(source: DemoCaseSource): DemoCasePlan[] {
  const { now, actor } = source;
  const today = formatLocalDate(now);
  const hoursAgo = (hours: number) => new Date(now.getTime() - hours * HOUR);
  const plans: DemoCasePlan[] = [];
  const cards = source.records.filter(({ payment }) => channelKind(payment.channel) === 'card');

  // 调单: a card sale the issuer asks about, refunded in part, with the acquirer's deadline tomorrow.
  const queried = cards.find(({ refund, payment }) => refund.type === 'card_refund' && payment.ids.referenceNo !== undefined && refund.customerPhone !== undefined);
  if (queried !== undefined) {
    const openedAt = hoursAgo(26);
    plans.push({
      input: {
        requestId: 'demo-case-retrieval',
        kind: 'retrieval',
        links: [
          { type: 'payment', id: queried.payment.id },
          { type: 'refund', id: queried.refund.id },
        ],
        counterparty: { kind: 'acquirer', name: '银联商务（收单机构）', hotlineId: 'unionpay' },
        deadline: addDays(today, 1),
        ticketNo: `DD${today.replaceAll('-', '')}0042`,
        demand: '请核对签购单及退货记录，确认该笔交易真实有效，部分款项已按店铺规则退还持卡人。',
        actor,
      },
      openedAt,
      contacts: [
        {
          at: hoursAgo(25),
          contact: { at: formatLocalMinute(hoursAgo(25)), channel: 'phone', party: 'acquirer', who: '收单客服', summary: '确认收到调单通知，需在截止日前上传签购单和退货凭条。' },
        },
      ],
    });
  }

  // Not arrived: an older card refund the customer is still waiting for; the bank has been called.
  const late = cards.find(({ refund }) => refund.status === 'processing' && refund !== queried?.refund);
  if (late !== undefined) {
    const openedAt = hoursAgo(50);
    plans.push({
      input: {
        requestId: 'demo-case-not-arrived',
        kind: 'not_arrived',
        links: [{ type: 'refund', id: late.refund.id }],
        counterparty: { kind: 'bank', name: '持卡人开户银行客服' },
        demand: '请协助查询该笔退货款的清算状态和去向，并告知预计到账时间。',
        actor,
      },
      openedAt,
      contacts: [
        {
          at: hoursAgo(49),
          contact: { at: formatLocalMinute(hoursAgo(49)), channel: 'phone', party: 'bank', who: '客服 2 号', summary: '银行称退款已受理，清算中，3 个工作日内回复。' },
        },
      ],
      status: { at: hoursAgo(48), to: 'waiting_reply' },
    });
  }

  // Missing settlement: the card terminal's day that never arrived.
  const held = source.settlementDays.find((day) => day.accountId === 'demo-account-pos' && day.received === undefined && day.businessDate < addDays(today, -2));
  if (held !== undefined) {
    plans.push({
      input: {
        requestId: 'demo-case-settlement',
        kind: 'missing_settlement',
        links: [{ type: 'settlement', id: held.id }],
        counterparty: { kind: 'acquirer', name: '银联商务（收单机构）', hotlineId: 'unionpay' },
        demand: `请查询 ${held.businessDate} 批次的资金清算状态，说明未结算原因并尽快结算。`,
        actor,
      },
      openedAt: hoursAgo(2),
      contacts: [],
    });
  }
  return plans;
}
