/** An erased event keeps its links; anything else about it, or around it, that changes still breaks the chain. */
import { describe, expect, it } from 'vitest';
import { appendCaseEvent, verifyCaseChain } from '../../../electron/common/cases/case-chain';
import type { CaseEvent } from '../../../electron/common/cases/case';
import { appendEvent, verifyChain } from '../../../electron/common/domain/hash-chain';
import type { RefundEvent } from '../../../electron/common/domain/types';
import { nodeHasher } from '../../support/node-hasher';

const contact = { at: '2026-11-20T09:00', channel: 'phone' as const, party: 'customer' as const, who: '张三', summary: '还没到账' };
const erasedContact = { at: contact.at, channel: contact.channel, party: contact.party, summary: '' };

function refundHistory(): RefundEvent[] {
  let events: RefundEvent[] = [];
  events = appendEvent(events, { at: '2026-11-20T01:00:00.000Z', actor: '王店长', kind: 'created' }, nodeHasher);
  events = appendEvent(events, { at: '2026-11-20T01:05:00.000Z', actor: '王店长', kind: 'contact_logged', contact }, nodeHasher);
  events = appendEvent(events, { at: '2026-11-20T01:06:00.000Z', actor: '王店长', kind: 'note_added', note: '已打印凭证' }, nodeHasher);
  return events;
}

/** What privacy/erasure.ts does: blank seq 2's text, mark it, then append the declaring event. */
function erased(events: RefundEvent[], declare: readonly number[] = [2]): RefundEvent[] {
  const blanked = events.map((event) => (event.seq === 2 ? { ...event, contact: erasedContact, erased: true as const } : event));
  return appendEvent(blanked, { at: '2026-11-21T01:00:00.000Z', actor: '王店长', kind: 'personal_data_erased', note: 'customer_request', erasedSeqs: declare }, nodeHasher);
}

const setAt = <T extends { seq: number }>(events: readonly T[], seq: number, patch: Partial<T>): T[] =>
  events.map((event) => (event.seq === seq ? { ...event, ...patch } : event));

describe('refund chains with erased text', () => {
  it('verifies when a later erasure event declares the erased seq', () => {
    expect(verifyChain(erased(refundHistory()), nodeHasher)).toBe(true);
  });

  it('fails when the text is blanked but nothing declares it (an edit made to look like an erasure)', () => {
    const events = refundHistory();
    expect(verifyChain(setAt(events, 2, { contact: erasedContact, erased: true }), nodeHasher)).toBe(false);
    expect(verifyChain(erased(events, [3]), nodeHasher)).toBe(false);
  });

  it('fails when the declaration is removed or edited on disk', () => {
    const events = erased(refundHistory());
    expect(verifyChain(setAt(events, 4, { erasedSeqs: [2, 3] }), nodeHasher)).toBe(false);
    expect(verifyChain(events.slice(0, 3), nodeHasher)).toBe(false);
  });

  it('still links: an erased event\'s hash changed, or an event after it edited, is caught', () => {
    const events = erased(refundHistory());
    expect(verifyChain(setAt(events, 2, { hash: 'f'.repeat(64) }), nodeHasher)).toBe(false);
    expect(verifyChain(setAt(events, 3, { note: '改过' }), nodeHasher)).toBe(false);
  });

  it('a declaration must come after the event it erases', () => {
    let events: RefundEvent[] = [];
    events = appendEvent(events, { at: 'a', actor: 'x', kind: 'created' }, nodeHasher);
    events = appendEvent(events, { at: 'b', actor: 'x', kind: 'personal_data_erased', note: 'customer_request', erasedSeqs: [3] }, nodeHasher);
    events = appendEvent(events, { at: 'c', actor: 'x', kind: 'contact_logged', contact }, nodeHasher);
    expect(verifyChain(setAt(events, 3, { contact: erasedContact, erased: true }), nodeHasher)).toBe(false);
  });
});

describe('case chains with erased text', () => {
  it('follow the same rule', () => {
    let events: CaseEvent[] = [];
    events = appendCaseEvent(events, { at: 'a', actor: 'x', kind: 'note_added', note: '张三来过' }, nodeHasher);
    events = appendCaseEvent(events, { at: 'b', actor: 'x', kind: 'contact_logged', contact }, nodeHasher);
    const blanked = setAt(events, 1, { note: undefined, erased: true });
    expect(verifyCaseChain(blanked, nodeHasher)).toBe(false);
    const declared = appendCaseEvent(blanked, { at: 'c', actor: 'x', kind: 'personal_data_erased', note: 'customer_request', erasedSeqs: [1] }, nodeHasher);
    expect(verifyCaseChain(declared, nodeHasher)).toBe(true);
    expect(verifyCaseChain(setAt(declared, 2, { contact: erasedContact }), nodeHasher)).toBe(false);
  });
});
