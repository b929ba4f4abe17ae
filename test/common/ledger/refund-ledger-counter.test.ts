import { describe, expect, it } from 'vitest';
import type { CounterSettings } from '../../../electron/common/domain/counter-settings';
import { DomainError } from '../../../electron/common/domain/errors';
import { verifyChain } from '../../../electron/common/domain/hash-chain';
import { verifyRefundHistory } from '../../../electron/common/domain/refund-facts';
import { RefundLedger } from '../../../electron/common/ledger/refund-ledger';
import type { CreateRefundInput } from '../../../electron/common/ipc/contract';
import { FixedClock } from '../../support/fixed-clock';
import { MemoryLedgerStore } from '../../support/memory-ledger-store';
import { nodeHasher } from '../../support/node-hasher';
import { SequentialIds } from '../../support/sequential-ids';
import { NOW, refundInput, wechat } from './ledger-harness';

async function openCounterLedger(settings: CounterSettings = { terminals: [], acquirers: [], refundPolicy: '7天内凭小票退换' }) {
  const clock = new FixedClock(NOW, 1_000);
  const ledger = await RefundLedger.open({
    store: new MemoryLedgerStore(),
    clock,
    hasher: nodeHasher,
    ids: new SequentialIds(),
    counterRules: { counterSettings: () => settings },
  });
  return { ledger, clock };
}

async function refusal(run: () => Promise<unknown>): Promise<DomainError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const confirmed = (input: CreateRefundInput): CreateRefundInput => ({ ...input, confirmDuplicate: true });

describe('ledger with the counter rules', () => {
  it('partial refunds: a second up to the remainder, a third refused showing ¥0.00 left', async () => {
    const { ledger } = await openCounterLedger();
    await ledger.create(wechat('4200000001', 100, 60));
    const second = await ledger.create(confirmed(wechat('4200000001', 100, 40)));
    expect(second.remainder).toBe(0);
    const third = await refusal(() => ledger.create(confirmed(wechat('4200000001', 100, 1))));
    expect(third.code).toBe('exceeds_remainder');
    expect(third.params).toEqual({ remainder: '0.00' });
  });

  it('refuses a look-alike without confirmation, naming the other refund; records the confirmation', async () => {
    const { ledger } = await openCounterLedger();
    const first = await ledger.create(wechat('4200000002', 100, 30));
    const duplicate = await refusal(() => ledger.create(wechat('4200000002', 100, 30)));
    expect(duplicate.code).toBe('possible_duplicate');
    expect(duplicate.params).toEqual({ number: first.refund.number });
    const second = await ledger.create(confirmed(wechat('4200000002', 100, 30)));
    expect(second.refund.counter?.duplicateOf).toBe(first.refund.number);
  });

  it('WeChat Pay: the 50th refund of a payment is recorded, the 51st refused', async () => {
    const { ledger, clock } = await openCounterLedger();
    for (let i = 1; i <= 50; i += 1) {
      await ledger.create(confirmed(wechat('4200000003', 100, 1)));
      clock.advance(60_000);
    }
    const refused = await refusal(() => ledger.create(confirmed(wechat('4200000003', 100, 1))));
    expect(refused.code).toBe('too_many_partial_refunds');
  });

  it('stores the destination, its confirmation and the policy text, covered by the facts hash', async () => {
    const { ledger } = await openCounterLedger();
    const input = refundInput({ channel: 'cash', type: 'other', ids: {}, paid: 50 });
    const refused = await refusal(() =>
      ledger.create({ ...input, refund: { ...input.refund, destination: { kind: 'manual_transfer', detail: '王五' } } }),
    );
    expect(refused.code).toBe('destination_not_confirmed');
    const detail = await ledger.create({
      ...input,
      refund: { ...input.refund, destination: { kind: 'manual_transfer', detail: '王五' }, destinationConfirmed: true },
    });
    expect(detail.refund.counter).toEqual({
      destination: { kind: 'manual_transfer', detail: '王五' },
      destinationConfirmed: true,
      policyText: '7天内凭小票退换',
    });
    expect(verifyRefundHistory(detail.refund, detail.payment, nodeHasher)).toBe(true);
    const edited = { ...detail.refund, counter: { ...detail.refund.counter!, policyText: '不退不换' } };
    expect(verifyRefundHistory(edited, detail.payment, nodeHasher)).toBe(false);
  });

  it('logs contacts as chained events', async () => {
    const { ledger } = await openCounterLedger();
    const { refund } = await ledger.create(wechat('4200000004', 88));
    const after = await ledger.logContact({
      id: refund.id,
      actor: '店长',
      contact: { at: '2026-11-20T09:30', channel: 'phone', party: 'bank', who: '工行客服 8 号', summary: '说 3 个工作日内到账' },
    });
    const event = after.refund.events.at(-1);
    expect(event?.kind).toBe('contact_logged');
    expect(event?.contact?.summary).toBe('说 3 个工作日内到账');
    expect(verifyChain(after.refund.events, nodeHasher)).toBe(true);
    expect(after.chainValid).toBe(true);
    // Changing what was said breaks the chain.
    const tampered = after.refund.events.map((e) => (e.contact === undefined ? e : { ...e, contact: { ...e.contact, summary: '没打过' } }));
    expect(verifyChain(tampered, nodeHasher)).toBe(false);
  });

  it('a misdirected refund counts against the payment until recovered, then the corrected refund fits', async () => {
    const { ledger } = await openCounterLedger();
    const input = refundInput({ channel: 'cash', type: 'other', ids: {}, paid: 50 });
    const wrong = await ledger.create({
      ...input,
      payment: { ...input.payment, ids: {} },
      refund: { ...input.refund, destination: { kind: 'red_packet', detail: '微信昵称 小王' }, destinationConfirmed: true },
    });
    const reported = await ledger.reportMisdirect({
      id: wrong.refund.id,
      actor: '店长',
      report: { what: 'manual_transfer', recipient: '微信昵称 小王', recoveryRequest: '已请对方退回红包' },
    });
    expect(reported.refund.misdirect).toMatchObject({ what: 'manual_transfer', recovered: false });
    expect(reported.remainder).toBe(0);
    const recovered = await ledger.markRecovered({ id: wrong.refund.id, actor: '店长', note: '对方已退回' });
    expect(recovered.refund.misdirect?.recovered).toBe(true);
    expect(recovered.remainder).toBe(5_000);
    expect(recovered.chainValid).toBe(true);
    const again = await refusal(() => ledger.markRecovered({ id: wrong.refund.id, actor: '店长' }));
    expect(again.code).toBe('invalid_transition');
  });
});
