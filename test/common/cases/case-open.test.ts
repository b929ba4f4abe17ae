import { describe, expect, it } from 'vitest';
import { openCase } from '../../../electron/common/cases/case-open';
import type { OpenCaseInput } from '../../../electron/common/ipc/contract-cases';
import { nodeHasher } from '../../support/node-hasher';
import { link, lookup, NOW, openInput, opened, TODAY } from './case-fixture';

const open = (input: OpenCaseInput) => openCase({ input, id: 'case-1', number: 'AJ-202611-0001', now: NOW, today: TODAY, lookup, hasher: nodeHasher });
const refusal = (input: OpenCaseInput) => {
  try {
    open(input);
  } catch (error) {
    const { code, field } = error as { code: string; field?: string };
    return `${code} ${field ?? ''}`.trim();
  }
  return 'accepted';
};

describe('opening a case', () => {
  it('builds the case with its created event holding the opening facts', () => {
    const kase = opened('retrieval', [link('payment', 'p-1')], { deadline: '2026-11-25', ticketNo: ' DD-2026-889 ', demand: '请查收签购单' });
    expect(kase).toMatchObject({
      id: 'case-retrieval',
      number: 'AJ-202611-0001',
      kind: 'retrieval',
      status: 'open',
      deadline: '2026-11-25',
      ticketNo: 'DD-2026-889',
      counterparty: { kind: 'acquirer', name: '银联商务客服', phone: '95516' },
      createdAt: NOW.toISOString(),
    });
    expect(kase.events).toHaveLength(1);
    expect(kase.events[0]?.opened).toEqual({
      number: 'AJ-202611-0001',
      kind: 'retrieval',
      links: [{ type: 'payment', id: 'p-1' }],
      counterparty: { kind: 'acquirer', name: '银联商务客服', phone: '95516' },
      deadline: '2026-11-25',
      ticketNo: 'DD-2026-889',
      demand: '请查收签购单',
    });
  });

  it('a deadline is required for 调单 and 拒付, copied from the notice; optional otherwise', () => {
    expect(refusal(openInput('retrieval', [link('payment', 'p-1')]))).toBe('required deadline');
    expect(refusal(openInput('chargeback', [link('payment', 'p-1')]))).toBe('required deadline');
    expect(refusal(openInput('chargeback', [link('payment', 'p-1')], { deadline: '' }))).toBe('required deadline');
    expect(refusal(openInput('complaint', [link('payment', 'p-1')]))).toBe('accepted');
  });

  it('a deadline already past is refused with a clear message; today is accepted', () => {
    expect(() => open(openInput('chargeback', [link('payment', 'p-1')], { deadline: '2026-11-19' }))).toThrow(
      expect.objectContaining({ code: 'date_invalid', field: 'deadline', message: 'The deadline 2026-11-19 has already passed; check the date on the notice.' }),
    );
    expect(refusal(openInput('chargeback', [link('payment', 'p-1')], { deadline: '2026-02-30' }))).toBe('date_invalid deadline');
    expect(refusal(openInput('chargeback', [link('payment', 'p-1')], { deadline: TODAY }))).toBe('accepted');
  });

  it('links must exist, be of an allowed type for the kind, and include the record the kind is about', () => {
    expect(refusal(openInput('wrong_person', [link('payment', 'p-1')]))).toBe('required links');
    expect(refusal(openInput('not_arrived', [link('settlement', 's-1')]))).toBe('invalid_argument links.0');
    expect(refusal(openInput('retrieval', [link('settlement', 's-1')], { deadline: '2026-11-25' }))).toBe('invalid_argument links.0');
    expect(refusal(openInput('missing_settlement', [link('refund', 'r-1')]))).toBe('invalid_argument links.0');
    expect(refusal(openInput('missing_settlement', [link('settlement', 's-1')]))).toBe('accepted');
    expect(refusal(openInput('missing_settlement', [link('payment', 'p-2')]))).toBe('accepted');
    expect(refusal(openInput('not_arrived', [link('refund', 'nope')]))).toBe('not_found links.0');
    expect(refusal(openInput('not_arrived', [link('refund', 'r-1'), link('refund', 'r-1')]))).toBe('invalid_argument links.1');
    expect(refusal(openInput('complaint', []))).toBe('required links');
  });

  it('a duplicate charge needs two payments, or a request saying why there is one', () => {
    expect(refusal(openInput('duplicate_charge', [link('payment', 'p-1')]))).toBe('required links');
    expect(refusal(openInput('duplicate_charge', [link('payment', 'p-1')], { demand: '第二笔只在顾客银行流水里' }))).toBe('accepted');
    expect(refusal(openInput('duplicate_charge', [link('payment', 'p-1'), link('payment', 'p-2')]))).toBe('accepted');
  });

  it('refuses a full card number in typed text, but not in ids', () => {
    // 4111 1111 1111 1111 passes the Luhn check.
    expect(refusal(openInput('complaint', [link('payment', 'p-1')], { demand: '顾客卡号 4111111111111111 被扣两次' }))).toBe('full_card_number demand');
    expect(refusal(openInput('complaint', [link('payment', 'p-1')], { ticketNo: '4111111111111111' }))).toBe('full_card_number ticketNo');
    expect(refusal(openInput('complaint', [link('payment', 'p-1')], { requestId: '4111111111111111' }))).toBe('accepted');
  });

  it('counterparty name required; limits on typed text', () => {
    expect(refusal(openInput('complaint', [link('payment', 'p-1')], { counterparty: { kind: 'complaint_body', name: '  ' } }))).toBe('required counterparty.name');
    expect(refusal(openInput('complaint', [link('payment', 'p-1')], { counterparty: { kind: 'complaint_body', name: '市'.repeat(101) } }))).toBe('too_long counterparty.name');
    expect(refusal(openInput('complaint', [link('payment', 'p-1')], { demand: '请'.repeat(1001) }))).toBe('too_long demand');
    expect(refusal(openInput('complaint', [link('payment', 'p-1')], { ticketNo: 'x'.repeat(65) }))).toBe('too_long ticketNo');
    expect(refusal(openInput('complaint', [link('payment', 'p-1')], { counterparty: { kind: 'bank', name: '工行', phone: 'call me' } }))).toBe('invalid_argument counterparty.phone');
    expect(refusal(openInput('complaint', [link('payment', 'p-1')], { actor: ' ' }))).toBe('required actor');
  });
});
