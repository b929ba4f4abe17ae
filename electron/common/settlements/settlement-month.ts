/** The monthly view of expected vs received: every business day of the month, with totals overall and per account. */
import type { IsoDate } from '../calendar/iso-date';
import { fen } from '../domain/money';
import type { SettlementMonth, SettlementTotals, SettlementView } from '../ipc/contract-settlements';

export function totalsOf(rows: readonly SettlementView[]): SettlementTotals {
  let sales = 0;
  let refunds = 0;
  let expectedFee = 0;
  let expectedNet = 0;
  let received = 0;
  let outstanding = 0;
  let short = 0;
  let lateDays = 0;
  for (const row of rows) {
    const { day } = row;
    sales += day.takings.salesAmount;
    refunds += day.takings.refundsAmount;
    expectedFee += day.expectedFee;
    expectedNet += day.expectedNet;
    if (day.received === undefined) outstanding += day.expectedNet;
    else received += day.received.amount;
    if (row.state === 'short' && row.difference !== undefined) short -= row.difference;
    if (row.state === 'late') lateDays += 1;
  }
  return {
    days: rows.length,
    sales: fen(sales),
    refunds: fen(refunds),
    expectedFee: fen(expectedFee),
    expectedNet: fen(expectedNet),
    received: fen(received),
    outstanding: fen(outstanding),
    short: fen(short),
    lateDays,
  };
}

/** Rows by business day (then account name), as a bank statement lists them. */
export function settlementMonth(month: string, today: IsoDate, views: readonly SettlementView[]): SettlementMonth {
  const rows = views
    .filter((row) => row.day.businessDate.startsWith(`${month}-`))
    .sort((a, b) => a.day.businessDate.localeCompare(b.day.businessDate) || a.accountName.localeCompare(b.accountName));
  const accounts = new Map<string, string>();
  for (const row of rows) accounts.set(row.day.accountId, row.accountName);
  return {
    month,
    today,
    rows,
    totals: totalsOf(rows),
    byAccount: [...accounts].map(([accountId, accountName]) => ({
      accountId,
      accountName,
      totals: totalsOf(rows.filter((row) => row.day.accountId === accountId)),
    })),
  };
}
