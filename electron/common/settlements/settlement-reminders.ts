/**
 * Settlement reminders (DOMAIN §3.5, S4): a day's takings not in the account by the expected working day is
 * late; money that arrived short of the expected net by more than the tolerance is short. Each says what to
 * check, whom to call and which numbers to have at hand. Pure: the views come with the day already judged.
 */
import { fen, formatYuan } from '../domain/money';
import type { SettlementView } from '../ipc/contract-settlements';
import type { Hotline, HotlineId } from '../reminders/hotlines';
import type { ReminderIdentifier, ReminderText, SettlementReminder } from '../reminders/reminder';
import type { ReminderSeverity, SettlementReminderKind } from '../reminders/reminder-kinds';
import { isSettlementPutAside } from './settlement-records';
import type { SettlementAccount, SettlementSource } from './settlement';

export interface SettlementReminderInput {
  readonly views: readonly SettlementView[];
  readonly accounts: readonly SettlementAccount[];
  readonly hotlines: readonly Hotline[];
  readonly now: Date;
}

/** The platform first, then the regulator of payment institutions (most small-shop acquirers are one). */
function hotlineIdsFor(source: SettlementSource): readonly HotlineId[] {
  switch (source) {
    case 'pos':
    case 'unionpay_qr':
      return ['unionpay', 'pboc'];
    case 'wechat':
      return ['wechat_pay', 'pboc'];
    case 'alipay':
      return ['alipay', 'pboc'];
    case 'other':
      return [];
  }
}

function identifiersOf(view: SettlementView, account: SettlementAccount | undefined): readonly ReminderIdentifier[] {
  const out: ReminderIdentifier[] = [];
  const push = (field: ReminderIdentifier['field'], value: string | undefined) => {
    if (value !== undefined && value !== '') out.push({ field, value });
  };
  push('acquirer', account?.acquirer);
  push('merchantNo', account?.merchantNo);
  push('terminalNo', account?.terminalNo);
  push('batchNo', view.day.batchNo);
  push('businessDate', view.day.businessDate);
  return out;
}

function callSteps(hotlines: readonly Hotline[]): ReminderText[] {
  const [platform, regulator] = hotlines;
  const steps: ReminderText[] = [{ key: 'steps.callAcquirerSettlement' }];
  if (platform !== undefined) steps.push({ key: 'steps.callPlatform', params: { hotline: platform.id, number: platform.number } });
  if (regulator !== undefined) steps.push({ key: 'steps.escalate', params: { hotline: regulator.id, number: regulator.number } });
  return steps;
}

export function lateSettlementSteps(hotlines: readonly Hotline[]): readonly ReminderText[] {
  return [{ key: 'steps.checkStatement' }, { key: 'steps.checkSettlementQuery' }, { key: 'steps.checkHoldCauses' }, ...callSteps(hotlines)];
}

export function shortSettlementSteps(hotlines: readonly Hotline[]): readonly ReminderText[] {
  return [{ key: 'steps.checkStatement' }, { key: 'steps.compareFee' }, { key: 'steps.checkDeductions' }, ...callSteps(hotlines)];
}

export function computeSettlementReminders(input: SettlementReminderInput): SettlementReminder[] {
  const out: SettlementReminder[] = [];
  for (const view of input.views) {
    const kind: SettlementReminderKind | undefined = view.state === 'late' ? 'settlement_late' : view.state === 'short' ? 'settlement_short' : undefined;
    if (kind === undefined || isSettlementPutAside(view.day, kind, input.now)) continue;
    const account = input.accounts.find((entry) => entry.id === view.day.accountId);
    const hotlines = hotlineIdsFor(view.source).flatMap((id) => input.hotlines.filter((entry) => entry.id === id));
    const { day } = view;
    const common = {
      subject: 'settlement' as const,
      key: `${kind}:${day.id}`,
      kind,
      settlementId: day.id,
      accountName: view.accountName,
      source: view.source,
      businessDate: day.businessDate,
      expectedNet: day.expectedNet,
      identifiers: identifiersOf(view, account),
      hotlines,
    };
    const params = { account: view.accountName, date: day.businessDate, expectedBy: view.expectedBy, expected: formatYuan(day.expectedNet) };
    if (kind === 'settlement_late') {
      const severity: ReminderSeverity = 'overdue';
      out.push({
        ...common,
        severity,
        dueAt: view.expectedBy,
        reason: { key: 'reason.settlementLate', params: { ...params, days: view.lateWorkingDays ?? 0 } },
        nextSteps: lateSettlementSteps(hotlines),
      });
    } else if (day.received !== undefined) {
      out.push({
        ...common,
        severity: 'due_today',
        dueAt: day.received.date,
        received: day.received.amount,
        reason: {
          key: 'reason.settlementShort',
          params: { ...params, received: formatYuan(day.received.amount), short: formatYuan(fen(0 - (view.difference ?? 0))), receivedOn: day.received.date },
        },
        nextSteps: shortSettlementSteps(hotlines),
      });
    }
  }
  return out;
}
