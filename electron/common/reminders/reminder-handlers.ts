/**
 * The `reminder.*` and `hotline.*` handlers, built from the ledger, the settings, the session and the clock.
 * "Now" comes only from the Clock port, so the same code answers in the app and in tests at any hour.
 */
import { DomainError } from '../domain/errors';
import type { Handlers } from '../ipc/contract';
import type { ReminderList, ReminderListQuery } from '../ipc/contract-reminders';
import { REMINDER_PAGE_SIZE } from './reminder-kinds';
import type { RefundLedger } from '../ledger/refund-ledger';
import type { OperatorDirectory } from '../operators/operator-directory';
import type { Clock, SettingsStore } from '../ports';
import { cleanHotlines, hotlineDirectory } from './hotlines';
import type { ArrivalOf, ReminderInput } from './compute-reminders';
import { computeReminderPage, REMINDING_STATUSES } from './compute-reminders';
import { withReminderDismissed, withReminderSnoozed } from './reminder-records';
import type { SettlementService } from '../settlements/settlement-service';
import type { CaseService } from '../cases/case-service';

export interface ReminderDeps {
  readonly ledger: RefundLedger;
  readonly settings: SettingsStore;
  readonly directory: OperatorDirectory;
  readonly clock: Clock;
  readonly arrivalOf: ArrivalOf;
  /** Settlement days: their late/short reminders, and where their snoozes and dismissals are recorded. */
  readonly settlements: Pick<SettlementService, 'records' | 'snooze' | 'dismiss'>;
  /** Cases: their deadline reminders, and where their snoozes and dismissals are recorded. Absent: no case reminders. */
  readonly cases?: Pick<CaseService, 'deadlineRecords' | 'snooze' | 'dismiss'>;
}

type ReminderMethods = 'reminder.list' | 'reminder.snooze' | 'reminder.dismiss' | 'hotline.list' | 'hotline.update';

/** After a snooze or dismissal: what the Today screen shows before "show more" (it asks again when it shows more). */
const TODAY_PAGE = { overdue: REMINDER_PAGE_SIZE, due_today: REMINDER_PAGE_SIZE, coming_up: REMINDER_PAGE_SIZE } as const;

/**
 * The reminders now, at most `limits[severity]` of each (absent: all), with the totals; also what main's desktop
 * notification reads. Only the reminders returned are built in full (compute-reminders.ts).
 */
export async function listReminders(deps: ReminderDeps, limits?: ReminderListQuery['limits']): Promise<ReminderList> {
  // Only refunds that can still remind, not five years of finished ones; their month files read without blocking
  // the first time (afterwards they are in memory).
  const records = await deps.ledger.recordsWithStatusRead(REMINDING_STATUSES);
  const now = deps.clock.now();
  const settings = deps.settings.get();
  const input: ReminderInput = {
    records,
    holdingOf: (paymentId) => deps.ledger.holdingCount(paymentId),
    now,
    arrivalOf: deps.arrivalOf,
    hotlines: hotlineDirectory(settings.hotlines),
    ...(settings.counter === undefined ? {} : { counter: settings.counter }),
    settlements: deps.settlements.records(),
    ...(deps.cases === undefined ? {} : { cases: deps.cases.deadlineRecords() }),
  };
  return { now: now.toISOString(), ...computeReminderPage(input, limits) };
}

function casesOf(deps: ReminderDeps): NonNullable<ReminderDeps['cases']> {
  if (deps.cases === undefined) throw new DomainError('not_found', 'No such case.', { field: 'caseId' });
  return deps.cases;
}

export function createReminderHandlers(deps: ReminderDeps): Pick<Handlers, ReminderMethods> {
  const { ledger, settings, directory } = deps;
  return {
    'reminder.list': (arg) => listReminders(deps, arg.limits),
    'reminder.snooze': async (arg) => {
      directory.requireSession(arg.actor);
      if ('settlementId' in arg) await deps.settlements.snooze(arg);
      else if ('caseId' in arg) await casesOf(deps).snooze(arg);
      else await ledger.amend(arg.refundId, (refund, now, hasher) => withReminderSnoozed(refund, arg, now, hasher));
      return listReminders(deps, TODAY_PAGE);
    },
    'reminder.dismiss': async (arg) => {
      directory.requireSession(arg.actor);
      if ('settlementId' in arg) await deps.settlements.dismiss(arg);
      else if ('caseId' in arg) await casesOf(deps).dismiss(arg);
      else await ledger.amend(arg.refundId, (refund, now, hasher) => withReminderDismissed(refund, arg, now, hasher));
      return listReminders(deps, TODAY_PAGE);
    },
    'hotline.list': () => Promise.resolve(hotlineDirectory(settings.get().hotlines)),
    'hotline.update': async (arg) => {
      directory.requireOwnerSession();
      const saved = await settings.update({ hotlines: cleanHotlines(arg.hotlines) });
      return hotlineDirectory(saved.hotlines);
    },
  };
}
