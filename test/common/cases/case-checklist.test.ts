import { describe, expect, it } from 'vitest';
import { CASE_KINDS } from '../../../electron/common/cases/case';
import type { Case, EvidenceItem } from '../../../electron/common/cases/case';
import { withCaseEvidence } from '../../../electron/common/cases/case-attachments';
import { checklistOf, evaluateChecklist } from '../../../electron/common/cases/case-checklist';
import { resolveLinks } from '../../../electron/common/cases/case-links';
import { withCaseContact, withEvidenceMarked } from '../../../electron/common/cases/case-records';
import { nodeHasher } from '../../support/node-hasher';
import { link, lookup, NOW, opened } from './case-fixture';

const LATER = new Date(NOW.getTime() + 60_000);
const sha = (c: string) => c.repeat(64);

function withFile(kase: Case, shaChar: string, evidence?: EvidenceItem): Case {
  const ref = { sha256: sha(shaChar), mediaType: 'image/jpeg' as const, size: 10, name: 'slip.jpg' };
  return withCaseEvidence(kase, { actor: '店长', ref, ...(evidence === undefined ? {} : { evidence }) }, LATER, nodeHasher);
}

const evaluate = (kase: Case) => evaluateChecklist(kase, resolveLinks(kase.links, lookup));
const states = (kase: Case) => evaluate(kase).map((entry) => `${entry.item}:${entry.state}`);

describe('checklistOf: every kind has its items in order, each with how it can be met', () => {
  it('matches the table exactly', () => {
    const table = Object.fromEntries(CASE_KINDS.map((kind) => [kind, checklistOf(kind).map(({ item, source }) => `${item}/${source}`)]));
    expect(table).toEqual({
      not_arrived: ['transaction_ids/data', 'refund_record/data', 'refund_voucher/file', 'customer_communication/data_or_file'],
      wrong_person: ['transaction_ids/data', 'refund_record/data', 'recipient_details/data', 'customer_communication/data_or_file', 'refund_voucher/file'],
      void_failed: ['transaction_ids/data', 'refund_record/data', 'refund_voucher/file', 'signed_slip/file'],
      missing_settlement: ['transaction_ids/data', 'settlement_statement/data_or_file', 'signed_slip/file'],
      duplicate_charge: ['duplicate_records/data', 'transaction_ids/data', 'settlement_statement/data_or_file', 'customer_communication/data_or_file'],
      retrieval: ['notice/file', 'transaction_ids/data', 'signed_slip/file', 'proof_of_service/file'],
      chargeback: ['notice/file', 'transaction_ids/data', 'signed_slip/file', 'proof_of_service/file', 'customer_communication/data_or_file', 'refund_policy/data_or_file'],
      complaint: ['notice/file', 'transaction_ids/data', 'customer_communication/data_or_file', 'refund_policy/data_or_file', 'proof_of_service/file'],
    });
  });
});

describe('evaluateChecklist', () => {
  it('not arrived, card refund: ids and record from data; voucher and communication missing', () => {
    const kase = opened('not_arrived', [link('refund', 'r-1')]);
    expect(evaluate(kase)).toEqual([
      { item: 'transaction_ids', state: 'data', detail: '2026-11-02 14:30 123456789012' },
      { item: 'refund_record', state: 'data', detail: 'TK-202611-0007' },
      { item: 'refund_voucher', state: 'missing' },
      { item: 'customer_communication', state: 'missing' },
    ]);
  });

  it('a QR sale is traced by its transaction no.; a cash sale has nothing to trace', () => {
    expect(evaluate(opened('complaint', [link('payment', 'p-2')]))[1]).toEqual({ item: 'transaction_ids', state: 'data', detail: '2026-11-03 09:15 4200001234202611000000000002' });
    expect(evaluate(opened('complaint', [link('payment', 'p-3')]))[1]).toEqual({ item: 'transaction_ids', state: 'missing' });
  });

  it('a tagged file meets a file item; an untagged one meets nothing; re-tagging the same file moves it', () => {
    const base = opened('not_arrived', [link('refund', 'r-1')]);
    const untagged = withFile(base, 'a');
    expect(states(untagged)).toEqual(['transaction_ids:data', 'refund_record:data', 'refund_voucher:missing', 'customer_communication:missing']);
    const tagged = withFile(untagged, 'a', 'refund_voucher');
    expect(evaluate(tagged)[2]).toEqual({ item: 'refund_voucher', state: 'file', files: [sha('a')] });
    expect(tagged.events.map((event) => event.kind)).toEqual(['created', 'attachment_added', 'attachment_added']);
    // The same file with the same tag again records nothing.
    expect(withFile(tagged, 'a', 'refund_voucher')).toBe(tagged);
  });

  it('marked not available keeps its reason; a later tagged file satisfies it again', () => {
    const base = opened('retrieval', [link('payment', 'p-1')], { deadline: '2026-11-25' });
    const marked = withEvidenceMarked(base, { id: base.id, item: 'signed_slip', reason: '签购单商户联已遗失', actor: '店长' }, LATER, nodeHasher);
    expect(evaluate(marked)).toEqual([
      { item: 'notice', state: 'missing' },
      { item: 'transaction_ids', state: 'data', detail: '2026-11-02 14:30 123456789012' },
      { item: 'signed_slip', state: 'not_available', reason: '签购单商户联已遗失' },
      { item: 'proof_of_service', state: 'missing' },
    ]);
    expect(evaluate(withFile(marked, 'b', 'signed_slip'))[2]).toEqual({ item: 'signed_slip', state: 'file', files: [sha('b')] });
  });

  it('refuses marking an item that is not on the kind’s checklist', () => {
    const base = opened('retrieval', [link('payment', 'p-1')], { deadline: '2026-11-25' });
    expect(() => withEvidenceMarked(base, { id: base.id, item: 'recipient_details', reason: 'x', actor: '店长' }, LATER, nodeHasher)).toThrow(
      expect.objectContaining({ code: 'invalid_argument', field: 'item' }),
    );
  });

  it('communication from the case’s contact log; policy from the refund’s copy; a file for the policy also counts', () => {
    const base = opened('chargeback', [link('refund', 'r-1')], { deadline: '2026-11-25' });
    const contacted = withCaseContact(base, { id: base.id, contact: { at: '2026-11-19T16:00', channel: 'phone', party: 'customer', summary: '顾客称未收到货' }, actor: '店长' }, LATER, nodeHasher);
    expect(evaluate(contacted).slice(4)).toEqual([
      { item: 'customer_communication', state: 'data', detail: '2026-11-19T16:00' },
      { item: 'refund_policy', state: 'data', detail: 'TK-202611-0007' },
    ]);
    const noPolicy = opened('chargeback', [link('payment', 'p-2')], { deadline: '2026-11-25' });
    expect(evaluate(noPolicy)[5]).toEqual({ item: 'refund_policy', state: 'missing' });
    expect(evaluate(withFile(noPolicy, 'c', 'refund_policy'))[5]).toEqual({ item: 'refund_policy', state: 'file', files: [sha('c')] });
  });

  it('settlement statement only from a day with money received; duplicate records need two payments', () => {
    expect(evaluate(opened('missing_settlement', [link('settlement', 's-1')]))[1]).toEqual({ item: 'settlement_statement', state: 'missing' });
    expect(evaluate(opened('missing_settlement', [link('settlement', 's-2')]))[1]).toEqual({ item: 'settlement_statement', state: 'data', detail: '2026-11-02 ¥980.00 2026-11-03' });
    const two = opened('duplicate_charge', [link('payment', 'p-1'), link('payment', 'p-2')]);
    expect(evaluate(two)[0]).toEqual({
      item: 'duplicate_records',
      state: 'data',
      detail: '2026-11-02T14:30 ¥120.00 123456789012; 2026-11-03T09:15 ¥120.00 4200001234202611000000000002',
    });
    const one = opened('duplicate_charge', [link('payment', 'p-1')], { demand: '第二笔扣款只在顾客的银行流水里' });
    expect(evaluate(one)[0]).toEqual({ item: 'duplicate_records', state: 'missing' });
  });

  it('recipient details from the linked refund’s misdirect record', () => {
    const plain = opened('wrong_person', [link('refund', 'r-1')]);
    expect(evaluate(plain)[2]).toEqual({ item: 'recipient_details', state: 'missing' });
  });
});
