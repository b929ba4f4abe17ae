import { describe, expect, it } from 'vitest';
import { CASE_EVENT_KINDS, CASE_KINDS, CASE_STATUSES, COUNTERPARTY_KINDS, EVIDENCE_ITEMS } from '../../electron/common/cases/case';
import type { CaseEvent, EvidenceState } from '../../electron/common/cases/case';
import { DEFAULT_HOTLINES } from '../../electron/common/reminders/hotlines';
import { en } from '../../renderer/i18n/en';
import { zhCN } from '../../renderer/i18n/zh-CN';
import { caseEventText, contactLine, countMissing, daysLeftText, evidenceStateText, isDeadlineUrgent, lastPacketText, missingText } from '../../renderer/features/cases/case-text';
import { counterpartyKindOf, fromHotline, typedCounterparty } from '../../renderer/features/cases/counterparty';
import { testI18n } from './support';

const zh = testI18n('zh-CN');
const english = testI18n('en');

function event(patch: Partial<CaseEvent>): CaseEvent {
  return { seq: 1, at: '2026-11-20T02:05:00.000Z', actor: '店长', kind: 'created', prevHash: '', hash: 'h', ...patch };
}

describe('case texts', () => {
  it('name every kind, status, counterparty kind and evidence item in both languages, each kind with its one-line hint', () => {
    for (const messages of [zhCN.cases, en.cases]) {
      for (const kind of CASE_KINDS) {
        expect(messages.kind[kind].length).toBeGreaterThan(1);
        expect(messages.kindHint[kind].length).toBeGreaterThan(8);
      }
      for (const status of CASE_STATUSES) expect(typeof messages.status[status]).toBe('string');
      for (const kind of COUNTERPARTY_KINDS) expect(typeof messages.counterpartyKind[kind]).toBe('string');
      for (const item of EVIDENCE_ITEMS) expect(typeof messages.evidence[item]).toBe('string');
      for (const kind of CASE_EVENT_KINDS) expect(typeof messages.event[kind]).toBe('string');
    }
    expect(zhCN.cases.kind.retrieval).toBe('调单');
    expect(zhCN.cases.kind.chargeback).toBe('拒付');
    expect(zhCN.cases.openDialog.deadlineHint).toBe('照通知上的日期填写，不要估计');
    expect(zhCN.cases.packet.sameAsLast).toBe('与上次导出内容相同');
    expect(zhCN.cases.packet.stale).toBe('案件已变更，重新导出');
  });

  it('say how many days are left, and turn red at one day or less', () => {
    expect(daysLeftText(zh, undefined)).toBe('无截止日期');
    expect(daysLeftText(zh, 5)).toBe('还剩 5 天');
    expect(daysLeftText(zh, 1)).toBe('明天截止');
    expect(daysLeftText(zh, 0)).toBe('今天截止');
    expect(daysLeftText(zh, -2)).toBe('已过期 2 天');
    expect(daysLeftText(english, 3)).toBe('3 days left');
    expect(daysLeftText(english, -1)).toBe('1 days past');
    expect(isDeadlineUrgent(undefined)).toBe(false);
    expect(isDeadlineUrgent(2)).toBe(false);
    expect(isDeadlineUrgent(1)).toBe(true);
    expect(isDeadlineUrgent(0)).toBe(true);
    expect(isDeadlineUrgent(-4)).toBe(true);
  });

  it('say how each checklist item stands: which record, which files, why not available, or MISSING', () => {
    const states: EvidenceState[] = [
      { item: 'transaction_ids', state: 'data', detail: '2026-11-18T10:02 412345678901' },
      { item: 'signed_slip', state: 'file', files: ['a'.repeat(64), 'b'.repeat(64)] },
      { item: 'proof_of_service', state: 'not_available', reason: '到店自提，没有签收单' },
      { item: 'notice', state: 'missing' },
    ];
    const names = new Map([['a'.repeat(64), 'slip.jpg']]);
    expect(states.map((state) => evidenceStateText(zh, state, names))).toEqual([
      '已有记录：2026-11-18T10:02 412345678901',
      `已附文件：slip.jpg、${'b'.repeat(12)}`,
      '无法提供：到店自提，没有签收单',
      '缺',
    ]);
    expect(evidenceStateText(english, states[3] as EvidenceState)).toBe('MISSING');
    expect(evidenceStateText(english, states[1] as EvidenceState, names)).toBe(`File attached: slip.jpg, ${'b'.repeat(12)}`);
    expect(countMissing(states)).toBe(1);
    expect(missingText(zh, 0)).toBe('证据齐全');
    expect(missingText(zh, 2)).toBe('缺 2 项');
    expect(missingText(english, 1)).toBe('1 missing');
  });

  it('tell a case event in one line, and a contact with its channel and party', () => {
    expect(caseEventText(zh, event({ kind: 'status_changed', from: 'open', to: 'waiting_reply' }))).toBe('状态改为“等待对方答复”');
    expect(caseEventText(zh, event({ kind: 'evidence_marked', evidence: { item: 'proof_of_service', reason: '没有' } }))).toBe('“交货/服务证明”无法提供：没有');
    expect(caseEventText(english, event({ kind: 'deadline_set', deadline: '2026-11-27' }))).toBe('Deadline changed to 2026-11-27');
    const call = event({ kind: 'contact_logged', contact: { at: '2026-11-20T10:05', channel: 'phone', party: 'acquirer', who: '客服 8 号', summary: '已受理' } });
    expect(caseEventText(zh, call)).toBe('联系记录');
    expect(contactLine(zh, call)).toBe('2026-11-20 10:05 · 电话 · 收单机构 · 客服 8 号');
    expect(contactLine(zh, event({}))).toBeUndefined();
  });

  it('describe the last export with its language and whether personal data was hidden', () => {
    const text = lastPacketText(zh, { at: '2026-11-20T02:05:00.000Z', language: 'en', redacted: true, fileName: 'AJ-202611-0001.zip' });
    expect(text).toContain('English');
    expect(text).toContain('已隐去个人信息');
    expect(text).toContain('AJ-202611-0001.zip');
    expect(lastPacketText(english, { at: '2026-11-20T02:05:00.000Z', language: 'zh-CN', redacted: false, fileName: 'x.zip' })).toContain('NOT hidden');
  });
});

describe('counterparty', () => {
  it('takes a directory entry with its number, platforms first and regulators as complaint bodies', () => {
    const wechat = DEFAULT_HOTLINES.find((entry) => entry.id === 'wechat_pay');
    expect(wechat).toBeDefined();
    if (wechat === undefined) return;
    expect(fromHotline(wechat, '微信支付商户服务')).toEqual({ kind: 'platform', name: '微信支付商户服务', hotlineId: 'wechat_pay', phone: '95017' });
    expect(counterpartyKindOf('samr')).toBe('complaint_body');
    expect(counterpartyKindOf('unionpay')).toBe('platform');
  });

  it('trims a typed one and asks for its name', () => {
    expect(typedCounterparty({ kind: 'acquirer', name: ' 银联商务 ', phone: ' ' })).toEqual({ ok: true, value: { kind: 'acquirer', name: '银联商务' } });
    expect(typedCounterparty({ kind: 'bank', name: '工行', phone: '95588' })).toEqual({ ok: true, value: { kind: 'bank', name: '工行', phone: '95588' } });
    const missing = typedCounterparty({ kind: 'acquirer', name: '  ', phone: '' });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.field).toBe('counterparty.name');
  });
});
