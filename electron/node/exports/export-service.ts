/**
 * The `export.*` handlers: gather the rows (the refund list's own filters; the settlements screen's months),
 * turn them into CSV or XLSX bytes, ask where to save, and write the file durably. Nothing is recorded in the
 * ledger: an export changes no refund.
 */
import { basename } from 'node:path';
import type { ExpectedArrival } from '../../common/calendar/expected-arrival';
import { DomainError } from '../../common/domain/errors';
import { formatLocalDate } from '../../common/domain/local-time';
import type { Payment, Refund } from '../../common/domain/types';
import { toCsv } from '../../common/exports/csv';
import type { ExportFormat, ExportResult, ExportRefundsInput, ExportSettlementsInput, RefundExportFilters } from '../../common/exports/export-contract';
import { refundSheet } from '../../common/exports/refund-rows';
import type { RefundExportRecord } from '../../common/exports/refund-rows';
import { settlementSheet } from '../../common/exports/settlement-rows';
import type { Sheet } from '../../common/exports/sheet';
import type { Handlers, RefundListPage, RefundListQuery, SettlementMonth, SettlementView } from '../../common/ipc/contract';
import type { Clock } from '../../common/ports';
import type { ExportSaveDialog } from './export-dialog';
import { xlsxBytes } from './xlsx-file';

export type ExportMethods = 'export.refunds' | 'export.settlements';

export interface ExportServiceDeps {
  readonly list: (query: RefundListQuery) => RefundListPage;
  readonly record: (id: string) => { readonly refund: Refund; readonly payment: Payment } | undefined;
  readonly arrivalOf: (refund: Refund, payment: Payment) => ExpectedArrival;
  readonly settlementMonth: (month: string) => Promise<SettlementMonth>;
  /** Throws `not_signed_in` when the app is locked: any signed-in operator may export. */
  readonly requireSignedIn: () => void;
  readonly clock: Clock;
  readonly dialog: ExportSaveDialog | undefined;
  readonly writeFile: (path: string, bytes: Uint8Array) => Promise<void>;
}

/** The list's page cap; an export walks every page. */
const PAGE = 500;
/** Three years of months is as far as the settlements screen goes back in one file. */
const MAX_MONTHS = 36;

function monthBounds(month: string): { from: string; to: string } {
  const [year = 0, mm = 1] = month.split('-').map(Number);
  const last = new Date(year, mm, 0).getDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** A month narrows the list's own from/to (the later start, the earlier end). */
function listQuery(filters: RefundExportFilters): Omit<RefundListQuery, 'offset' | 'limit'> {
  const { month, ...rest } = filters;
  if (month === undefined) return rest;
  const bounds = monthBounds(month);
  return {
    ...rest,
    from: rest.from !== undefined && rest.from > bounds.from ? rest.from : bounds.from,
    to: rest.to !== undefined && rest.to < bounds.to ? rest.to : bounds.to,
  };
}

function monthsOf(input: ExportSettlementsInput, today: string): string[] {
  const first = input.range?.from ?? input.month ?? today.slice(0, 7);
  const last = input.range?.to ?? input.month ?? first;
  if (last < first) throw new DomainError('invalid_argument', 'The range ends before it starts.', { field: 'range' });
  const months: string[] = [];
  for (let [y, m] = first.split('-').map(Number) as [number, number]; ; m += 1) {
    if (m > 12) [y, m] = [y + 1, 1];
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > last) break;
    months.push(month);
    if (months.length > MAX_MONTHS) throw new DomainError('invalid_argument', 'At most 36 months per file.', { field: 'range' });
  }
  return months;
}

/** The file name names the period the filters chose: a month, or both dates of a range. */
function spanOf(filters: RefundExportFilters): string | undefined {
  if (filters.month !== undefined) return filters.month;
  return filters.from !== undefined && filters.to !== undefined ? `${filters.from}_${filters.to}` : undefined;
}

/** Refunds on their way show the last day they should arrive, as the list does. */
const ON_ITS_WAY = new Set(['done', 'processing']);

export function createExportHandlers(deps: ExportServiceDeps): Pick<Handlers, ExportMethods> {
  async function save(sheet: Sheet, format: ExportFormat, stem: string): Promise<ExportResult> {
    if (deps.dialog === undefined) throw new DomainError('print_unavailable', 'No save dialog in this build.');
    const path = await deps.dialog.chooseSpreadsheetPath(`${stem}.${format}`, format);
    if (path === undefined) return { saved: false };
    const bytes = format === 'csv' ? new TextEncoder().encode(toCsv(sheet)) : xlsxBytes(sheet, deps.clock.now());
    await deps.writeFile(path, bytes);
    return { saved: true, fileName: basename(path), rows: sheet.rows.length };
  }

  return {
    'export.refunds': async (arg: ExportRefundsInput) => {
      deps.requireSignedIn();
      const base = listQuery(arg.query);
      const records: RefundExportRecord[] = [];
      for (let offset = 0; ; offset += PAGE) {
        const page = deps.list({ ...base, offset, limit: PAGE });
        for (const item of page.items) {
          const record = deps.record(item.id);
          if (record === undefined) continue;
          const arrival = ON_ITS_WAY.has(record.refund.status) ? deps.arrivalOf(record.refund, record.payment) : undefined;
          records.push(arrival === undefined ? record : { ...record, arrival });
        }
        if (page.items.length < PAGE) break;
      }
      // Oldest first reads like a ledger; the list shows newest first.
      records.reverse();
      const sheet = refundSheet(records, { language: arg.language, includePhones: arg.includePhones === true });
      const stem = arg.language === 'en' ? 'refunds' : '退款明细';
      return save(sheet, arg.format, `${stem}-${spanOf(arg.query) ?? formatLocalDate(deps.clock.now())}`);
    },
    'export.settlements': async (arg: ExportSettlementsInput) => {
      deps.requireSignedIn();
      const months = monthsOf(arg, formatLocalDate(deps.clock.now()));
      const views: SettlementView[] = [];
      for (const month of months) views.push(...(await deps.settlementMonth(month)).rows);
      const sheet = settlementSheet(views, arg.language);
      const stem = arg.language === 'en' ? 'settlements' : '结算对账';
      const span = months.length === 1 ? months[0] : `${months[0]}_${months[months.length - 1]}`;
      return save(sheet, arg.format, `${stem}-${span ?? ''}`);
    },
  };
}
