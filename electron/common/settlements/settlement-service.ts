/**
 * The settlement use cases behind the `settlement.*` methods: accounts, a day's takings, money received, the
 * monthly view, and the settlement side of snooze/dismiss. Every change runs through one queue, so "is this
 * day already recorded?" and the save that follows cannot interleave with another change.
 */
import type { WorkingCalendar } from '../calendar/working-calendar';
import { DomainError } from '../domain/errors';
import { formatLocalDate } from '../domain/local-time';
import type { Handlers } from '../ipc/contract';
import type { DismissReminderInput, SnoozeReminderInput } from '../ipc/contract-reminders';
import type { SettlementView } from '../ipc/contract-settlements';
import { SerialQueue } from '../ledger/serial-queue';
import type { Clock, Hasher, IdGenerator } from '../ports';
import type { SettlementRecords } from '../reminders/compute-reminders';
import { cleanSettlementAccounts } from './settlement-accounts';
import { settlementMonth } from './settlement-month';
import {
  createSettlementDay,
  withSettlementDismissed,
  withSettlementReceived,
  withSettlementSnoozed,
  withTakingsCorrected,
} from './settlement-records';
import type { SettlementStore } from './settlement-store-port';
import { settlementViewOf } from './settlement-view';
import type { SettlementAccount, SettlementDay } from './settlement';

export type SettlementMethods =
  | 'settlement.accounts'
  | 'settlement.saveAccounts'
  | 'settlement.record'
  | 'settlement.correct'
  | 'settlement.markReceived'
  | 'settlement.get'
  | 'settlement.month';

export interface SettlementServiceDeps {
  readonly store: SettlementStore;
  readonly clock: Clock;
  readonly hasher: Hasher;
  readonly ids: IdGenerator;
  /** The working calendar now (built-in + loaded years); changes apply to every view at once. */
  readonly calendar: () => WorkingCalendar;
  /** Throws `not_signed_in` unless someone is signed in, and `not_signed_in` for a name that is not an operator. */
  readonly requireSession: (actor: string) => void;
  /** Throws `not_owner` unless an owner is signed in: accounts set what every expectation is computed from. */
  readonly requireOwner: () => void;
}

type SettlementTarget<T> = Extract<T, { readonly settlementId: string }>;

export interface SettlementService {
  readonly handlers: Pick<Handlers, SettlementMethods>;
  /** For the reminders: the days, the accounts and the calendar to judge them on. */
  records(): SettlementRecords;
  snooze(input: SettlementTarget<SnoozeReminderInput>): Promise<void>;
  dismiss(input: SettlementTarget<DismissReminderInput>): Promise<void>;
  /** The demo shop's accounts and days, only into an empty store (real records are never mixed with invented ones). */
  importDemo(demo: { readonly accounts: readonly SettlementAccount[]; readonly days: readonly SettlementDay[] }): Promise<void>;
  /** Resolves when every queued change has settled. */
  idle(): Promise<void>;
}

export function createSettlementService(deps: SettlementServiceDeps): SettlementService {
  const { store, clock, hasher } = deps;
  const queue = new SerialQueue();

  const accountOf = (id: string): SettlementAccount | undefined => store.accounts().find((account) => account.id === id);
  const today = () => formatLocalDate(clock.now());
  const view = (day: SettlementDay): SettlementView => settlementViewOf(day, accountOf(day.accountId), deps.calendar(), today());

  function dayOrThrow(id: string): SettlementDay {
    const day = store.days().find((entry) => entry.id === id);
    if (day === undefined) throw new DomainError('not_found', 'No such settlement day.', { field: 'id' });
    return day;
  }

  function accountOrThrow(id: string, field = 'accountId'): SettlementAccount {
    const account = accountOf(id);
    if (account === undefined) throw new DomainError('not_found', 'No such settlement account.', { field });
    return account;
  }

  /** Check and save one day inside the queue; memory changes only after the save is durable (the store's promise). */
  function change(id: string, next: (day: SettlementDay, now: Date) => SettlementDay): Promise<SettlementDay> {
    return queue.run(async () => {
      const day = next(dayOrThrow(id), clock.now());
      await store.saveDay(day);
      return day;
    });
  }

  const handlers: Pick<Handlers, SettlementMethods> = {
    'settlement.accounts': () => Promise.resolve(store.accounts()),
    'settlement.saveAccounts': (arg) =>
      queue.run(async () => {
        deps.requireOwner();
        const accounts = cleanSettlementAccounts(arg.accounts, store.accounts(), deps.ids);
        await store.saveAccounts(accounts);
        return store.accounts();
      }),
    'settlement.record': (arg) =>
      queue.run(async () => {
        deps.requireSession(arg.actor);
        const repeated = store.days().find((day) => day.requestId === arg.requestId);
        if (repeated !== undefined) return view(repeated);
        const account = accountOrThrow(arg.accountId);
        const same = store.days().find((day) => day.accountId === account.id && day.businessDate === arg.businessDate);
        if (same !== undefined) {
          throw new DomainError('settlement_exists', 'This account’s takings for that day are already recorded; correct them instead.', {
            field: 'businessDate',
            params: { date: arg.businessDate, account: account.name },
          });
        }
        const now = clock.now();
        const day = createSettlementDay({ input: arg, account, id: deps.ids.newId(), now, today: formatLocalDate(now), hasher });
        await store.saveDay(day);
        return view(day);
      }),
    'settlement.correct': async (arg) => {
      deps.requireSession(arg.actor);
      const day = await change(arg.id, (current, now) => withTakingsCorrected(current, arg, now, hasher));
      return view(day);
    },
    'settlement.markReceived': async (arg) => {
      deps.requireSession(arg.actor);
      const day = await change(arg.id, (current, now) => withSettlementReceived(current, arg, now, formatLocalDate(now), hasher));
      return view(day);
    },
    'settlement.get': (arg) => Promise.resolve(view(dayOrThrow(arg.id))),
    'settlement.month': (arg) => {
      const calendar = deps.calendar();
      const date = today();
      const days = store.days().filter((day) => day.businessDate.startsWith(`${arg.month}-`) && (arg.accountId === undefined || day.accountId === arg.accountId));
      return Promise.resolve(settlementMonth(arg.month, date, days.map((day) => settlementViewOf(day, accountOf(day.accountId), calendar, date))));
    },
  };

  return {
    handlers,
    records: () => ({ days: store.days(), accounts: store.accounts(), calendar: deps.calendar() }),
    snooze: async (input) => {
      deps.requireSession(input.actor);
      await change(input.settlementId, (day, now) => withSettlementSnoozed(day, input, now, hasher));
    },
    dismiss: async (input) => {
      deps.requireSession(input.actor);
      await change(input.settlementId, (day, now) => withSettlementDismissed(day, input, now, hasher));
    },
    importDemo: (demo) =>
      queue.run(async () => {
        if (store.accounts().length > 0 || store.days().length > 0) return;
        await store.saveAccounts(demo.accounts);
        for (const day of demo.days) await store.saveDay(day);
      }),
    idle: () => queue.idle(),
  };
}
