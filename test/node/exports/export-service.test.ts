import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../electron/common/domain/errors';
import type { RefundListQuery, SettlementMonth } from '../../../electron/common/ipc/contract';
import { createExportHandlers } from '../../../electron/node/exports/export-service';
import type { ExportServiceDeps } from '../../../electron/node/exports/export-service';
import { writeExportFile } from '../../../electron/node/receipts/export-file';
import { nodeFileSystem } from '../../../electron/node/storage/fs-port';
import { openLedger, refundInput } from '../../common/ledger/ledger-harness';
import { CARD_ARRIVAL } from '../../common/receipts/receipt-fixture';
import { readXlsxFile } from './xlsx-reader';

async function setup(overrides: Partial<ExportServiceDeps> = {}) {
  const { ledger } = await openLedger();
  await ledger.create(refundInput({ customerName: '=1+1', customerPhone: '13900139000' }));
  await ledger.create(refundInput({ customerName: '李四', channel: 'wechat', type: 'qr_refund', ids: { transactionNo: '4200001234' } }));
  const dir = await mkdtemp(join(tmpdir(), 'export-'));
  const queries: RefundListQuery[] = [];
  const months: string[] = [];
  const handlers = createExportHandlers({
    list: (query) => {
      queries.push(query);
      return ledger.list(query);
    },
    record: (id) => ledger.record(id),
    arrivalOf: () => CARD_ARRIVAL,
    settlementMonth: (month) => {
      months.push(month);
      return Promise.resolve({ month, rows: [] } as unknown as SettlementMonth);
    },
    requireSignedIn: () => undefined,
    clock: { now: () => new Date(2026, 10, 20, 10, 0) },
    dialog: { chooseSpreadsheetPath: (name) => Promise.resolve(join(dir, name)) },
    writeFile: (path, bytes) => writeExportFile(nodeFileSystem, path, bytes),
    ...overrides,
  });
  return { handlers, dir, queries, months };
}

describe('export handlers', () => {
  it('saves every matching refund as CSV, oldest first, with the month as the list bounds', async () => {
    const { handlers, dir, queries } = await setup();
    const result = await handlers['export.refunds']({ format: 'csv', query: { month: '2026-11', text: '' }, language: 'zh-CN' });
    expect(result).toEqual({ saved: true, fileName: '退款明细-2026-11.csv', rows: 2 });
    expect(queries[0]).toMatchObject({ from: '2026-11-01', to: '2026-11-30', offset: 0, limit: 500 });
    const csv = await readFile(join(dir, '退款明细-2026-11.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]?.startsWith('退款单号,登记时间,状态')).toBe(true);
    expect(lines[1]).toContain(",'=1+1,139****9000,");
    expect(lines[2]).toContain(',李四,');
    expect(lines[2]).toContain(',4200001234,');
  });

  it('saves an xlsx with English headers and full phones when asked', async () => {
    const { handlers, dir } = await setup();
    const result = await handlers['export.refunds']({ format: 'xlsx', query: {}, language: 'en', includePhones: true });
    expect(result).toMatchObject({ saved: true, fileName: 'refunds-2026-11-20.xlsx', rows: 2 });
    const content = readXlsxFile(join(dir, 'refunds-2026-11-20.xlsx'));
    expect(content.cells.find((cell) => cell.r === 'A1')?.text).toBe('Refund no.');
    expect(content.cells.some((cell) => cell.text === '13900139000')).toBe(true);
    expect(content.cells.some((cell) => cell.text === '=1+1' && cell.t === 'inlineStr')).toBe(true);
    expect(content.formulas).toBe(0);
  });

  it('returns saved: false when the dialog is cancelled, and refuses without a signed-in operator', async () => {
    const cancelled = await setup({ dialog: { chooseSpreadsheetPath: () => Promise.resolve(undefined) } });
    await expect(cancelled.handlers['export.refunds']({ format: 'csv', query: {}, language: 'zh-CN' })).resolves.toEqual({ saved: false });
    const locked = await setup({
      requireSignedIn: () => {
        throw new DomainError('not_signed_in', 'locked');
      },
    });
    await expect(locked.handlers['export.settlements']({ format: 'csv', month: '2026-11', language: 'zh-CN' })).rejects.toMatchObject({ code: 'not_signed_in' });
  });

  it('exports settlements for a month or a range of months', async () => {
    const { handlers, months } = await setup();
    await expect(handlers['export.settlements']({ format: 'csv', range: { from: '2026-11', to: '2027-02' }, language: 'zh-CN' })).resolves.toEqual({
      saved: true,
      fileName: '结算对账-2026-11_2027-02.csv',
      rows: 0,
    });
    expect(months).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    await expect(handlers['export.settlements']({ format: 'xlsx', range: { from: '2027-02', to: '2026-11' }, language: 'en' })).rejects.toMatchObject({ code: 'invalid_argument' });
  });
});

describe('export file names', () => {
  it('name the filtered range', async () => {
    const { handlers } = await setup();
    await expect(handlers['export.refunds']({ format: 'csv', query: { from: '2026-11-01', to: '2026-11-15' }, language: 'zh-CN' })).resolves.toMatchObject({
      fileName: '退款明细-2026-11-01_2026-11-15.csv',
    });
  });
});
