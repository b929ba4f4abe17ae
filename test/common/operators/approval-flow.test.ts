import { describe, expect, it } from 'vitest';
import type { Operator } from '../../../electron/common/domain/operators';
import { RefundLedger } from '../../../electron/common/ledger/refund-ledger';
import { approvalContextOf, createApprovalHandlers, publicSettings } from '../../../electron/common/operators/approval-handlers';
import { OperatorDirectory } from '../../../electron/common/operators/operator-directory';
import { createScryptPinHasher } from '../../../electron/node/pin-hasher';
import { FixedClock } from '../../support/fixed-clock';
import { MemoryLedgerStore } from '../../support/memory-ledger-store';
import { MemorySettingsStore } from '../../support/memory-settings-store';
import { nodeHasher } from '../../support/node-hasher';
import { SequentialIds } from '../../support/sequential-ids';
import { NOW, refundInput } from '../ledger/ledger-harness';

const pins = createScryptPinHasher({ log2N: 10, r: 8, p: 1 });

type Seed = Omit<Operator, 'pinHash'> & { readonly pin?: string | undefined };

async function shop(operators: readonly Seed[]) {
  const stored: Operator[] = [];
  for (const { pin, ...operator } of operators) stored.push(pin === undefined ? operator : { ...operator, pinHash: await pins.hash(pin) });
  const settings = new MemorySettingsStore({ operators: stored });
  const clock = new FixedClock(NOW, 1_000);
  const ids = new SequentialIds();
  const ledger = await RefundLedger.open({
    store: new MemoryLedgerStore(),
    clock,
    hasher: nodeHasher,
    ids,
    approval: () => approvalContextOf(settings.get()),
  });
  const directory = new OperatorDirectory({ settings, pins, ids, clock });
  return { settings, clock, ledger, directory, handlers: createApprovalHandlers(directory, ledger) };
}

const OWNER: Seed = { id: 'o1', name: '店长', role: 'owner', pin: '2468' };
const CLERK: Seed = { id: 'c1', name: '小王', role: 'clerk' };

describe('approval through the handlers', () => {
  it('an above-threshold refund waits; a wrong PIN is refused; the owner approves; then it can be done', async () => {
    const { ledger, handlers } = await shop([OWNER, CLERK]);
    const created = await ledger.create(refundInput({ paid: 800, refund: 600, operator: '小王' }));
    expect(created.refund.status).toBe('awaiting_approval');
    expect(created.allowedTransitions).toEqual([]);
    expect(created.approval).toMatchObject({ active: true, reasons: ['above_threshold'] });
    expect(created.chainValid).toBe(true);
    await expect(ledger.advance({ id: created.refund.id, to: 'approved', actor: '小王' })).rejects.toMatchObject({ code: 'approval_required' });

    await expect(handlers['refund.approve']({ id: created.refund.id, approverId: 'o1', pin: '0000' })).rejects.toMatchObject({
      code: 'pin_wrong',
      field: 'pin',
    });
    const approved = await handlers['refund.approve']({ id: created.refund.id, approverId: 'o1', pin: '2468', note: '老顾客' });
    expect(approved.refund.status).toBe('approved');
    expect(approved.refund.events.at(-1)).toMatchObject({ kind: 'approved', actor: '店长', from: 'awaiting_approval', to: 'approved', note: '老顾客' });
    expect(approved.approval?.decision).toMatchObject({ kind: 'approved', by: '店长' });
    expect(approved.chainValid).toBe(true);
    expect(approved.allowedTransitions).toEqual(['done', 'failed']);
    const done = await ledger.advance({ id: created.refund.id, to: 'done', actor: '小王' });
    expect(done.allowedTransitions).toEqual(['processing', 'arrived', 'failed', 'closed', 'abnormal']);
  });

  it('a refund of exactly ¥500.00 needs no approval: recorded → done directly', async () => {
    const { ledger } = await shop([OWNER, CLERK]);
    const created = await ledger.create(refundInput({ paid: 500, refund: 500, operator: '小王' }));
    expect(created.refund.status).toBe('recorded');
    expect(created.allowedTransitions).toEqual(['done', 'failed']);
  });

  it('with no owner PIN nothing waits (approvals are inactive)', async () => {
    const { ledger } = await shop([{ ...OWNER, pin: undefined }, CLERK]);
    const created = await ledger.create(refundInput({ paid: 900, refund: 900, operator: '小王' }));
    expect(created.refund.status).toBe('recorded');
    expect(created.approval).toMatchObject({ active: false, reasons: ['above_threshold'] });
  });

  it('refuses self-approval when a second owner exists, and records an override in a one-owner shop', async () => {
    const two = await shop([OWNER, { id: 'o2', name: '老板娘', role: 'owner', pin: '1357' }]);
    const mine = await two.ledger.create(refundInput({ paid: 900, refund: 900, operator: '店长' }));
    await expect(two.handlers['refund.approve']({ id: mine.refund.id, approverId: 'o1', pin: '2468' })).rejects.toMatchObject({
      code: 'self_approval',
    });
    const byOther = await two.handlers['refund.approve']({ id: mine.refund.id, approverId: 'o2', pin: '1357' });
    expect(byOther.refund.events.at(-1)?.kind).toBe('approved');

    const one = await shop([OWNER, CLERK]);
    const own = await one.ledger.create(refundInput({ paid: 900, refund: 900, operator: '店长' }));
    const overridden = await one.handlers['refund.approve']({ id: own.refund.id, approverId: 'o1', pin: '2468' });
    expect(overridden.refund.events.at(-1)).toMatchObject({ kind: 'override', actor: '店长' });
    expect(overridden.approval?.decision?.kind).toBe('override');
  });

  it('a clerk cannot approve; a refusal needs a reason, is final and frees the remainder', async () => {
    const { ledger, handlers } = await shop([OWNER, { ...CLERK, pin: '1111' }]);
    const created = await ledger.create(refundInput({ paid: 900, refund: 900, operator: '小王', type: 'void' }));
    expect(created.approval?.reasons).toEqual(['void', 'above_threshold']);
    await expect(handlers['refund.approve']({ id: created.refund.id, approverId: 'c1', pin: '1111' })).rejects.toMatchObject({
      code: 'not_owner',
    });
    await expect(handlers['refund.refuse']({ id: created.refund.id, approverId: 'o1', pin: '2468', reason: ' ' })).rejects.toMatchObject({
      code: 'required',
    });
    const refused = await handlers['refund.refuse']({ id: created.refund.id, approverId: 'o1', pin: '2468', reason: '商品已拆封使用' });
    expect(refused.refund.status).toBe('refused');
    expect(refused.refund.events.at(-1)).toMatchObject({ kind: 'refused', note: '商品已拆封使用' });
    expect(refused.allowedTransitions).toEqual([]);
    expect(refused.remainder).toBe(90_000);
  });

  it('backs off after three wrong PINs and says how long to wait', async () => {
    const { ledger, handlers, clock } = await shop([OWNER, CLERK]);
    const created = await ledger.create(refundInput({ paid: 900, refund: 900, operator: '小王' }));
    const attempt = (pin: string) => handlers['refund.approve']({ id: created.refund.id, approverId: 'o1', pin });
    for (let i = 0; i < 3; i += 1) await expect(attempt('9999')).rejects.toMatchObject({ code: 'pin_wrong' });
    await expect(attempt('2468')).rejects.toMatchObject({ code: 'pin_backoff', params: { seconds: expect.any(Number) as number } });
    clock.advance(6_000);
    expect((await attempt('2468')).refund.status).toBe('approved');
  });

  it('abnormal needs where the money went and keeps it; a retried approved refund does not wait again', async () => {
    const { ledger, handlers } = await shop([OWNER, CLERK]);
    const created = await ledger.create(
      refundInput({ paid: 900, refund: 900, operator: '小王', channel: 'wechat', type: 'qr_refund', ids: { transactionNo: '4200001234567890' } }),
    );
    await handlers['refund.approve']({ id: created.refund.id, approverId: 'o1', pin: '2468' });
    await ledger.advance({ id: created.refund.id, to: 'done', actor: '小王' });
    await expect(ledger.advance({ id: created.refund.id, to: 'abnormal', actor: '小王' })).rejects.toMatchObject({
      code: 'required',
      field: 'reroutedTo',
    });
    const abnormal = await ledger.advance({ id: created.refund.id, to: 'abnormal', actor: '小王', reroutedTo: '招商银行储蓄卡 0403' });
    expect(abnormal.refund).toMatchObject({ status: 'abnormal', reroutedTo: '招商银行储蓄卡 0403' });
    await ledger.advance({ id: created.refund.id, to: 'failed', actor: '小王', reason: '改退也失败' });
    const retried = await ledger.advance({ id: created.refund.id, to: 'recorded', actor: '小王' });
    expect(retried.refund.status).toBe('recorded');
    expect(retried.allowedTransitions).toContain('done');
  });
});

describe('operators and sessions', () => {
  it('never exposes a PIN hash: operator.list and the public settings carry hasPin only', async () => {
    const { settings, handlers } = await shop([OWNER, CLERK]);
    const listed = await handlers['operator.list']({});
    expect(listed).toEqual([
      { id: 'o1', name: '店长', role: 'owner', hasPin: true },
      { id: 'c1', name: '小王', role: 'clerk', hasPin: false },
    ]);
    expect(JSON.stringify(listed)).not.toContain('scrypt');
    expect(JSON.stringify(publicSettings(settings.get()))).not.toContain('scrypt');
  });

  it('starts locked when the default operator has a PIN; unlock needs the right PIN', async () => {
    const { directory, handlers } = await shop([OWNER, CLERK]);
    expect(directory.session()).toEqual({});
    await expect(handlers['session.unlock']({ operatorId: 'o1', pin: '1111' })).rejects.toMatchObject({ code: 'pin_wrong' });
    expect((await handlers['session.unlock']({ operatorId: 'o1', pin: '2468' })).operator?.name).toBe('店长');
    expect(await handlers['session.lock']({})).toEqual({});
    expect((await handlers['session.unlock']({ operatorId: 'c1' })).operator).toMatchObject({ name: '小王', role: 'clerk' });
  });

  it('an owner adds a clerk and sets PINs; changing an owner PIN needs the current one; a clerk cannot add', async () => {
    const { handlers, settings } = await shop([OWNER, CLERK]);
    await expect(handlers['operator.add']({ name: '小李', role: 'clerk' })).rejects.toMatchObject({ code: 'not_owner' });
    await handlers['session.unlock']({ operatorId: 'o1', pin: '2468' });
    const added = await handlers['operator.add']({ name: '小李', role: 'clerk', pin: '5555' });
    expect(added.at(-1)).toMatchObject({ name: '小李', role: 'clerk', hasPin: true });
    await expect(handlers['operator.add']({ name: '小李', role: 'clerk' })).rejects.toMatchObject({ code: 'operator_exists' });
    await expect(handlers['operator.setPin']({ operatorId: 'c1', pin: '12' })).rejects.toMatchObject({ code: 'pin_format' });
    await handlers['operator.setPin']({ operatorId: 'c1', pin: '4321' });
    await expect(handlers['operator.setPin']({ operatorId: 'o1', pin: '8642' })).rejects.toMatchObject({ code: 'pin_current_needed' });
    await expect(handlers['operator.setPin']({ operatorId: 'o1', pin: '8642', currentPin: '0000' })).rejects.toMatchObject({
      code: 'pin_wrong',
    });
    await handlers['operator.setPin']({ operatorId: 'o1', pin: '8642', currentPin: '2468' });
    const owner = settings.get().operators.find((operator) => operator.id === 'o1');
    expect(await pins.verify('8642', owner?.pinHash ?? '')).toBe(true);

    await handlers['session.unlock']({ operatorId: 'c1', pin: '4321' });
    await expect(handlers['operator.add']({ name: '小赵', role: 'clerk' })).rejects.toMatchObject({ code: 'not_owner' });
    await expect(handlers['operator.setPin']({ operatorId: 'o1', pin: '1111' })).rejects.toMatchObject({ code: 'not_owner' });
  });
});
