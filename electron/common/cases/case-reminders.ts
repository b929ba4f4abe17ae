/**
 * Deadline reminders for cases (DOMAIN §3.6): a 调单 or 拒付 answer is due by the date on the notice, and a
 * missed date loses the money. Counted in CALENDAR days, not working days: the notice's "3 working days" is
 * already a date the owner copied, so the date is the fact and counting working days again would only move it.
 *   past the deadline → overdue; today or tomorrow → due today; within 7 days → coming up; later → nothing.
 * Resolved and lost cases never remind. Pure.
 */
import { formatLocalDate } from '../domain/local-time';
import type { Hotline } from '../reminders/hotlines';
import type { CaseReminder, ReminderIdentifier, ReminderText } from '../reminders/reminder';
import type { ReminderSeverity } from '../reminders/reminder-kinds';
import { isPutAsideIn } from '../reminders/reminder-state';
import { CLOSED_CASE_STATUSES } from './case';
import type { Case, CaseKind, EvidenceItem } from './case';

/** Days ahead a deadline starts to show as "coming up". */
export const CASE_REMINDER_WINDOW_DAYS = 7;

/** A case with the checklist items still missing (the service judges them against the linked records). */
export interface CaseDeadlineRecord {
  readonly case: Case;
  readonly missing: readonly EvidenceItem[];
}

export interface CaseReminderInput {
  readonly cases: readonly CaseDeadlineRecord[];
  readonly hotlines: readonly Hotline[];
  readonly now: Date;
}

/** A new deadline or a status change is a new situation: an old dismissal must not hide it. */
const CASE_CHANGES: ReadonlySet<string> = new Set(['deadline_set', 'status_changed']);

export function isCasePutAside(kase: Case, now: Date): boolean {
  return isPutAsideIn(kase.events, 'case_deadline', now, CASE_CHANGES);
}

const DAY_MS = 86_400_000;

function calendarDaysBetween(from: string, to: string): number {
  const utc = (text: string) => Date.UTC(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

export function severityOf(daysLeft: number): ReminderSeverity | undefined {
  if (daysLeft < 0) return 'overdue';
  if (daysLeft <= 1) return 'due_today';
  return daysLeft <= CASE_REMINDER_WINDOW_DAYS ? 'coming_up' : undefined;
}

/** What this kind of case asks of the shop first (i18n keys under `reminders.steps.case.`). */
function kindStep(kind: CaseKind): ReminderText {
  return { key: `steps.case.kind.${kind}` };
}

export function caseSteps(kase: Case, missing: readonly EvidenceItem[], deadline: string): readonly ReminderText[] {
  const steps: ReminderText[] = [kindStep(kase.kind)];
  for (const item of missing) steps.push({ key: 'steps.case.collect', params: { item } });
  const phone = kase.counterparty.phone ?? '';
  steps.push({ key: 'steps.case.call', params: { counterparty: kase.counterparty.name, phone, ticketNo: kase.ticketNo ?? '', caseNumber: kase.number } });
  steps.push({ key: 'steps.case.sendPacket', params: { deadline } });
  return steps;
}

function identifiersOf(kase: Case): readonly ReminderIdentifier[] {
  const out: ReminderIdentifier[] = [{ field: 'caseNumber', value: kase.number }];
  if (kase.ticketNo !== undefined) out.push({ field: 'ticketNo', value: kase.ticketNo });
  return out;
}

export function computeCaseReminders(input: CaseReminderInput): CaseReminder[] {
  const today = formatLocalDate(input.now);
  const out: CaseReminder[] = [];
  for (const { case: kase, missing } of input.cases) {
    const { deadline } = kase;
    if (deadline === undefined || CLOSED_CASE_STATUSES.has(kase.status)) continue;
    const daysLeft = calendarDaysBetween(today, deadline);
    const severity = severityOf(daysLeft);
    if (severity === undefined || isCasePutAside(kase, input.now)) continue;
    const hotline = kase.counterparty.hotlineId === undefined ? [] : input.hotlines.filter((entry) => entry.id === kase.counterparty.hotlineId);
    const params = { caseNumber: kase.number, counterparty: kase.counterparty.name, deadline, days: Math.abs(daysLeft), missing: missing.length };
    out.push({
      subject: 'case',
      key: `case_deadline:${kase.id}`,
      kind: 'case_deadline',
      severity,
      caseId: kase.id,
      caseNumber: kase.number,
      caseKind: kase.kind,
      counterpartyName: kase.counterparty.name,
      deadline,
      daysLeft,
      dueAt: deadline,
      reason: { key: daysLeft < 0 ? 'reason.caseOverdue' : daysLeft === 0 ? 'reason.caseDueToday' : 'reason.caseDueSoon', params },
      nextSteps: caseSteps(kase, missing, deadline),
      identifiers: identifiersOf(kase),
      hotlines: hotline,
    });
  }
  return out;
}
