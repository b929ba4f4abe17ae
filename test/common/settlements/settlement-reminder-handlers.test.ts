import { describe, expect, it } from 'vitest';
import { RefundLedger } from '../../../electron/common/ledger/refund-ledger';
import { approvalContextOf } from '../../../electron/common/operators/approval-handlers';
import { OperatorDirectory } from '../../../electron/common/operators/operator-directory';
import { createReminderHandlers } from '../../../electron/common/reminders/reminder-handlers';
import { createSettlementService } from '../../../electron/common/settlements/settlement-service';
import { createScryptPinHasher } from '../../../electron/node/pin-hasher';
import { FixedClock } from '../../support/fixed-clock';
import { MemoryLedgerStore } from '../../support/memory-ledger-store';
import { MemorySettingsStore } from '../../support/memory-settings-store';
import { MemorySettlementStore } from '../../support/memory-settlement-store';
import { nodeHasher } from '../../support/node-hasher';
import { SequentialIds } from '../../support/sequential-ids';
import { calendar, dayOf, local, POS, WECHAT } from './settlement-fixture';

async function shop(dayDates: readonly string[] = ['2026-11-19']) {
  const settings = new MemorySettingsStore({ operators: [{ id: 'o1', name: '店长', role: 'owner' }] });
  const clock = new FixedClock(local('2026-11-23T10:00'));
  const ids = new SequentialIds();
  const ledger = await RefundLedger.open({ store: new MemoryLedgerStore(), clock, hasher: nodeHasher, ids, approval: () => approvalContextOf(settings.get()) });
  const directory = new OperatorDirectory({ settings, pins: createScryptPinHasher({ log2N: 10, r: 8, p: 1 }), ids, clock });
  const store = new MemorySettlementStore({ accounts: [POS, WECHAT], days: dayDates.map((date) => dayOf(POS, date)) });
  const settlements = createSettlementService({
    store,
    clock,
    hasher: nodeHasher,
    ids,
    calendar: () => calendar,
    requireSession: (actor) => directory.requireSession(actor),
    requireOwner: () => directory.requireOwnerSession(),
  });
  const handlers = createReminderHandlers({ ledger, settings, directory, clock, arrivalOf: () => undefined, settlements });
  return { handlers, directory, clock, store };
}

describe('reminder.* handlers with settlements', () => {
  it('lists settlement reminders and routes a snooze and a dismissal with a settlementId to the settlement day', async () => {
    const { handlers, directory, clock, store } = await shop();
    const key = 'settlement_late:day-acc-pos-2026-11-19';
    const list = await handlers['reminder.list']({});
    expect(list.now).toBe(local('2026-11-23T10:00').toISOString());
    expect(list.items.map((item) => item.key)).toEqual([key]);

    const target = { settlementId: 'day-acc-pos-2026-11-19', kind: 'settlement_late' as const };
    // Locked: nothing is recorded on the day.
    directory.lock();
    await expect(handlers['reminder.snooze']({ ...target, until: local('2026-11-24T09:00').toISOString(), reason: '等银行回电', actor: '店长' })).rejects.toMatchObject({
      code: 'not_signed_in',
    });
    expect(store.days()[0]?.events).toHaveLength(1);
    directory.startSession('o1');
    await expect(handlers['reminder.snooze']({ ...target, until: local('2026-11-24T09:00').toISOString(), reason: 'x', actor: '路人' })).rejects.toMatchObject({
      code: 'invalid_argument',
      field: 'actor',
    });
    const snoozed = await handlers['reminder.snooze']({ ...target, until: local('2026-11-24T09:00').toISOString(), reason: '等银行回电', actor: '店长' });
    expect(snoozed.items).toEqual([]);
    expect(store.days()[0]?.events.map((event) => event.kind)).toEqual(['recorded', 'reminder_snoozed']);
    clock.set(local('2026-11-24T09:00'));
    expect((await handlers['reminder.list']({})).items.map((item) => item.key)).toEqual([key]);

    const dismissed = await handlers['reminder.dismiss']({ ...target, reason: '银行确认已补发', actor: '店长' });
    expect(dismissed.items).toEqual([]);
    expect(store.days()[0]?.events.map((event) => event.kind)).toEqual(['recorded', 'reminder_snoozed', 'reminder_dismissed']);
  });
});

describe('reminder.list limits', () => {
  const LATE_DAYS = ['2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13', '2026-11-16', '2026-11-17'];

  it('sends at most the asked number of each severity, with the totals of all of them', async () => {
    const { handlers } = await shop(LATE_DAYS);
    const all = await handlers['reminder.list']({});
    const overdue = all.items.filter((item) => item.severity === 'overdue');
    expect(overdue.length).toBeGreaterThanOrEqual(5);
    expect(all.totals.overdue).toBe(overdue.length);
    expect(all.totals.overdue + all.totals.due_today + all.totals.coming_up).toBe(all.items.length);

    const page = await handlers['reminder.list']({ limits: { overdue: 2, due_today: 2, coming_up: 2 } });
    expect(page.items.filter((item) => item.severity === 'overdue').map((item) => item.key)).toEqual(overdue.slice(0, 2).map((item) => item.key));
    expect(page.totals).toEqual(all.totals);

    // The header's badge: no items at all, only the totals.
    const counted = await handlers['reminder.list']({ limits: { overdue: 0, due_today: 0, coming_up: 0 } });
    expect(counted.items).toEqual([]);
    expect(counted.totals).toEqual(all.totals);
  });
});
