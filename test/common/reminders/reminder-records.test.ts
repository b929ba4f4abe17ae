import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../../electron/common/domain/hash-chain';
import { withReminderDismissed, withReminderSnoozed } from '../../../electron/common/reminders/reminder-records';
import { nodeHasher } from '../../support/node-hasher';
import { at, remindersAt, reminderShop } from './reminder-fixture';

describe('snooze and dismiss', () => {
  it('a snoozed reminder is hidden until its time, and the snooze is a hash-chained event', async () => {
    const { ledger, clock, ids } = await reminderShop();
    clock.set(at('2026-11-20T10:00'));
    const input = { refundId: ids.card.id, kind: 'refund_overdue' as const, until: at('2026-11-21T09:00'), reason: '顾客说明天自己查账单', actor: '店长' };
    const detail = await ledger.amend(ids.card.id, (refund, now, hasher) => withReminderSnoozed(refund, input, now, hasher));
    expect(detail.chainValid).toBe(true);
    expect(detail.refund.events.at(-1)).toMatchObject({
      kind: 'reminder_snoozed',
      actor: '店长',
      reminder: { kind: 'refund_overdue', until: at('2026-11-21T09:00'), reason: '顾客说明天自己查账单' },
    });
    const shown = (local: string) => remindersAt(ledger, local).some((reminder) => reminder.subject === 'refund' && reminder.refundId === ids.card.id);
    expect(shown('2026-11-20T10:01')).toBe(false);
    expect(shown('2026-11-21T08:59')).toBe(false);
    expect(shown('2026-11-21T09:00')).toBe(true);
  });

  it('a dismissal hides the reminder until the refund’s status changes', async () => {
    const { ledger, clock, ids } = await reminderShop();
    clock.set(at('2026-11-20T10:00'));
    await ledger.amend(ids.card.id, (refund, now, hasher) =>
      withReminderDismissed(refund, { refundId: refund.id, kind: 'refund_overdue', reason: '顾客已确认收到', actor: '店长' }, now, hasher),
    );
    const mine = (local: string) => remindersAt(ledger, local).filter((reminder) => reminder.subject === 'refund' && reminder.refundId === ids.card.id).map((reminder) => reminder.kind);
    expect(mine('2026-11-25T10:00')).toEqual([]);
    await ledger.advance({ id: ids.card.id, to: 'processing', actor: '店长' });
    expect(mine('2026-11-25T10:00')).toEqual(['refund_overdue']);
    // Dismissing one kind leaves the others alone.
    expect(remindersAt(ledger, '2026-11-20T10:01').some((reminder) => reminder.subject === 'refund' && reminder.refundId === ids.failed.id)).toBe(true);
  });

  it('refuses a snooze without a reason, in the past, or more than 30 days ahead', async () => {
    const { ledger, ids } = await reminderShop();
    const refund = ledger.get(ids.card.id).refund;
    const now = new Date(at('2026-11-20T10:00'));
    const base = { refundId: refund.id, kind: 'refund_overdue' as const, actor: '店长' };
    expect(() => withReminderSnoozed(refund, { ...base, until: at('2026-11-21T09:00'), reason: ' ' }, now, nodeHasher)).toThrow(
      expect.objectContaining({ code: 'required', field: 'reason' }),
    );
    expect(() => withReminderSnoozed(refund, { ...base, until: at('2026-11-20T09:00'), reason: 'x' }, now, nodeHasher)).toThrow(
      expect.objectContaining({ code: 'date_invalid', field: 'until' }),
    );
    expect(() => withReminderSnoozed(refund, { ...base, until: at('2026-12-25T09:00'), reason: 'x' }, now, nodeHasher)).toThrow(
      expect.objectContaining({ code: 'date_invalid' }),
    );
    const dismissed = withReminderDismissed(refund, { ...base, reason: '已处理' }, now, nodeHasher);
    expect(verifyChain(dismissed.events, nodeHasher)).toBe(true);
    // The hash covers the reminder: changing its reason breaks the chain.
    const tampered = dismissed.events.map((event) =>
      event.kind === 'reminder_dismissed' && event.reminder !== undefined ? { ...event, reminder: { ...event.reminder, reason: '改过' } } : event,
    );
    expect(verifyChain(tampered, nodeHasher)).toBe(false);
  });
});
