import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../electron/common/domain/types';
import type { Refund } from '../../electron/common/domain/types';
import { DEFAULT_HOTLINES } from '../../electron/common/reminders/hotlines';
import {
  approvalSteps,
  dueTodaySteps,
  hotlinesFor,
  overdueSteps,
  stuckSteps,
  voidMissedSteps,
  voidSteps,
} from '../../electron/common/reminders/reminder-steps';
import { SETTLEMENT_SOURCES } from '../../electron/common/settlements/settlement';
import { lateSettlementSteps, shortSettlementSteps } from '../../electron/common/settlements/settlement-reminders';
import { REMINDER_KINDS } from '../../electron/common/reminders/reminder-kinds';
import { CASE_KINDS, EVIDENCE_ITEMS } from '../../electron/common/cases/case';
import type { Case } from '../../electron/common/cases/case';
import { caseSteps } from '../../electron/common/cases/case-reminders';
import { reminderText } from '../../renderer/features/today/reminder-text';
import { testI18n } from './support';
import { en } from '../../renderer/i18n/en';
import { zhCN } from '../../renderer/i18n/zh-CN';

type Tree = { readonly [key: string]: string | Tree };

function lookup(tree: Tree, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Tree)[key] : undefined), tree);
}

/** The reasons compute-reminders.ts gives (its tests check which situation gives which). */
const REASONS = ['reason.overdue', 'reason.dueToday', 'reason.approvalWaiting', 'reason.voidCutoff', 'reason.voidMissed', 'reason.stuck.processing', 'reason.stuck.failed', 'reason.stuck.abnormal'];

describe('reminder texts', () => {
  it('every reason and step is translated in both languages', () => {
    const keys = new Set(REASONS);
    for (const channel of CHANNELS) {
      const hotlines = hotlinesFor(channel, DEFAULT_HOTLINES);
      const steps = [...overdueSteps(channel, hotlines), ...dueTodaySteps(channel)];
      for (const status of ['processing', 'failed', 'abnormal'] as const) steps.push(...stuckSteps({ status } as Refund, channel, hotlines));
      for (const step of steps) keys.add(step.key);
    }
    for (const step of [...approvalSteps(), ...voidSteps('2026-11-20T23:00', 'T1'), ...voidMissedSteps()]) keys.add(step.key);
    expect(keys.size).toBeGreaterThan(20);
    for (const key of keys) {
      expect({ key, zh: typeof lookup(zhCN.reminders, key) }).toEqual({ key, zh: 'string' });
      expect({ key, en: typeof lookup(en.reminders, key) }).toEqual({ key, en: 'string' });
    }
  });

  it('every settlement reason, step, kind and identifier is translated in both languages', () => {
    const keys = new Set(['reason.settlementLate', 'reason.settlementShort', 'identifier.businessDate', 'identifier.acquirer']);
    for (const kind of REMINDER_KINDS) keys.add(`kind.${kind}`);
    for (const step of [...lateSettlementSteps(DEFAULT_HOTLINES.slice(0, 2)), ...shortSettlementSteps(DEFAULT_HOTLINES.slice(0, 2)), ...lateSettlementSteps([])]) {
      keys.add(step.key);
    }
    expect(keys).toContain('steps.checkHoldCauses');
    for (const key of keys) {
      expect({ key, zh: typeof lookup(zhCN.reminders, key) }).toEqual({ key, zh: 'string' });
      expect({ key, en: typeof lookup(en.reminders, key) }).toEqual({ key, en: 'string' });
    }
    for (const source of SETTLEMENT_SOURCES) {
      expect(typeof lookup(zhCN.settlements, `source.${source}`)).toBe('string');
      expect(typeof lookup(en.settlements, `source.${source}`)).toBe('string');
    }
  });

  it('fills every placeholder of the settlement reasons from the params main sends', () => {
    const late = ['account', 'date', 'expectedBy', 'expected', 'days'];
    const short = ['account', 'date', 'expected', 'received', 'short', 'receivedOn', 'expectedBy'];
    for (const messages of [zhCN.reminders, en.reminders]) {
      const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/gu)].map((match) => match[1]);
      for (const name of placeholders(messages.reason.settlementLate)) expect(late).toContain(name);
      for (const name of placeholders(messages.reason.settlementShort)) expect(short).toContain(name);
    }
  });

  it('every case reason, step, kind and identifier is translated in both languages', () => {
    const keys = new Set(['reason.caseOverdue', 'reason.caseDueToday', 'reason.caseDueSoon', 'identifier.caseNumber', 'identifier.ticketNo', 'kind.case_deadline', 'steps.case.callNoTicket']);
    for (const kind of CASE_KINDS) {
      const kase = { kind, number: 'AJ-202611-0001', counterparty: { kind: 'acquirer', name: '银联商务' } } as unknown as Case;
      for (const step of caseSteps(kase, EVIDENCE_ITEMS, '2026-11-27')) keys.add(step.key);
    }
    expect(keys).toContain('steps.case.kind.retrieval');
    for (const key of keys) {
      expect({ key, zh: typeof lookup(zhCN.reminders, key) }).toEqual({ key, zh: 'string' });
      expect({ key, en: typeof lookup(en.reminders, key) }).toEqual({ key, en: 'string' });
    }
    const params = ['caseNumber', 'counterparty', 'deadline', 'days', 'missing'];
    for (const messages of [zhCN.reminders, en.reminders]) {
      const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/gu)].map((match) => match[1]);
      for (const text of [messages.reason.caseOverdue, messages.reason.caseDueToday, messages.reason.caseDueSoon]) {
        for (const name of placeholders(text)) expect(params).toContain(name);
      }
    }
  });

  it('names the evidence item a case step asks for, and asks for a ticket number when there is none', () => {
    const zh = testI18n('zh-CN');
    expect(reminderText(zh.t, { key: 'steps.case.collect', params: { item: 'signed_slip' } })).toBe('补齐证据：签购单');
    expect(reminderText(zh.t, { key: 'steps.case.call', params: { counterparty: '银联商务', phone: '95534', ticketNo: '', caseNumber: 'AJ-202611-0001' } })).toBe(
      '联系 银联商务 95534，报个案号 AJ-202611-0001，记下对方给的受理编号',
    );
    expect(reminderText(zh.t, { key: 'steps.case.call', params: { counterparty: '银联商务', phone: '95534', ticketNo: 'T-9', caseNumber: 'AJ-202611-0001' } })).toContain('受理编号 T-9');
  });
});

