/**
 * A case as the screens and the packet builder see it: the record, its checklist judged against the linked
 * records, its files, the linked records as the other screens show them, whether its chain holds, and whether
 * the last exported packet still matches. Computed on request, never stored, so nothing stale is kept.
 */
import type { IsoDate } from '../calendar/iso-date';
import type { Payment } from '../domain/types';
import type { CaseSummary, CaseView } from '../ipc/contract-cases';
import type { RefundSummary } from '../ipc/contract';
import type { SettlementView } from '../ipc/contract-settlements';
import { toSummary } from '../ledger/refund-summary';
import { daysBetween } from '../reminders/compute-reminders';
import type { SettlementDay } from '../settlements/settlement';
import type { Case, EvidenceState } from './case';
import { caseAttachmentsOf } from './case-attachments';
import { evaluateChecklist } from './case-checklist';
import type { LinkedRecords } from './case-links';
import { lastPacketOf } from './case-records';

export function caseSummaryOf(kase: Case, checklist: readonly EvidenceState[], today: IsoDate): CaseSummary {
  return {
    id: kase.id,
    number: kase.number,
    kind: kase.kind,
    status: kase.status,
    counterpartyName: kase.counterparty.name,
    ...(kase.deadline === undefined ? {} : { deadline: kase.deadline, daysLeft: daysBetween(today, kase.deadline) }),
    missing: checklist.filter((state) => state.state === 'missing').length,
    createdAt: kase.createdAt,
    updatedAt: kase.updatedAt,
  };
}

export interface CaseViewInput {
  readonly kase: Case;
  readonly linked: LinkedRecords;
  readonly chainValid: boolean;
  readonly today: IsoDate;
  /** The settlement screen's view of a day (its expected date and state come from the calendar). */
  readonly settlementView: (day: SettlementDay) => SettlementView;
}

export function caseViewOf({ kase, linked, chainValid, today, settlementView }: CaseViewInput): CaseView {
  const checklist = evaluateChecklist(kase, linked);
  const refunds: RefundSummary[] = linked.refunds.map(({ refund, payment }) => toSummary(refund, payment));
  const payments: Payment[] = [...linked.payments];
  const lastPacket = lastPacketOf(kase.events);
  return {
    case: kase,
    summary: caseSummaryOf(kase, checklist, today),
    checklist,
    attachments: caseAttachmentsOf(kase.events),
    linked: { refunds, payments, settlements: linked.settlements.map(settlementView) },
    chainValid,
    ...(lastPacket === undefined ? {} : { lastPacket }),
  };
}
