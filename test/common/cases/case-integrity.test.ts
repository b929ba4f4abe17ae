import { describe, expect, it } from 'vitest';
import { CASE_STATUSES } from '../../../electron/common/cases/case';
import type { Case } from '../../../electron/common/cases/case';
import { verifyCaseChain } from '../../../electron/common/cases/case-chain';
import { withCaseStatus, withCaseUpdate, withCoverLetter, withPacketExported, lastPacketOf } from '../../../electron/common/cases/case-records';
import { verifyCase } from '../../../electron/common/cases/case-replay';
import { CASE_TRANSITIONS } from '../../../electron/common/cases/case-status';
import { nodeHasher } from '../../support/node-hasher';
import { link, NOW, opened, TODAY } from './case-fixture';

const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

/** Open → waiting → ticket + deadline → cover letter → exported → resolved. */
function history(): Case {
  let kase = opened('chargeback', [link('payment', 'p-1')], { deadline: '2026-11-25' });
  kase = withCaseStatus(kase, { id: kase.id, to: 'waiting_reply', actor: '店长' }, at(1), nodeHasher);
  kase = withCaseUpdate(kase, { id: kase.id, deadline: '2026-11-28', ticketNo: 'JF-001', note: '银行同意延期', actor: '店长' }, at(2), TODAY, nodeHasher);
  kase = withCoverLetter(kase, { id: kase.id, text: '致银联商务：……', actor: '店长' }, at(3), nodeHasher);
  kase = withPacketExported(kase, { manifestSha256: 'f'.repeat(64), language: 'zh-CN', redacted: true, fileName: 'AJ-202611-0001.zip' }, '店长', at(4), nodeHasher);
  return withCaseStatus(kase, { id: kase.id, to: 'resolved', note: '银行撤销拒付', actor: '店长' }, at(5), nodeHasher);
}

describe('case status table', () => {
  it('is exactly this table; resolved and lost only reopen', () => {
    expect(Object.fromEntries(CASE_STATUSES.map((status) => [status, [...CASE_TRANSITIONS[status]]]))).toEqual({
      open: ['waiting_reply', 'escalated', 'resolved', 'lost'],
      waiting_reply: ['open', 'escalated', 'resolved', 'lost'],
      escalated: ['open', 'waiting_reply', 'resolved', 'lost'],
      resolved: ['open'],
      lost: ['open'],
    });
  });

  it('refuses a move not in the table, and closing or reopening without a note', () => {
    const kase = opened('complaint', [link('payment', 'p-1')]);
    const move = (c: Case, to: Case['status'], note?: string) => withCaseStatus(c, { id: c.id, to, actor: '店长', ...(note === undefined ? {} : { note }) }, at(1), nodeHasher);
    expect(() => move(kase, 'open')).toThrow(expect.objectContaining({ code: 'invalid_transition', field: 'to' }));
    expect(() => move(kase, 'lost')).toThrow(expect.objectContaining({ code: 'required', field: 'note' }));
    const lost = move(kase, 'lost', '超过期限');
    expect(() => move(lost, 'resolved', 'x')).toThrow(expect.objectContaining({ code: 'invalid_transition' }));
    expect(() => move(lost, 'open')).toThrow(expect.objectContaining({ code: 'required', field: 'note' }));
    expect(move(lost, 'open', '二次退单，重新处理')).toMatchObject({ status: 'open' });
  });
});

describe('case chain and verifyCase', () => {
  it('a whole history verifies; fields follow the events', () => {
    const kase = history();
    expect(kase.events.map((event) => event.kind)).toEqual(['created', 'status_changed', 'deadline_set', 'ticket_set', 'note_added', 'cover_letter_saved', 'packet_exported', 'status_changed']);
    expect(kase).toMatchObject({ status: 'resolved', deadline: '2026-11-28', ticketNo: 'JF-001', coverLetter: '致银联商务：……', updatedAt: at(5).toISOString() });
    expect(verifyCaseChain(kase.events, nodeHasher)).toBe(true);
    expect(verifyCase(kase, nodeHasher)).toBe(true);
  });

  it('a removed event breaks the chain (and the case)', () => {
    const kase = history();
    const without = kase.events.filter((event) => event.seq !== 4);
    expect(verifyCaseChain(without, nodeHasher)).toBe(false);
    expect(verifyCase({ ...kase, events: without }, nodeHasher)).toBe(false);
    // Removing the last event leaves a valid chain, but the case's fields no longer match it.
    expect(verifyCaseChain(kase.events.slice(0, -1), nodeHasher)).toBe(true);
    expect(verifyCase({ ...kase, events: kase.events.slice(0, -1) }, nodeHasher)).toBe(false);
  });

  it('an edited event breaks the chain', () => {
    const kase = history();
    const events = kase.events.map((event) => (event.kind === 'deadline_set' ? { ...event, deadline: '2026-12-31' } : event));
    expect(verifyCaseChain(events, nodeHasher)).toBe(false);
  });

  it('catches each of the case’s own fields edited on disk', () => {
    const kase = history();
    const edits: Partial<Case>[] = [
      { number: 'AJ-202611-0002' },
      { kind: 'retrieval' },
      { status: 'lost' },
      { deadline: '2026-12-31' },
      { ticketNo: 'JF-999' },
      { demand: '加一句' },
      { coverLetter: '改过的信' },
      { links: [{ type: 'payment', id: 'p-2' }] },
      { counterparty: { kind: 'bank', name: '别的银行' } },
      { createdAt: at(-60).toISOString() },
      { updatedAt: at(60).toISOString() },
    ];
    for (const edit of edits) expect(verifyCase({ ...kase, ...edit }, nodeHasher), JSON.stringify(edit)).toBe(false);
    expect(verifyCase({ ...kase, requestId: 'changed-request' }, nodeHasher)).toBe(true);
  });

  it('the last packet is stale once anything is recorded after it', () => {
    const kase = history();
    expect(lastPacketOf(kase.events)).toEqual({ manifestSha256: 'f'.repeat(64), language: 'zh-CN', redacted: true, fileName: 'AJ-202611-0001.zip', at: at(4).toISOString(), stale: true });
    const before = { ...kase, events: kase.events.slice(0, 7) };
    expect(lastPacketOf(before.events)?.stale).toBe(false);
    expect(lastPacketOf(kase.events.slice(0, 6))).toBeUndefined();
  });

  it('an update with the same values records nothing; a past deadline is refused', () => {
    const kase = history();
    expect(withCaseUpdate(kase, { id: kase.id, deadline: '2026-11-28', ticketNo: 'JF-001', actor: '店长' }, at(9), TODAY, nodeHasher)).toBe(kase);
    expect(() => withCaseUpdate(kase, { id: kase.id, deadline: '2026-11-01', actor: '店长' }, at(9), TODAY, nodeHasher)).toThrow(expect.objectContaining({ code: 'date_invalid', field: 'deadline' }));
    expect(() => withCaseUpdate(kase, { id: kase.id, actor: '店长' }, at(9), TODAY, nodeHasher)).toThrow(expect.objectContaining({ code: 'required' }));
    expect(() => withCoverLetter(kase, { id: kase.id, text: '卡号 4111 1111 1111 1111', actor: '店长' }, at(9), nodeHasher)).toThrow(expect.objectContaining({ code: 'full_card_number', field: 'text' }));
  });

  it('a letter may quote the linked merchant no. even when it passes the Luhn check; a card number is still refused', () => {
    const kase = history();
    // 898310048161234 is a 15-digit UnionPay merchant no. that happens to pass Luhn.
    const letter = '我店（商户编号：898310048161234）收到贵方调单通知。';
    expect(() => withCoverLetter(kase, { id: kase.id, text: letter, actor: '店长' }, at(9), nodeHasher)).toThrow(expect.objectContaining({ code: 'full_card_number' }));
    const saved = withCoverLetter(kase, { id: kase.id, text: letter, actor: '店长' }, at(9), nodeHasher, ['898310048161234']);
    expect(saved.coverLetter).toBe(letter);
    expect(() =>
      withCoverLetter(kase, { id: kase.id, text: `${letter} 卡号 4111 1111 1111 1111`, actor: '店长' }, at(9), nodeHasher, ['898310048161234']),
    ).toThrow(expect.objectContaining({ code: 'full_card_number', field: 'text' }));
  });
});
