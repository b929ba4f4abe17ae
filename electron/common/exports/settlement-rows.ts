/** One spreadsheet row per settlement day (营业日 × 账户), expected against received, for the accountant. */
import type { SettlementView } from '../ipc/contract-settlements';
import type { ExportLanguage } from './export-contract';
import { exportWords, SETTLEMENT_COLUMNS } from './export-labels';
import type { SettlementColumn } from './export-labels';
import type { Cell, Sheet } from './sheet';
import { count, date, money, text } from './sheet';

const WIDTHS: { readonly [C in SettlementColumn]: number } = {
  businessDate: 12, account: 20, salesCount: 10, salesAmount: 12, refundsCount: 10, refundsAmount: 12, fee: 10,
  expectedNet: 12, expectedBy: 12, received: 12, receivedDate: 12, difference: 10, state: 10,
};

export function settlementSheet(views: readonly SettlementView[], language: ExportLanguage): Sheet {
  const words = exportWords(language);
  const row = (view: SettlementView): Cell[] => {
    const { day } = view;
    const cells: { readonly [C in SettlementColumn]: Cell } = {
      businessDate: date(day.businessDate),
      account: text(view.accountName),
      salesCount: count(day.takings.salesCount),
      salesAmount: money(day.takings.salesAmount),
      refundsCount: count(day.takings.refundsCount),
      refundsAmount: money(day.takings.refundsAmount),
      fee: money(day.expectedFee),
      expectedNet: money(day.expectedNet),
      expectedBy: date(view.expectedBy),
      received: money(day.received?.amount),
      receivedDate: date(day.received?.date),
      difference: money(view.difference),
      state: text(words.states[view.state]),
    };
    return SETTLEMENT_COLUMNS.map((column) => cells[column]);
  };
  return {
    name: words.settlementSheet,
    columns: SETTLEMENT_COLUMNS.map((column) => ({ header: words.settlementHeaders[column], width: WIDTHS[column] })),
    rows: views.map(row),
  };
}
