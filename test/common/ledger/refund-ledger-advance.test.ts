import { describe, expect, it } from 'vitest';
import { containsFullCardNumber } from '../../../electron/common/domain/card-number';
import { FixedClock } from '../../support/fixed-clock';
import { MemoryLedgerStore } from '../../support/memory-ledger-store';
import { SequentialIds } from '../../support/sequential-ids';
import { NOW, openLedger, wechat } from './ledger-harness';

const TX = '4200006666202611196666666666';

describe('RefundLedger.advance', () => {
  it('walks recorded → done → arrived with a verifiable chain', async () => {
    const { ledger } = await openLedger();
    const created = await ledger.create(wechat(TX, 100, 40));
    const done = await ledger.advance({ id: created.refund.id, to: 'done', actor: '小王', note: '已在商户平台发起退款' });
    const arrived = await ledger.advance({ id: created.refund.id, to: 'arrived', actor: '店长' });
    expect(done.refund.status).toBe('done');
    expect(arrived.refund.status).toBe('arrived');
    expect(arrived.allowedTransitions).toEqual([]);
    expect(arrived.chainValid).toBe(true);
    expect(arrived.refund.events.map((event) => [event.seq, event.kind, event.from, event.to])).toEqual([
      [1, 'created', undefined, 'recorded'],
      [2, 'status_changed', 'recorded', 'done'],
      [3, 'status_changed', 'done', 'arrived'],
    ]);
    expect(arrived.refund.events[1]).toMatchObject({ actor: '小王', note: '已在商户平台发起退款' });
    expect(arrived.refund.updatedAt).toBe(arrived.refund.events[2]?.at);
    expect(ledger.get(created.refund.id).refund.status).toBe('arrived');
    expect(ledger.list({ offset: 0, limit: 5 }).items[0]?.status).toBe('arrived');
  });

  it('refuses a transition the table does not allow', async () => {
    const { ledger } = await openLedger();
    const { refund } = await ledger.create(wechat(TX, 100));
    await expect(ledger.advance({ id: refund.id, to: 'arrived', actor: '店长' })).rejects.toMatchObject({
      code: 'invalid_transition',
      params: { from: 'recorded', to: 'arrived' },
    });
    await expect(ledger.advance({ id: refund.id, to: 'recorded', actor: '店长' })).rejects.toMatchObject({ code: 'invalid_transition' });
  });

  it('needs a reason to fail, and keeps it in the chain and on the refund', async () => {
    const { ledger } = await openLedger();
    const { refund } = await ledger.create(wechat(TX, 100));
    await expect(ledger.advance({ id: refund.id, to: 'failed', actor: '店长', reason: '  ' })).rejects.toMatchObject({
      code: 'required',
      field: 'reason',
    });
    const failed = await ledger.advance({ id: refund.id, to: 'failed', actor: '店长', reason: '卡已注销' });
    expect(failed.refund).toMatchObject({ status: 'failed', failureReason: '卡已注销' });
    expect(failed.refund.events.at(-1)).toMatchObject({ from: 'recorded', to: 'failed', note: '卡已注销' });
    expect([failed.refundedNet, failed.remainder]).toEqual([0, 10_000]);
  });

  it('a retry keeps the number, clears the reason and counts against the remainder again', async () => {
    const { ledger } = await openLedger();
    const { refund } = await ledger.create(wechat(TX, 100, 60));
    await ledger.advance({ id: refund.id, to: 'failed', actor: '店长', reason: '系统超时' });
    const retried = await ledger.advance({ id: refund.id, to: 'recorded', actor: '店长', note: '重新发起' });
    expect(retried.refund.number).toBe(refund.number);
    expect(retried.refund).not.toHaveProperty('failureReason');
    expect([retried.refundedNet, retried.remainder]).toEqual([6_000, 4_000]);
    expect(retried.chainValid).toBe(true);
  });

  it('refuses a retry when the remainder was used meanwhile', async () => {
    const { ledger, store } = await openLedger();
    const { refund } = await ledger.create(wechat(TX, 100, 60));
    await ledger.advance({ id: refund.id, to: 'failed', actor: '店长', reason: '系统超时' });
    // The shop refunded part of it another way in the meantime.
    await ledger.create(wechat(TX, 100, 50));
    const commits = store.commits.length;
    await expect(ledger.advance({ id: refund.id, to: 'recorded', actor: '店长' })).rejects.toMatchObject({
      code: 'exceeds_remainder',
      params: { remainder: '50.00' },
    });
    expect(store.commits).toHaveLength(commits);
    expect(ledger.get(refund.id).refund.status).toBe('failed');
  });

  it('leaves the refund as it was when the commit fails', async () => {
    const { ledger, store } = await openLedger();
    const { refund } = await ledger.create(wechat(TX, 100));
    store.failNextCommit();
    await expect(ledger.advance({ id: refund.id, to: 'done', actor: '店长' })).rejects.toMatchObject({ code: 'disk_full' });
    const detail = ledger.get(refund.id);
    expect(detail.refund.status).toBe('recorded');
    expect(detail.refund.events).toHaveLength(1);
    expect(ledger.list({ status: 'done', offset: 0, limit: 5 }).total).toBe(0);
  });

  it('refuses unknown ids, blank actors and card numbers', async () => {
    const { ledger } = await openLedger();
    const { refund } = await ledger.create(wechat(TX, 100));
    await expect(ledger.advance({ id: 'nope', to: 'done', actor: '店长' })).rejects.toMatchObject({ code: 'not_found' });
    expect(() => ledger.get('nope')).toThrow(expect.objectContaining({ code: 'not_found' }));
    await expect(ledger.advance({ id: refund.id, to: 'done', actor: ' ' })).rejects.toMatchObject({ code: 'required', field: 'actor' });
    await expect(ledger.advance({ id: refund.id, to: 'failed', actor: '店长', reason: '退到 4111111111111111' })).rejects.toMatchObject({
      code: 'full_card_number',
      field: 'reason',
    });
  });
});

describe('ids that look like card numbers', () => {
  it('a refund id is a machine id and never refused as a card number', async () => {
    // Like a UUID whose first groups happen to be digits: 4111111111111111 across the dashes.
    const ids = new SequentialIds('41111111-1111-1111-a');
    const { ledger } = await openLedger(new MemoryLedgerStore(), new FixedClock(NOW, 1_000), ids);
    const { refund } = await ledger.create(wechat(TX, 100));
    expect(containsFullCardNumber(refund.id)).toBe(true);
    await expect(ledger.advance({ id: refund.id, to: 'done', actor: '店长' })).resolves.toMatchObject({ refund: { status: 'done' } });
    await expect(ledger.addNote({ id: refund.id, actor: '店长', note: 'ok' })).resolves.toBeDefined();
  });
});

describe('RefundLedger.addNote', () => {
  it('appends a chained note without changing the status', async () => {
    const { ledger } = await openLedger();
    const { refund } = await ledger.create(wechat(TX, 100));
    const noted = await ledger.addNote({ id: refund.id, actor: '小李', note: ' 已电话联系顾客 ' });
    expect(noted.refund.status).toBe('recorded');
    expect(noted.refund.events.at(-1)).toMatchObject({ seq: 2, kind: 'note_added', actor: '小李', note: '已电话联系顾客' });
    expect(noted.chainValid).toBe(true);
  });

  it('refuses an empty note and a card number in it', async () => {
    const { ledger } = await openLedger();
    const { refund } = await ledger.create(wechat(TX, 100));
    await expect(ledger.addNote({ id: refund.id, actor: '小李', note: '  ' })).rejects.toMatchObject({ code: 'required', field: 'note' });
    await expect(ledger.addNote({ id: refund.id, actor: '小李', note: '卡号 4111 1111 1111 1111' })).rejects.toMatchObject({
      code: 'full_card_number',
      field: 'note',
    });
  });

  it('keeps ordering by seq when the clock goes backwards', async () => {
    const { ledger, clock } = await openLedger();
    const { refund } = await ledger.create(wechat(TX, 100));
    clock.set('2026-01-01T00:00:00.000Z');
    const noted = await ledger.addNote({ id: refund.id, actor: '店长', note: '时钟被调回' });
    expect(noted.refund.events.map((event) => event.seq)).toEqual([1, 2]);
    expect(noted.chainValid).toBe(true);
  });
});
