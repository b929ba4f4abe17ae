/**
 * Five years of cases: refunds that did not arrive, 调单 on card sales, complaints, settlement days that never came.
 * Each is opened, its contacts logged and (once old) closed with the case module's own record functions, in
 * opening order, exactly as `importDemo` builds the demo shop's three (case-service.ts) — only in memory, so the
 * year files can be written in bulk. The newest not-arrived case gets the packet's evidence files.
 */
import { addDays } from '../../../electron/common/calendar/iso-date';
import type { Case, CaseKind, Counterparty } from '../../../electron/common/cases/case';
import { withCaseEvidence } from '../../../electron/common/cases/case-attachments';
import type { StoredCaseEvidence } from '../../../electron/common/cases/case-attachments';
import type { CaseLinkLookup } from '../../../electron/common/cases/case-links';
import { nextCaseNumber } from '../../../electron/common/cases/case-number';
import { openCase } from '../../../electron/common/cases/case-open';
import { withCaseContact, withCaseStatus } from '../../../electron/common/cases/case-records';
import { channelKind } from '../../../electron/common/domain/channels';
import { formatLocalDate, formatLocalMinute } from '../../../electron/common/domain/local-time';
import type { Payment, Refund } from '../../../electron/common/domain/types';
import type { Random } from '../../../electron/common/demo/prng';
import type { CaseLink } from '../../../electron/common/cases/case';
import type { Hasher } from '../../../electron/common/ports';
import type { SettlementDay } from '../../../electron/common/settlements/settlement';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ACTOR = '店长';

interface Plan {
  readonly kind: CaseKind;
  readonly links: readonly CaseLink[];
  readonly counterparty: Counterparty;
  readonly openedAt: Date;
  readonly deadline?: string;
  readonly demand: string;
}

export interface CaseSource {
  readonly refunds: readonly Refund[];
  readonly payments: ReadonlyMap<string, Payment>;
  readonly settlementDays: readonly SettlementDay[];
  readonly now: Date;
  readonly count: number;
  readonly random: Random;
  readonly hasher: Hasher;
}

function planFor(source: CaseSource, index: number): Plan | undefined {
  const { random, now } = source;
  const roll = random.next();
  if (roll < 0.15) {
    const day = random.pick(source.settlementDays);
    const openedAt = new Date(Math.min(now.getTime() - HOUR, Date.parse(`${day.businessDate}T10:00:00+08:00`) + random.int(3, 6) * DAY));
    return { kind: 'missing_settlement', links: [{ type: 'settlement', id: day.id }], counterparty: { kind: 'acquirer', name: '银联商务（收单机构）', hotlineId: 'unionpay' }, openedAt, demand: `请查询 ${day.businessDate} 批次的资金清算状态。` };
  }
  const refund = random.pick(source.refunds);
  const payment = source.payments.get(refund.paymentId);
  if (payment === undefined) return undefined;
  const openedAt = new Date(Math.min(now.getTime() - HOUR, Date.parse(refund.createdAt) + random.int(2, 12) * DAY + index));
  const card = channelKind(payment.channel) === 'card';
  if (card && roll < 0.4) {
    const today = formatLocalDate(openedAt);
    return {
      kind: 'retrieval',
      links: [{ type: 'payment', id: payment.id }, { type: 'refund', id: refund.id }],
      counterparty: { kind: 'acquirer', name: '银联商务（收单机构）', hotlineId: 'unionpay' },
      openedAt,
      deadline: addDays(today, random.int(3, 10)),
      demand: '请核对签购单及退货记录，确认该笔交易真实有效。',
    };
  }
  if (roll < 0.85) {
    return { kind: 'not_arrived', links: [{ type: 'refund', id: refund.id }], counterparty: { kind: 'bank', name: '持卡人开户银行客服' }, openedAt, demand: '请协助查询该笔退款的清算状态和去向。' };
  }
  return { kind: 'complaint', links: [{ type: 'refund', id: refund.id }], counterparty: { kind: 'complaint_body', name: '市场监督管理局 12315' }, openedAt, demand: '顾客投诉退款未到账，请协助核实。' };
}

export function buildBenchCases(source: CaseSource, lookup: CaseLinkLookup): Case[] {
  const plans: Plan[] = [];
  for (let index = 0; plans.length < source.count && index < source.count * 3; index += 1) {
    const plan = planFor(source, index);
    if (plan !== undefined) plans.push(plan);
  }
  plans.sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime());
  const numbers: string[] = [];
  const now = source.now.getTime();
  return plans.map((plan, index) => {
    const number = nextCaseNumber(plan.openedAt, numbers);
    numbers.push(number);
    const input = { requestId: `bench-case-${index}`, kind: plan.kind, links: plan.links, counterparty: plan.counterparty, demand: plan.demand, actor: ACTOR, ...(plan.deadline === undefined ? {} : { deadline: plan.deadline }) };
    let kase = openCase({ input, id: `bench-case-${index.toString().padStart(4, '0')}`, number, now: plan.openedAt, today: formatLocalDate(plan.openedAt), lookup, hasher: source.hasher });
    let at = plan.openedAt.getTime();
    for (let call = source.random.int(1, 3); call > 0 && at + 2 * HOUR < now; call -= 1) {
      at = Math.min(now - HOUR, at + source.random.int(2, 72) * HOUR);
      const contact = { at: formatLocalMinute(new Date(at)), channel: 'phone' as const, party: plan.counterparty.kind === 'bank' ? ('bank' as const) : ('acquirer' as const), who: '客服', summary: '已致电查询，对方称 3 个工作日内回复。' };
      kase = withCaseContact(kase, { id: kase.id, contact, actor: ACTOR }, new Date(at), source.hasher);
    }
    // Cases older than a month are over: most resolved, a few lost.
    if (now - plan.openedAt.getTime() > 30 * DAY) {
      const closed = source.random.chance(0.9) ? ('resolved' as const) : ('lost' as const);
      const note = closed === 'resolved' ? '款项已到账，顾客确认。' : '超过处理时限，对方不予受理。';
      kase = withCaseStatus(kase, { id: kase.id, to: closed, note, actor: ACTOR }, new Date(Math.min(now - HOUR, at + 5 * DAY)), source.hasher);
    }
    return kase;
  });
}

/** The case a packet is exported from: the newest still-open not-arrived case, with `files` attached. */
export function attachPacketFiles(cases: Case[], files: readonly StoredCaseEvidence[], now: Date, hasher: Hasher): string {
  const at = cases.findLastIndex((kase) => kase.kind === 'not_arrived' && kase.status === 'open');
  const target = at === -1 ? cases.findLastIndex((kase) => kase.kind === 'not_arrived') : at;
  const kase = cases[target];
  if (kase === undefined) throw new Error('The data set has no not-arrived case to export a packet from.');
  const start = Math.max(Date.parse(kase.updatedAt), now.getTime() - files.length * 60_000 - 3_600_000);
  cases[target] = files.reduce((current, file, index) => withCaseEvidence(current, file, new Date(start + (index + 1) * 60_000), hasher), kase);
  return kase.id;
}
