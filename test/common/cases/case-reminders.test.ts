/**
 * Deadline reminders through computeReminders (the same call the Today screen uses), at several clock times.
 * Calendar days: a deadline of Wednesday 11-25 is "due today" on Tuesday 11-24 and on 11-25, overdue from 11-26.
 */
import { describe, expect, it } from 'vitest';
import type { Case } from '../../../electron/common/cases/case';
import { evaluateChecklist, missingItems } from '../../../electron/common/cases/case-checklist';
import { resolveLinks } from '../../../electron/common/cases/case-links';
import { withCaseDismissed, withCaseSnoozed, withCaseStatus, withCaseUpdate } from '../../../electron/common/cases/case-records';
import { computeReminders } from '../../../electron/common/reminders/compute-reminders';
import { DEFAULT_HOTLINES } from '../../../electron/common/reminders/hotlines';
import type { CaseReminder } from '../../../electron/common/reminders/reminder';
import { nodeHasher } from '../../support/node-hasher';
import { link, lookup, NOW, opened } from './case-fixture';

const retrieval = opened('retrieval', [link('payment', 'p-1')], { deadline: '2026-11-25', ticketNo: 'DD-889', counterparty: { kind: 'acquirer', name: '银联商务', phone: '95516', hotlineId: 'unionpay' } }, 'AJ-202611-0001');
const chargeback = { ...opened('chargeback', [link('payment', 'p-2')], { requestId: 'r2', deadline: '2026-11-21' }, 'AJ-202611-0002'), id: 'case-cb' };
const complaint = { ...opened('complaint', [link('payment', 'p-2')], { requestId: 'r3', deadline: '2026-11-27' }, 'AJ-202611-0003'), id: 'case-cp' };
const noDeadline = { ...opened('not_arrived', [link('refund', 'r-1')], { requestId: 'r4' }, 'AJ-202611-0004'), id: 'case-nd' };

function remindersAt(when: string, cases: readonly Case[]): CaseReminder[] {
  const records = cases.map((kase) => ({ case: kase, missing: missingItems(evaluateChecklist(kase, resolveLinks(kase.links, lookup))) }));
  return computeReminders({ records: [], now: new Date(when), arrivalOf: () => undefined, hotlines: DEFAULT_HOTLINES, cases: records }).filter(
    (item): item is CaseReminder => item.subject === 'case',
  );
}
const keys = (when: string, cases: readonly Case[]) => remindersAt(when, cases).map((item) => `${item.severity} ${item.key} ${item.daysLeft}`);
const ALL = [retrieval, chargeback, complaint, noDeadline];

describe('case deadline reminders', () => {
  it('at several clock times: severity by calendar days, most urgent first, nothing without a deadline', () => {
    // 8 and 10 days ahead: not yet.
    expect(keys('2026-11-17T09:00:00+08:00', ALL)).toEqual(['coming_up case_deadline:case-cb 4']);
    expect(keys('2026-11-20T08:00:00+08:00', ALL)).toEqual([
      'due_today case_deadline:case-cb 1',
      'coming_up case_deadline:case-retrieval 5',
      'coming_up case_deadline:case-cp 7',
    ]);
    expect(keys('2026-11-21T23:59:00+08:00', ALL)).toEqual([
      'due_today case_deadline:case-cb 0',
      'coming_up case_deadline:case-retrieval 4',
      'coming_up case_deadline:case-cp 6',
    ]);
    expect(keys('2026-11-24T00:01:00+08:00', ALL)).toEqual([
      'overdue case_deadline:case-cb -3',
      'due_today case_deadline:case-retrieval 1',
      'coming_up case_deadline:case-cp 3',
    ]);
    expect(keys('2026-11-26T10:00:00+08:00', ALL)).toEqual([
      'overdue case_deadline:case-cb -5',
      'overdue case_deadline:case-retrieval -1',
      'due_today case_deadline:case-cp 1',
    ]);
  });

  it('says what is missing, whom to call with the ticket no., and to send the packet before the deadline', () => {
    const [item] = remindersAt('2026-11-24T09:00:00+08:00', [retrieval]);
    expect(item).toMatchObject({
      subject: 'case',
      kind: 'case_deadline',
      caseId: 'case-retrieval',
      caseNumber: 'AJ-202611-0001',
      caseKind: 'retrieval',
      counterpartyName: '银联商务',
      deadline: '2026-11-25',
      daysLeft: 1,
      dueAt: '2026-11-25',
      reason: { key: 'reason.caseDueSoon', params: { caseNumber: 'AJ-202611-0001', counterparty: '银联商务', deadline: '2026-11-25', days: 1, missing: 3 } },
      identifiers: [{ field: 'caseNumber', value: 'AJ-202611-0001' }, { field: 'ticketNo', value: 'DD-889' }],
    });
    expect(item?.nextSteps).toEqual([
      { key: 'steps.case.kind.retrieval' },
      { key: 'steps.case.collect', params: { item: 'notice' } },
      { key: 'steps.case.collect', params: { item: 'signed_slip' } },
      { key: 'steps.case.collect', params: { item: 'proof_of_service' } },
      { key: 'steps.case.call', params: { counterparty: '银联商务', phone: '95516', ticketNo: 'DD-889', caseNumber: 'AJ-202611-0001' } },
      { key: 'steps.case.sendPacket', params: { deadline: '2026-11-25' } },
    ]);
    expect(item?.hotlines.map((hotline) => hotline.number)).toEqual(['95516']);
  });

  it('a snooze hides it until its time; a dismissal until the deadline changes; closed cases never remind', () => {
    const snoozed = withCaseSnoozed(retrieval, { caseId: retrieval.id, kind: 'case_deadline', until: '2026-11-24T12:00:00+08:00', reason: '下午去银行', actor: '店长' }, new Date('2026-11-24T09:00:00+08:00'), nodeHasher);
    expect(keys('2026-11-24T11:59:00+08:00', [snoozed])).toEqual([]);
    expect(keys('2026-11-24T12:00:01+08:00', [snoozed])).toEqual(['due_today case_deadline:case-retrieval 1']);

    const dismissed = withCaseDismissed(retrieval, { caseId: retrieval.id, kind: 'case_deadline', reason: '已寄出材料', actor: '店长' }, NOW, nodeHasher);
    expect(keys('2026-11-26T10:00:00+08:00', [dismissed])).toEqual([]);
    const extended = withCaseUpdate(dismissed, { id: retrieval.id, deadline: '2026-11-30', actor: '店长' }, NOW, '2026-11-20', nodeHasher);
    expect(keys('2026-11-26T10:00:00+08:00', [extended])).toEqual(['coming_up case_deadline:case-retrieval 4']);

    const resolved = withCaseStatus(retrieval, { id: retrieval.id, to: 'resolved', note: '银行已确认', actor: '店长' }, NOW, nodeHasher);
    expect(keys('2026-11-26T10:00:00+08:00', [resolved])).toEqual([]);
  });
});
